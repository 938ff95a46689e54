/**
 * A Neutron address group (extension `address-group`): a named set of CIDRs that security group
 * rules use as their remote (`remote_address_group_id`). Field names are the API's own.
 */
export interface AddressGroup {
  id: string;
  name: string;
  description: string;
  /** The CIDRs, each with its prefix length (`192.0.2.10/32`, `2001:db8::1/128`). */
  addresses: string[];
  project_id: string;
  tenant_id: string;
  /**
   * Shared with the caller's project through RBAC (extension `rbac-address-group`). Zed returns it
   * only from the add and remove address actions.
   */
  shared?: boolean;
  /** Zed returns the standard attributes only from the add and remove address actions. */
  created_at?: string;
  updated_at?: string;
  revision_number?: number;
}
