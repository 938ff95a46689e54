import { isHttpError, paginate, singlePage, type CallOptions, type Paged } from '@openstack-ts/core';
import type { NetworkingClient } from '../client.js';
import { tagPath, tagsPath } from './urls.js';

/** The collections whose resources carry tags (extension `standard-attr-tag`), as path segments. */
export type TaggableResource =
  | 'networks' | 'subnets' | 'ports' | 'routers' | 'floatingips' | 'security-groups' | 'subnetpools'
  | 'address-scopes' | 'address-groups' | 'qos/policies' | 'trunks' | 'network_segment_ranges' | (string & {});

/**
 * Lists the tags of a resource, in one page. Sends nothing until iteration starts
 * (`await listResourceTags(client, 'networks', id).all()` collects them).
 */
export function listResourceTags(client: NetworkingClient, resource: TaggableResource, id: string, options?: CallOptions): Paged<string> {
  return paginate<string>(client, () => ({ path: tagsPath(resource, id), itemsKey: 'tags', strategy: singlePage() }), options);
}

/** Replaces all tags of a resource; returns the new set. An empty list removes them all. */
export async function replaceResourceTags(client: NetworkingClient, resource: TaggableResource, id: string, tags: readonly string[], options?: CallOptions): Promise<string[]> {
  return client.request<string[]>({ method: 'PUT', path: tagsPath(resource, id), json: { tags }, expectStatus: [200], unwrap: 'tags' }, options);
}

/** Adds one tag to a resource (adding a tag it already has succeeds too). */
export async function addResourceTag(client: NetworkingClient, resource: TaggableResource, id: string, tag: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'PUT', path: tagPath(resource, id, tag), expectStatus: [201] }, options);
}

/** Removes one tag from a resource; a 404 `TagNotFound` when it has no such tag. */
export async function deleteResourceTag(client: NetworkingClient, resource: TaggableResource, id: string, tag: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: tagPath(resource, id, tag), expectStatus: [204] }, options);
}

/** Removes every tag from a resource. */
export async function deleteAllResourceTags(client: NetworkingClient, resource: TaggableResource, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: tagsPath(resource, id), expectStatus: [204] }, options);
}

/**
 * Checks whether a resource has a tag: true for Neutron's 204, false for its 404 `TagNotFound`.
 * A missing resource is still thrown as the 404 it is.
 */
export async function resourceHasTag(client: NetworkingClient, resource: TaggableResource, id: string, tag: string, options?: CallOptions): Promise<boolean> {
  try {
    await client.execute({ method: 'GET', path: tagPath(resource, id, tag), expectStatus: [204] }, options);
    return true;
  } catch (error) {
    if (isHttpError(error, 404) && error.serviceErrorType === 'TagNotFound') return false;
    throw error;
  }
}
