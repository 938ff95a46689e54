import type { ComputeClient } from '../client.js';
import type { CallOptions } from '@openstack-ts/core';
import type { ServerMetadata } from './results.js';
import { serverMetadataItemPath, serverMetadataPath } from './urls.js';

/** Reads all metadata of a server, as one map of key to value. */
export async function getServerMetadata(client: ComputeClient, id: string, options?: CallOptions): Promise<ServerMetadata> {
  return client.request<ServerMetadata>({ method: 'GET', path: serverMetadataPath(id), expectStatus: [200], unwrap: 'metadata' }, options);
}

/**
 * Shows one metadata item of a server as `{ [key]: value }`. A key the server does not have
 * answers 404 ("Metadata item was not found").
 */
export async function getServerMetadataItem(client: ComputeClient, id: string, key: string, options?: CallOptions): Promise<ServerMetadata> {
  return client.request<ServerMetadata>({ method: 'GET', path: serverMetadataItemPath(id, key), expectStatus: [200], unwrap: 'meta' }, options);
}

/**
 * Creates or replaces all metadata of a server (`PUT /servers/{id}/metadata`): items not in
 * `metadata` are removed. Returns the server's metadata afterwards. Nova answers 409 while the
 * server is in a state that forbids the change.
 */
export async function replaceServerMetadata(client: ComputeClient, id: string, metadata: ServerMetadata, options?: CallOptions): Promise<ServerMetadata> {
  return client.request<ServerMetadata>(
    { method: 'PUT', path: serverMetadataPath(id), json: { metadata }, expectStatus: [200], unwrap: 'metadata' },
    options,
  );
}

/**
 * Updates metadata items of a server (`POST /servers/{id}/metadata`): the given keys are created
 * or overwritten and the other items stay. Returns all of the server's metadata afterwards.
 */
export async function updateServerMetadata(client: ComputeClient, id: string, metadata: ServerMetadata, options?: CallOptions): Promise<ServerMetadata> {
  return client.request<ServerMetadata>(
    { method: 'POST', path: serverMetadataPath(id), json: { metadata }, expectStatus: [200], unwrap: 'metadata' },
    options,
  );
}

/** Creates or replaces one metadata item of a server; returns it as `{ [key]: value }`. */
export async function setServerMetadataItem(client: ComputeClient, id: string, key: string, value: string, options?: CallOptions): Promise<ServerMetadata> {
  return client.request<ServerMetadata>(
    { method: 'PUT', path: serverMetadataItemPath(id, key), json: { meta: { [key]: value } }, expectStatus: [200], unwrap: 'meta' },
    options,
  );
}

/** Deletes one metadata item of a server. A key the server does not have answers 404. */
export async function deleteServerMetadataItem(client: ComputeClient, id: string, key: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: serverMetadataItemPath(id, key), expectStatus: [204] }, options);
}
