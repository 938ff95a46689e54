import { paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import type { IdentityClient } from '../client.js';
import { keystonePages } from '../common.js';
import type { Policy } from './results.js';
import { policiesPath, policyPath } from './urls.js';

/** Filters of {@link listPolicies}; each field is the query parameter of the same name. */
export interface ListPoliciesQuery {
  /** The MIME type of the blob. */
  type?: string;
}

/** The body of {@link createPolicy}. */
export interface CreatePolicyInput {
  /** The serialized rule set (a string: serialize JSON yourself). */
  blob: string;
  /** The MIME type of `blob`, such as `application/json`. */
  type: string;
}

/** The body of {@link updatePolicy}. */
export type UpdatePolicyInput = Partial<CreatePolicyInput>;

/** Lists the stored policies. Admin only (the `admin` role). Sends nothing until iteration starts. */
export function listPolicies(client: IdentityClient, query: ListPoliciesQuery = {}, options?: CallOptions): Paged<Policy> {
  return paginate<Policy>(client, () => ({ path: policiesPath(), query: { ...query }, itemsKey: 'policies', strategy: keystonePages() }), options);
}

/** Shows a stored policy. Admin only. */
export async function getPolicy(client: IdentityClient, id: string, options?: CallOptions): Promise<Policy> {
  return client.request<Policy>({ method: 'GET', path: policyPath(id), expectStatus: [200], unwrap: 'policy' }, options);
}

/** Stores a policy blob. Admin only (a member gets 403). Keystone does not parse or enforce the blob. */
export async function createPolicy(client: IdentityClient, input: CreatePolicyInput, options?: CallOptions): Promise<Policy> {
  return client.request<Policy>({ method: 'POST', path: policiesPath(), json: { policy: input }, expectStatus: [201], unwrap: 'policy' }, options);
}

/** Replaces a stored policy's blob or type. Admin only. */
export async function updatePolicy(client: IdentityClient, id: string, input: UpdatePolicyInput, options?: CallOptions): Promise<Policy> {
  return client.request<Policy>({ method: 'PATCH', path: policyPath(id), json: { policy: input }, expectStatus: [200], unwrap: 'policy' }, options);
}

/** Deletes a stored policy. Admin only. */
export async function deletePolicy(client: IdentityClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: policyPath(id), expectStatus: [204] }, options);
}
