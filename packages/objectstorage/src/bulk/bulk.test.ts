import { describe, expect, it } from '@jest/globals';
import { isInvalidInputError, isResponseError } from '@openstack-ts/core';
import { rejectionOf, type FakeCloud } from '@openstack-ts/core/testing';
import { fakeSwift } from '../fake-swift.fixtures.js';
import { bulkDelete, type BulkDeleteItem } from './index.js';
import * as fx from './bulk.fixtures.js';

/** Queues a recorded answer to the next `POST ?bulk-delete=true`. */
function answer(cloud: FakeCloud, fixture: { status: number; headers: Record<string, string>; body: string }): void {
  cloud.replyOnce('POST', '?bulk-delete=true', fixture.body, { status: fixture.status, headers: fixture.headers });
}


const BULK = 'osts-acc-recu-bulk';
const FULL = 'osts-acc-recu-bulk-full';

describe('bulkDelete', () => {
  it('sends batch_size paths per request, as URL-encoded lines with a leading "/", and sums the answers', async () => {
    const cloud = fakeSwift();
    answer(cloud, fx.small1);
    answer(cloud, fx.small2);
    answer(cloud, fx.small3);
    const items: BulkDeleteItem[] = [{ container: BULK, name: 'a' }, { container: BULK, name: 'b' }, { container: BULK, name: 'c' }, { container: FULL }, { container: BULK }];
    const result = await bulkDelete(cloud.client, items, { batch_size: 2 });
    const requests = cloud.serviceRequests();
    expect(requests.map((r) => [r.method, r.url, r.headers['content-type'], r.headers.accept])).toEqual(
      Array.from({ length: 3 }, () => ['POST', 'http://127.0.0.1:8080/v1/AUTH_rec/?bulk-delete=true', 'text/plain', 'application/json']),
    );
    expect(requests.map((r) => r.text)).toEqual([`/${BULK}/a\n/${BULK}/b\n`, `/${BULK}/c\n/${FULL}\n`, `/${BULK}\n`]);
    expect(result).toEqual({ deleted: 3, not_found: 1, errors: [{ path: `/${FULL}`, status: '409 Conflict' }] });
  });

  it('encodes names, keeping "/" between container and object', async () => {
    const cloud = fakeSwift();
    answer(cloud, fx.batch1);
    answer(cloud, fx.batch2);
    answer(cloud, fx.batch3);
    const names = Array.from({ length: 25 }, (_, i) => `obj ${String(i).padStart(2, '0')}/ü`);
    const items: BulkDeleteItem[] = [...names.map((name) => ({ container: BULK, name })), { container: BULK, name: 'not-there' }, { container: FULL }];
    const result = await bulkDelete(cloud.client, items, { batch_size: 10 });
    const lines = cloud.serviceRequests().map((r) => r.text?.split('\n'));
    expect(lines.map((batch) => batch?.length)).toEqual([11, 11, 8]); // each ends with a newline
    expect(lines[0]?.[0]).toBe(`/${BULK}/obj%2000/%C3%BC`);
    expect(lines[2]?.slice(-3)).toEqual([`/${BULK}/not-there`, `/${FULL}`, '']);
    // Swift's answers when the fixtures were recorded: 10, 10, then 5 deleted, 1 not found, 1 refused.
    expect(result).toEqual({ deleted: 25, not_found: 1, errors: [{ path: `/${FULL}`, status: '409 Conflict' }] });
  });

  it('sends up to 10,000 paths per request by default', async () => {
    const cloud = fakeSwift();
    answer(cloud, fx.batch1);
    answer(cloud, fx.small3);
    const items = Array.from({ length: 10_001 }, (_, i) => ({ container: BULK, name: `o${String(i)}` }));
    await bulkDelete(cloud.client, items);
    expect(cloud.serviceRequests().map((r) => r.text?.split('\n').length)).toEqual([10_001, 2]);
  });

  it('raises ResponseError when Swift answers a status other than 2xx with no per-path errors', async () => {
    const cloud = fakeSwift();
    answer(cloud, fx.small1);
    answer(cloud, fx.tooMany);
    const items = Array.from({ length: 4 }, (_, i) => ({ container: 'osts-acc-recu-none', name: `o${String(i)}` }));
    const error = await rejectionOf(bulkDelete(cloud.client, items, { batch_size: 2 }));
    expect(isResponseError(error) && [error.method, error.status, error.url, error.requestId]).toEqual([
      'POST',
      200,
      'http://127.0.0.1:8080/v1/AUTH_rec/?bulk-delete=true',
      'tx466a84172f564697a6e86-006b09b219',
    ]);
    expect((error as Error).message).toContain('Swift reported 413 Request Entity Too Large: Maximum Bulk Deletes: 10000 per request');
  });

  it('sends nothing for no items', async () => {
    const cloud = fakeSwift();
    expect(await bulkDelete(cloud.client, [])).toEqual({ deleted: 0, not_found: 0, errors: [] });
    expect(cloud.serviceRequests()).toEqual([]);
  });

  it('refuses a bad batch size or a bad name before sending', async () => {
    const cloud = fakeSwift();
    for (const batch_size of [0, -1, 1.5, Number.NaN]) {
      const error = await rejectionOf(bulkDelete(cloud.client, [{ container: BULK }], { batch_size }));
      expect([batch_size, isInvalidInputError(error) && error.field]).toEqual([batch_size, 'batch_size']);
    }
    const bad: [BulkDeleteItem, string][] = [
      [{ container: '' }, 'container'],
      [{ container: 'a/b' }, 'container'],
      [{ container: BULK, name: '' }, 'name'],
      [{ container: BULK, name: 'x'.repeat(1025) }, 'name'],
      [null as unknown as BulkDeleteItem, 'input'],
    ];
    for (const [item, field] of bad) {
      const error = await rejectionOf(bulkDelete(cloud.client, [{ container: BULK, name: 'fine' }, item]));
      expect([item, isInvalidInputError(error) && error.field]).toEqual([item, field]);
    }
    const notIterable = await rejectionOf(bulkDelete(cloud.client, 42 as unknown as BulkDeleteItem[]));
    expect(isInvalidInputError(notIterable) && notIterable.field).toBe('items');
    expect(cloud.serviceRequests()).toEqual([]);
  });

  it('passes call options through', async () => {
    const cloud = fakeSwift();
    answer(cloud, fx.small3);
    await bulkDelete(cloud.client, [{ container: BULK }], {}, { headers: { 'X-Trans-Id-Extra': 'mine' } });
    expect(cloud.lastRequest().headers['x-trans-id-extra']).toBe('mine');
  });
});
