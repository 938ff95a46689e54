import { ResponseError, readJson, redactUrl, requestIdOf } from '@openstack-ts/core';

/** What Swift's bulk middleware reports (bulk delete, and SLO's `multipart-manifest=delete`). */
export interface BulkReport {
  deleted: number;
  not_found: number;
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
 * Reads a bulk report. Swift answers 200 before it knows the outcome, so the outcome is in the
 * body: per-path errors come back in `errors`; a failing status without any raises
 * `ResponseError`.
 */
export async function readBulkReport(response: Response, method: string, url: string): Promise<BulkReport> {
  const answer = (await readJson(response, { method, url }, false)) as SwiftBulkAnswer;
  const status = answer['Response Status'] ?? '';
  const errors = (answer.Errors ?? []).map(([path, code]) => ({ path: safeDecode(path), status: code }));
  if (!/^2\d\d/.test(status) && errors.length === 0) {
    throw new ResponseError({
      status: response.status,
      method,
      url: redactUrl(url),
      requestId: requestIdOf(response.headers),
      reason: `Swift reported ${status || 'no status'}: ${(answer['Response Body'] ?? '').slice(0, 200)}`,
    });
  }
  return { deleted: answer['Number Deleted'] ?? 0, not_found: answer['Number Not Found'] ?? 0, errors };
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
