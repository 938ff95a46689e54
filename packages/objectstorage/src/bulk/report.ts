import type { ServiceResponse } from '@openstack-ts/core';
import { isRecord } from '@openstack-ts/core/internal';

/** What Swift's bulk middleware reports (bulk delete, and SLO's `multipart-manifest=delete`). */
export interface BulkReport {
  deleted: number;
  not_found: number;
  errors: { path: string; status: string }[];
}

/**
 * Reads a bulk report. Swift answers 200 before it knows the outcome, so the outcome is in the
 * body: per-path errors come back in `errors`; a failing status without any, or a body that is
 * not a report, raises `ResponseError`.
 */
export async function readBulkReport(response: ServiceResponse): Promise<BulkReport> {
  const answer = await response.json();
  if (!isRecord(answer)) throw response.error('the body is not a bulk report');
  const status = typeof answer['Response Status'] === 'string' ? answer['Response Status'] : '';
  const body = typeof answer['Response Body'] === 'string' ? answer['Response Body'] : '';
  const errors = (Array.isArray(answer.Errors) ? (answer.Errors as unknown[]) : [])
    .filter((entry): entry is [string, string] => Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string')
    .map(([path, code]) => ({ path: safeDecode(path), status: code }));
  if (!/^2\d\d/.test(status) && errors.length === 0) {
    throw response.error(`Swift reported ${status || 'no status'}: ${body.slice(0, 200)}`);
  }
  const count = (value: unknown): number => (typeof value === 'number' && Number.isSafeInteger(value) ? value : 0);
  return { deleted: count(answer['Number Deleted']), not_found: count(answer['Number Not Found']), errors };
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
