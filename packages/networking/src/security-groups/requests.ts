import { findIdOrName, linkedPages, paginate, type CallOptions, type FoundId, type Paged } from '@openstack-ts/core';
import { joinListFilters } from '@openstack-ts/core/internal';
import type { NetworkingClient } from '../client.js';
import { TAG_FILTERS, type NeutronListQuery } from '../common.js';
import type { SecurityGroup } from './results.js';
import { securityGroupPath, securityGroupsPath } from './urls.js';

/** Filters of {@link listSecurityGroups}; each field is the query parameter of the same name. Arrays match any value. */
export interface ListSecurityGroupsQuery extends NeutronListQuery {
  id?: string | string[];
  name?: string | string[];
  /** Groups shared with the project through RBAC (extension `security-groups-shared-filtering`). */
  shared?: boolean;
  /**
   * Only recent Neutron filters on statefulness; Zed answers 400 `['stateful'] is invalid
   * attribute for filtering`.
   */
  stateful?: boolean;
}

/** The body of {@link createSecurityGroup}. */
export interface CreateSecurityGroupInput {
  /** Any name but `default` (a 409 `SecurityGroupDefaultAlreadyExists`). */
  name?: string;
  description?: string;
  /** Default `true` (extension `stateful-security-group`). */
  stateful?: boolean;
  /** Admin: create it in another project (a member gets a 400). */
  project_id?: string;
}

/**
 * The body of {@link updateSecurityGroup}. A `default` group cannot be renamed: a new name is a 409
 * `SecurityGroupCannotUpdateDefault`, and even `name: 'default'` is a 409
 * `SecurityGroupDefaultAlreadyExists`. `stateful` can change only while no port uses the group
 * (409 `SecurityGroupInUse`).
 */
export type UpdateSecurityGroupInput = Omit<CreateSecurityGroupInput, 'project_id'>;

/** Lists the security groups the project can see, each with its rules. Sends nothing until iteration starts. */
export function listSecurityGroups(client: NetworkingClient, query: ListSecurityGroupsQuery = {}, options?: CallOptions): Paged<SecurityGroup> {
  return paginate<SecurityGroup>(
    client,
    () => ({ path: securityGroupsPath(), query: joinListFilters(query, TAG_FILTERS), itemsKey: 'security_groups', strategy: linkedPages('security_groups_links') }),
    options,
  );
}

/** Shows one security group with its rules. */
export async function getSecurityGroup(client: NetworkingClient, id: string, options?: CallOptions): Promise<SecurityGroup> {
  return client.request<SecurityGroup>({ method: 'GET', path: securityGroupPath(id), unwrap: 'security_group' }, options);
}

/** Creates a security group; Neutron adds the two egress rules (IPv4, IPv6) every new group starts with. */
export async function createSecurityGroup(client: NetworkingClient, input: CreateSecurityGroupInput, options?: CallOptions): Promise<SecurityGroup> {
  return client.request<SecurityGroup>({ method: 'POST', path: securityGroupsPath(), json: { security_group: input }, expectStatus: [201], unwrap: 'security_group' }, options);
}

/** Updates a security group's name, description or statefulness. */
export async function updateSecurityGroup(client: NetworkingClient, id: string, input: UpdateSecurityGroupInput, options?: CallOptions): Promise<SecurityGroup> {
  return client.request<SecurityGroup>({ method: 'PUT', path: securityGroupPath(id), json: { security_group: input }, expectStatus: [200], unwrap: 'security_group' }, options);
}

/**
 * Deletes a security group with its rules. A 409 `SecurityGroupInUse` while a port uses it; a
 * member deleting the project's `default` group gets a 409 `SecurityGroupCannotRemoveDefault`.
 */
export async function deleteSecurityGroup(client: NetworkingClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: securityGroupPath(id), expectStatus: [204] }, options);
}

/**
 * Resolves a security group ID or name to its ID, as openstacksdk's `find_security_group` does:
 * the input is tried as an ID first (`getSecurityGroup`), then as the name of exactly one
 * security group (a `name` filtered listing). Resolves to `{ id, matchedBy }`; raises
 * `NameLookupError` when nothing or several security groups match, `InvalidInputError` for an
 * empty input. As admin every project has a group named `default`, so that name is ambiguous there.
 */
export async function findSecurityGroupId(client: NetworkingClient, nameOrId: string, options?: CallOptions): Promise<FoundId> {
  return findIdOrName<SecurityGroup>({
    nameOrId,
    what: 'security group',
    get: async (id) => getSecurityGroup(client, id, options),
    list: () => listSecurityGroups(client, { name: nameOrId, fields: ['id', 'name'] }, options),
  });
}
