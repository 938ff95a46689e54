/**
 * The kind of object an RBAC policy shares. `network` and `qos_policy` are always there; the others
 * come with extensions `rbac-security-groups`, `rbac-address-scope`, `rbac-subnetpool`,
 * `rbac-address-group` and `rbac-bgpvpn`.
 */
export type RbacObjectType =
  | 'network' | 'qos_policy' | 'security_group' | 'address_scope' | 'subnetpool' | 'address_group' | 'bgpvpn' | (string & {});

/**
 * What an RBAC policy grants: `access_as_shared` (use the object as if it were shared with the
 * target project) or `access_as_external` (use a network as an external network).
 */
export type RbacAction = 'access_as_shared' | 'access_as_external' | (string & {});

/** A Neutron RBAC policy: one object shared with one project (or with every project, `*`). */
export interface RbacPolicy {
  id: string;
  object_type: RbacObjectType;
  /** The ID of the shared object. */
  object_id: string;
  action: RbacAction;
  /** The project the object is shared with, or `*` for every project. */
  target_tenant: string;
  /** The owner of the policy. */
  project_id: string;
  tenant_id: string;
}
