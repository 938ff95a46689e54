import type { CallOptions } from '@openstack-ts/core';
import { isRecord } from '@openstack-ts/core/internal';
import type { ComputeClient } from '../client.js';
import { serverPasswordPath } from './urls.js';

/**
 * Shows the encrypted administrative password of a server: base64 of the password encrypted
 * with the server's key pair, as the guest (cloud-init, cloudbase-init) stored it in the metadata
 * service. Returns an empty string when the guest stored none (Nova answers `{"password": ""}`);
 * an answer without a `password` string, an empty body included, is a `ResponseError`. Nova never
 * decrypts it.
 */
export async function getServerPassword(client: ComputeClient, id: string, options?: CallOptions): Promise<string> {
  const response = await client.send({ method: 'GET', path: serverPasswordPath(id), expectStatus: [200] }, options);
  const body = await response.json();
  if (!isRecord(body) || typeof body.password !== 'string') throw response.error('the body has no "password" string');
  return body.password;
}

/**
 * Clears the encrypted administrative password of a server from the metadata service. The
 * password inside the guest does not change.
 */
export async function clearServerPassword(client: ComputeClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: serverPasswordPath(id), expectStatus: [204] }, options);
}
