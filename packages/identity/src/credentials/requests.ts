import { paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import type { IdentityClient } from '../client.js';
import { keystonePages } from '../common.js';
import type { Credential } from './results.js';
import { credentialPath, credentialsPath } from './urls.js';

/** Filters of {@link listCredentials}; each field is the query parameter of the same name. */
export interface ListCredentialsQuery {
  user_id?: string;
  type?: Credential['type'];
}

/** The body of {@link createCredential}. */
export interface CreateCredentialInput {
  /** The secret content, as a string; for `ec2`, JSON with `access` and `secret` (Keystone answers 400 otherwise). */
  blob: string;
  type: Credential['type'];
  user_id: string;
  /** Required for `ec2` credentials. */
  project_id?: string;
}

/** The body of {@link updateCredential}. */
export type UpdateCredentialInput = Partial<CreateCredentialInput>;

/**
 * Lists credentials, blobs included. Keystone's default policy shows a user only their own; a
 * system-scoped reader or admin sees everyone's.
 */
export function listCredentials(client: IdentityClient, query: ListCredentialsQuery = {}, options?: CallOptions): Paged<Credential> {
  return paginate<Credential>(client, () => ({ path: credentialsPath(), query: { ...query }, itemsKey: 'credentials', strategy: keystonePages() }), options);
}

/** Shows a credential, blob included. Keystone answers 403 rather than 404 for one the caller may not see, including a missing one. */
export async function getCredential(client: IdentityClient, id: string, options?: CallOptions): Promise<Credential> {
  return client.request<Credential>({ method: 'GET', path: credentialPath(id), unwrap: 'credential' }, options);
}

/** Creates a credential; a user may create their own, a system admin anyone's. */
export async function createCredential(client: IdentityClient, input: CreateCredentialInput, options?: CallOptions): Promise<Credential> {
  return client.request<Credential>({ method: 'POST', path: credentialsPath(), json: { credential: input }, expectStatus: [201], unwrap: 'credential' }, options);
}

/** Updates a credential. */
export async function updateCredential(client: IdentityClient, id: string, input: UpdateCredentialInput, options?: CallOptions): Promise<Credential> {
  return client.request<Credential>({ method: 'PATCH', path: credentialPath(id), json: { credential: input }, expectStatus: [200], unwrap: 'credential' }, options);
}

/** Deletes a credential. */
export async function deleteCredential(client: IdentityClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: credentialPath(id), expectStatus: [204] }, options);
}
