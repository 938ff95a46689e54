import { linkedPages, paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import { joinListFilters } from '@openstack-ts/core/internal';
import type { NetworkingClient } from '../client.js';
import { TAG_FILTERS, type NeutronListQuery } from '../common.js';
import type { QosPolicy } from './results.js';
import { qosPoliciesPath, qosPolicyPath } from './urls.js';

/** Filters of {@link listQosPolicies}; each field is the query parameter of the same name. Arrays match any value. */
export interface ListQosPoliciesQuery extends NeutronListQuery {
  id?: string | string[];
  name?: string | string[];
  shared?: boolean;
  /** Extension `qos-default`. */
  is_default?: boolean;
}

/** The body of {@link createQosPolicy}. */
export interface CreateQosPolicyInput {
  name?: string;
  description?: string;
  /** Lets every project use the policy. Default false. */
  shared?: boolean;
  /**
   * Makes it the project's default policy, which Neutron then gives to every new network of the
   * project that names none (extension `qos-default`); a project has at most one.
   */
  is_default?: boolean;
  /** Admin: create it for another project. */
  project_id?: string;
}

/** The body of {@link updateQosPolicy}. */
export type UpdateQosPolicyInput = Omit<CreateQosPolicyInput, 'project_id'>;

/** Lists the QoS policies the project can see: its own and the shared ones. Sends nothing until iteration starts. */
export function listQosPolicies(client: NetworkingClient, query: ListQosPoliciesQuery = {}, options?: CallOptions): Paged<QosPolicy> {
  return paginate<QosPolicy>(client, () => ({ path: qosPoliciesPath(), query: joinListFilters(query, TAG_FILTERS), itemsKey: 'policies', strategy: linkedPages('policies_links') }), options);
}

/** Shows one QoS policy, with its rules. */
export async function getQosPolicy(client: NetworkingClient, id: string, options?: CallOptions): Promise<QosPolicy> {
  return client.request<QosPolicy>({ method: 'GET', path: qosPolicyPath(id), unwrap: 'policy' }, options);
}

/**
 * Creates a QoS policy, without rules (add them with the `create…Rule` operations). Neutron's
 * default policy lets only admins create one: a member gets 403 `PolicyNotAuthorized`.
 */
export async function createQosPolicy(client: NetworkingClient, input: CreateQosPolicyInput, options?: CallOptions): Promise<QosPolicy> {
  return client.request<QosPolicy>({ method: 'POST', path: qosPoliciesPath(), json: { policy: input }, expectStatus: [201], unwrap: 'policy' }, options);
}

/** Updates a QoS policy's name, description, sharing or default flag. Admin only by default. */
export async function updateQosPolicy(client: NetworkingClient, id: string, input: UpdateQosPolicyInput, options?: CallOptions): Promise<QosPolicy> {
  return client.request<QosPolicy>({ method: 'PUT', path: qosPolicyPath(id), json: { policy: input }, expectStatus: [200], unwrap: 'policy' }, options);
}

/**
 * Deletes a QoS policy and its rules. Admin only by default; a 409 `QosPolicyInUse` while a port,
 * network or floating IP still uses it.
 */
export async function deleteQosPolicy(client: NetworkingClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: qosPolicyPath(id), expectStatus: [204] }, options);
}
