import { paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import type { IdentityClient } from '../client.js';
import { keystonePages } from '../common.js';
import type { Ec2Credential } from './results.js';
import { ec2CredentialPath, ec2CredentialsPath } from './urls.js';

/** The body of {@link createEc2Credential}. */
export interface CreateEc2CredentialInput {
  /** The project the credential acts on. */
  tenant_id: string;
}

/** Lists a user's EC2 credentials, secrets included. Users may list their own. */
export function listEc2Credentials(client: IdentityClient, userId: string, options?: CallOptions): Paged<Ec2Credential> {
  return paginate<Ec2Credential>(client, () => ({ path: ec2CredentialsPath(userId), itemsKey: 'credentials', strategy: keystonePages() }), options);
}

/** Shows one of a user's EC2 credentials by its access key, secret included. */
export async function getEc2Credential(client: IdentityClient, userId: string, access: string, options?: CallOptions): Promise<Ec2Credential> {
  return client.request<Ec2Credential>({ method: 'GET', path: ec2CredentialPath(userId, access), unwrap: 'credential' }, options);
}

/** Creates an EC2 credential (access key and secret) for a user on a project; Keystone generates both. */
export async function createEc2Credential(client: IdentityClient, userId: string, input: CreateEc2CredentialInput, options?: CallOptions): Promise<Ec2Credential> {
  return client.request<Ec2Credential>({ method: 'POST', path: ec2CredentialsPath(userId), json: input, expectStatus: [201], unwrap: 'credential' }, options);
}

/** Deletes one of a user's EC2 credentials by its access key. */
export async function deleteEc2Credential(client: IdentityClient, userId: string, access: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: ec2CredentialPath(userId, access), expectStatus: [204] }, options);
}
