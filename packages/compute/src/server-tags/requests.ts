import type { ComputeClient } from '../client.js';
import { InvalidInputError, isHttpError, paginate, singlePage, type CallOptions, type Paged } from '@openstack-ts/core';
import type { ServerTag } from './results.js';
import { serverTagPath, serverTagsPath } from './urls.js';

const TAGS = 'Server tags';

/** Nova refuses tags with `/` or `,` (they would break paths and tag filters), and empty ones. */
function checkTag(tag: unknown, field: string): string {
  if (typeof tag !== 'string' || tag === '') throw new InvalidInputError(`${field} must be a non-empty string`, field);
  if (tag.includes('/') || tag.includes(',')) throw new InvalidInputError(`${field} must not contain '/' or ',': ${tag}`, field);
  return tag;
}

/**
 * Lists the tags of a server. All in one page. Requires microversion 2.26: an older one rejects
 * the iteration before any request.
 */
export function listServerTags(client: ComputeClient, id: string, options?: CallOptions): Paged<ServerTag> {
  return paginate<ServerTag>(
    client,
    () => {
      client.requireMicroversion('2.26', TAGS, options);
      return { path: serverTagsPath(id), itemsKey: 'tags', strategy: singlePage() };
    },
    options,
  );
}

/**
 * Replaces all tags of a server with `tags` (an empty list removes them all) and returns the new
 * set. A server holds at most 50 tags of at most 60 characters each. Changing tags needs the
 * server ACTIVE, PAUSED, SUSPENDED or SHUTOFF (409 otherwise). Requires microversion 2.26.
 */
export async function replaceServerTags(client: ComputeClient, id: string, tags: ServerTag[], options?: CallOptions): Promise<ServerTag[]> {
  client.requireMicroversion('2.26', TAGS, options);
  if (!Array.isArray(tags)) throw new InvalidInputError('tags must be an array of strings', 'tags');
  tags.forEach((tag, index) => checkTag(tag, `tags[${String(index)}]`));
  return client.request<ServerTag[]>({ method: 'PUT', path: serverTagsPath(id), json: { tags }, expectStatus: [200], unwrap: 'tags' }, options);
}

/**
 * Checks whether a server has a tag: Nova answers 204 when it has and 404 when it has not.
 * A 404 for a server that does not exist is not a `false`: it is thrown as the `HttpError` it is.
 * Requires microversion 2.26.
 */
export async function serverHasTag(client: ComputeClient, id: string, tag: string, options?: CallOptions): Promise<boolean> {
  client.requireMicroversion('2.26', TAGS, options);
  const path = serverTagPath(id, checkTag(tag, 'tag'));
  try {
    await client.execute({ method: 'GET', path, expectStatus: [204] }, options);
    return true;
  } catch (error) {
    // Both "no such tag" and "no such server" are 404s; only Nova's message tells them apart.
    if (isHttpError(error, 404) && error.serviceMessage?.includes('has no tag') === true) return false;
    throw error;
  }
}

/**
 * Adds one tag to a server. Adding a tag the server already has succeeds too (Nova answers 204
 * instead of 201). Requires microversion 2.26.
 */
export async function addServerTag(client: ComputeClient, id: string, tag: string, options?: CallOptions): Promise<void> {
  client.requireMicroversion('2.26', TAGS, options);
  return client.execute({ method: 'PUT', path: serverTagPath(id, checkTag(tag, 'tag')), expectStatus: [201, 204] }, options);
}

/** Deletes one tag from a server; a tag the server does not have answers 404. Requires microversion 2.26. */
export async function deleteServerTag(client: ComputeClient, id: string, tag: string, options?: CallOptions): Promise<void> {
  client.requireMicroversion('2.26', TAGS, options);
  return client.execute({ method: 'DELETE', path: serverTagPath(id, checkTag(tag, 'tag')), expectStatus: [204] }, options);
}

/** Deletes every tag of a server. Requires microversion 2.26. */
export async function deleteAllServerTags(client: ComputeClient, id: string, options?: CallOptions): Promise<void> {
  client.requireMicroversion('2.26', TAGS, options);
  return client.execute({ method: 'DELETE', path: serverTagsPath(id), expectStatus: [204] }, options);
}
