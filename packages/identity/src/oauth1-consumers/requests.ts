import { paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import type { IdentityClient } from '../client.js';
import { keystonePages } from '../common.js';
import type { CreatedOAuth1Consumer, OAuth1Consumer } from './results.js';
import { consumerPath, consumersPath } from './urls.js';

/** The body of {@link createOAuth1Consumer} and {@link updateOAuth1Consumer}. */
export interface CreateOAuth1ConsumerInput {
  description?: string;
}

/** The body of {@link updateOAuth1Consumer}. */
export type UpdateOAuth1ConsumerInput = CreateOAuth1ConsumerInput;

/** Lists OAuth1 consumers (without secrets). Admin only (the `admin` role; a member gets 403). Sends nothing until iteration starts. */
export function listOAuth1Consumers(client: IdentityClient, options?: CallOptions): Paged<OAuth1Consumer> {
  return paginate<OAuth1Consumer>(client, () => ({ path: consumersPath(), itemsKey: 'consumers', strategy: keystonePages() }), options);
}

/** Shows an OAuth1 consumer (without its secret). Admin only. */
export async function getOAuth1Consumer(client: IdentityClient, id: string, options?: CallOptions): Promise<OAuth1Consumer> {
  return client.request<OAuth1Consumer>({ method: 'GET', path: consumerPath(id), expectStatus: [200], unwrap: 'consumer' }, options);
}

/** Registers an OAuth1 consumer. Admin only. The answer carries the consumer `secret`, which Keystone never shows again. */
export async function createOAuth1Consumer(client: IdentityClient, input: CreateOAuth1ConsumerInput = {}, options?: CallOptions): Promise<CreatedOAuth1Consumer> {
  return client.request<CreatedOAuth1Consumer>({ method: 'POST', path: consumersPath(), json: { consumer: input }, expectStatus: [201], unwrap: 'consumer' }, options);
}

/** Changes an OAuth1 consumer's description. Admin only. */
export async function updateOAuth1Consumer(client: IdentityClient, id: string, input: UpdateOAuth1ConsumerInput, options?: CallOptions): Promise<OAuth1Consumer> {
  return client.request<OAuth1Consumer>({ method: 'PATCH', path: consumerPath(id), json: { consumer: input }, expectStatus: [200], unwrap: 'consumer' }, options);
}

/** Deletes an OAuth1 consumer, with the tokens issued to it. Admin only. */
export async function deleteOAuth1Consumer(client: IdentityClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: consumerPath(id), expectStatus: [204] }, options);
}
