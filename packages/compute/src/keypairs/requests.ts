import { InvalidInputError, MicroversionError, linkedPages, paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import type { ComputeClient } from '../client.js';
import type { CreatedKeypair, Keypair, KeypairSummary, KeypairType } from './results.js';
import { keypairPath, keypairsPath } from './urls.js';

/** Filters and paging of {@link listKeypairs}; each field is the query parameter of the same name. */
export interface ListKeypairsQuery {
  /** Admin: the keypairs of this user instead of the caller's. Microversion 2.10 and later. */
  user_id?: string;
  /** Page size; the listing still yields every keypair. Microversion 2.35 and later. */
  limit?: number;
  /** Start after the keypair of this name. Microversion 2.35 and later. */
  marker?: string;
}

/** Selects another user's keypair in {@link getKeypair} and {@link deleteKeypair}. */
export interface KeypairUserQuery {
  /** Admin: the owner of the keypair, when it is not the caller. Microversion 2.10 and later. */
  user_id?: string;
}

/** The body of {@link createKeypair}. */
export interface CreateKeypairInput {
  /**
   * The keypair's name. From microversion 2.92: ASCII letters, digits and `@._- ` only.
   */
  name: string;
  /**
   * The public key to import (OpenSSH format, or an x509 certificate for `type: 'x509'`).
   * Without it Nova generates a keypair and returns its private key once; generation was
   * removed in microversion 2.92, from which this field is required: generate the key locally
   * (`ssh-keygen -t ed25519`) and pass its public half here, or pin microversion 2.91.
   */
  public_key?: string;
  /** `ssh` (the default) or `x509`. Microversion 2.2 and later. */
  type?: KeypairType;
  /** Admin: create the keypair for this user. Microversion 2.10 and later. */
  user_id?: string;
}

function checkUserId(client: ComputeClient, query: KeypairUserQuery, options: CallOptions | undefined): void {
  if (query.user_id !== undefined) client.requireMicroversion('2.10', 'A keypair user_id', options);
}

/**
 * Lists the caller's keypairs (or, for an admin, another user's), unwrapping Nova's
 * `{ "keypair": … }` items. Paged by name from microversion 2.35. Sends nothing until iteration
 * starts; `user_id` before 2.10 or paging before 2.35 rejects the iteration before any request.
 */
export function listKeypairs(client: ComputeClient, query: ListKeypairsQuery = {}, options?: CallOptions): Paged<KeypairSummary> {
  return paginate<KeypairSummary>(
    client,
    () => {
      checkUserId(client, query, options);
      if (query.limit !== undefined || query.marker !== undefined) client.requireMicroversion('2.35', 'Paging keypairs (limit, marker)', options);
      return { path: keypairsPath(), query: { ...query }, itemsKey: 'keypairs', unwrapItems: 'keypair', strategy: linkedPages('keypairs_links') };
    },
    options,
  );
}

/** Shows one keypair by name: the caller's, or (admin, microversion 2.10) another user's. */
export async function getKeypair(client: ComputeClient, name: string, query: KeypairUserQuery = {}, options?: CallOptions): Promise<Keypair> {
  checkUserId(client, query, options);
  return client.request<Keypair>({ method: 'GET', path: keypairPath(name), query: { ...query }, expectStatus: [200], unwrap: 'keypair' }, options);
}

/**
 * Imports a public key as a keypair, or (before microversion 2.92, without `public_key`)
 * generates one and returns its private key, once. Nova removed key generation in microversion
 * 2.92, and a client negotiates up to 2.96: from 2.92 a create without `public_key` rejects
 * before sending with a `MicroversionError`. Generate the key locally (`ssh-keygen -t ed25519`)
 * and pass its public half as `public_key`, or pin microversion 2.91 for the call
 * (`{ microversion: '2.91' }`). Nova answers 200 before microversion 2.2 and 201 from it.
 */
export async function createKeypair(client: ComputeClient, input: CreateKeypairInput, options?: CallOptions): Promise<CreatedKeypair> {
  if (typeof input.name !== 'string' || input.name === '') throw new InvalidInputError('A keypair needs a name', 'name');
  if (input.public_key === undefined && client.microversionAtLeast('2.92', options)) {
    throw new MicroversionError(
      `Nova removed keypair generation in compute microversion 2.92 and this call uses ${client.effectiveMicroversion(options) ?? 'latest'}: ` +
        "generate a key locally (ssh-keygen -t ed25519) and pass its public half as public_key, or pin microversion 2.91 ({ microversion: '2.91' })",
    );
  }
  if (input.type !== undefined) client.requireMicroversion('2.2', 'A keypair type', options);
  checkUserId(client, input, options);
  return client.request<CreatedKeypair>(
    { method: 'POST', path: keypairsPath(), json: { keypair: input }, expectStatus: [200, 201], unwrap: 'keypair' },
    options,
  );
}

/** Deletes a keypair by name (admin, microversion 2.10: another user's with `user_id`). Nova answers 202 before microversion 2.2 and 204 from it. */
export async function deleteKeypair(client: ComputeClient, name: string, query: KeypairUserQuery = {}, options?: CallOptions): Promise<void> {
  checkUserId(client, query, options);
  return client.execute({ method: 'DELETE', path: keypairPath(name), query: { ...query }, expectStatus: [202, 204] }, options);
}
