import { InvalidInputError, type CallOptions, type ServiceClient } from '@openstack-ts/core';
import { readBulkReport } from './report.js';
import { containerPath, objectPath } from '../common.js';

/** One thing to delete: an object, or (with no `name`) an empty container. */
export interface BulkDeleteItem {
  container: string;
  name?: string | undefined;
}

/** Options of {@link bulkDelete}. */
export interface BulkDeleteOptions extends CallOptions {
  /** Paths per request. Swift's default limit (`max_deletes_per_request`) is 10,000. */
  batchSize?: number | undefined;
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
export async function bulkDelete(client: ServiceClient, items: Iterable<BulkDeleteItem>, options: BulkDeleteOptions = {}): Promise<BulkDeleteResult> {
  const batchSize = options.batchSize ?? 10_000;
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new InvalidInputError('batchSize must be a whole number ≥ 1', 'batchSize');
  const paths: string[] = [];
  for (const item of items) {
    paths.push(`/${item.name === undefined ? containerPath(item.container) : objectPath(item.container, item.name)}`);
  }
  const result: BulkDeleteResult = { deleted: 0, not_found: 0, errors: [] };
  for (let start = 0; start < paths.length; start += batchSize) {
    const batch = paths.slice(start, start + batchSize);
    const spec = {
      method: 'POST' as const,
      path: '',
      query: { 'bulk-delete': 'true' },
      body: `${batch.join('\n')}\n`,
      headers: { 'Content-Type': 'text/plain', Accept: 'application/json' },
    };
    const response = await client.send(spec, options);
    const report = await readBulkReport(response, 'POST', client.url('', spec.query));
    result.deleted += report.deleted;
    result.not_found += report.not_found;
    result.errors.push(...report.errors);
  }
  return result;
}
