import { InvalidInputError, ResponseError, readJson, redactUrl, type CallOptions, type ServiceClient } from '@openstack-ts/core';
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

interface SwiftBulkAnswer {
  'Number Deleted'?: number;
  'Number Not Found'?: number;
  'Response Status'?: string;
  'Response Body'?: string;
  Errors?: [string, string][];
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
    const url = client.url('', spec.query);
    const answer = (await readJson(response, { method: 'POST', url }, false)) as SwiftBulkAnswer;
    const status = answer['Response Status'] ?? '';
    const errors = (answer.Errors ?? []).map(([path, code]) => ({ path: decodeURIComponent(path), status: code }));
    if (!/^2\d\d/.test(status) && errors.length === 0) {
      throw new ResponseError({
        status: response.status,
        method: 'POST',
        url: redactUrl(url),
        requestId: response.headers.get('x-openstack-request-id') ?? undefined,
        reason: `bulk delete answered ${status || 'no status'}: ${(answer['Response Body'] ?? '').slice(0, 200)}`,
      });
    }
    result.deleted += answer['Number Deleted'] ?? 0;
    result.not_found += answer['Number Not Found'] ?? 0;
    result.errors.push(...errors);
  }
  return result;
}
