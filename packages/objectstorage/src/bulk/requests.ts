import { InvalidInputError, type CallOptions } from '@openstack-ts/core';
import type { ObjectStorageClient } from '../client.js';
import { inputBag, positiveCount } from '../common.js';
import { containerPath } from '../containers/urls.js';
import { objectPath } from '../objects/urls.js';
import { readBulkReport } from './report.js';
import { bulkDeletePath } from './urls.js';

/** One thing to delete: an object, or (with no `name`) an empty container. */
export interface BulkDeleteItem {
  /** The container (deleted itself when there is no `name`; it must be empty by then). */
  container: string;
  /** The object's name. */
  name?: string | undefined;
}

/** How {@link bulkDelete} sends its paths. */
export interface BulkDeleteInput {
  /** Paths per request. Default 10,000, Swift's default limit (`max_deletes_per_request`). */
  batch_size?: number | undefined;
}

/** What {@link bulkDelete} did, summed over its requests. */
export interface BulkDeleteResult {
  /** Objects and containers deleted. */
  deleted: number;
  /** Paths that did not exist (not an error). */
  not_found: number;
  /** Paths Swift could not delete, with its status for each (`409 Conflict` for a container that is not empty). */
  errors: { path: string; status: string }[];
}

/**
 * Deletes many objects and containers with Swift's bulk middleware (`POST ?bulk-delete`), in
 * batches. Swift answers 200 even when some paths fail: those come back in `errors`, in order.
 * List a container's objects before the container itself.
 */
export async function bulkDelete(
  client: ObjectStorageClient,
  items: Iterable<BulkDeleteItem>,
  input?: BulkDeleteInput,
  options?: CallOptions,
): Promise<BulkDeleteResult> {
  const batchSize = positiveCount(inputBag(input).batch_size, 10_000, 'batch_size');
  const given: unknown = items;
  if (given === null || typeof given !== 'object' || !(Symbol.iterator in given)) {
    throw new InvalidInputError('items must be an iterable of { container, name? }', 'items');
  }
  const paths: string[] = [];
  for (const item of items) {
    const { container, name } = inputBag(item, true);
    paths.push(`/${name === undefined ? containerPath(container) : objectPath(container, name)}`);
  }
  const result: BulkDeleteResult = { deleted: 0, not_found: 0, errors: [] };
  for (let start = 0; start < paths.length; start += batchSize) {
    const batch = paths.slice(start, start + batchSize);
    const response = await client.send(
      {
        method: 'POST',
        path: bulkDeletePath(),
        query: { 'bulk-delete': 'true' },
        body: `${batch.join('\n')}\n`,
        headers: { 'Content-Type': 'text/plain', Accept: 'application/json' },
      },
      options,
    );
    const report = await readBulkReport(response);
    result.deleted += report.deleted;
    result.not_found += report.not_found;
    result.errors.push(...report.errors);
  }
  return result;
}
