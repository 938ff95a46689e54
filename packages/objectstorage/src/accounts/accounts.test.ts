import { describe, expect, it } from '@jest/globals';
import { isHttpError, isInvalidInputError } from '@openstack-ts/core';
import { rejectionOf, type FakeCloud, type RecordedRequest } from '@openstack-ts/core/testing';
import { fakeSwift } from '../fake-swift.fixtures.js';
import { getAccount, updateAccount, type UpdateAccountInput } from './index.js';
import * as fx from './accounts.fixtures.js';

/** Answers `method path` with a recorded reply. */
function serve(cloud: FakeCloud, method: string, path: string, fixture: { status: number; headers: Record<string, string>; body?: string }): void {
  cloud.reply(method, path, fixture.body, { status: fixture.status, headers: fixture.headers });
}

/** The headers a request carried, without the ones every request has. */
function sentHeaders(request: RecordedRequest): Record<string, string> {
  return Object.fromEntries(Object.entries(request.headers).filter(([name]) => name !== 'accept' && name !== 'x-auth-token' && name !== 'user-agent'));
}

describe('getAccount', () => {
  it("reads the account's totals, metadata (UTF-8 decoded) and temp URL key from HEAD", async () => {
    const cloud = fakeSwift();
    serve(cloud, 'HEAD', '', fx.account);
    const account = await getAccount(cloud.client);
    expect([cloud.lastRequest().method, cloud.lastRequest().url]).toEqual(['HEAD', 'http://127.0.0.1:8080/v1/AUTH_rec/']);
    expect(account).toEqual({
      container_count: 0,
      object_count: 0,
      bytes_used: 0,
      quota_bytes: undefined,
      temp_url_key: undefined,
      temp_url_key_2: 'recu-key-2',
      timestamp: '1795788019.29631',
      metadata: { 'recu-city': 'München', 'recu-extra': 'extra', 'recu-plain': 'plain', 'temp-url-key-2': 'recu-key-2' },
      headers: expect.objectContaining({
        'x-account-meta-recu-city': 'München',
        'x-account-storage-policy-policy-0-object-count': '0',
        'x-openstack-request-id': 'txa323872bd3ad451b8cef0-006b09b1d6',
      }) as unknown,
    });
  });

  it('has empty metadata once it was removed', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'HEAD', '', fx.accountAfter);
    const account = await getAccount(cloud.client);
    expect([account.metadata, account.temp_url_key_2]).toEqual([{}, undefined]);
  });

  it('passes call options through', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'HEAD', '', fx.accountBefore);
    await getAccount(cloud.client, { headers: { 'X-Newest': 'true' } });
    expect(cloud.lastRequest().headers['x-newest']).toBe('true');
  });
});

describe('updateAccount', () => {
  it('sets metadata (non-ASCII as UTF-8 bytes), a temp URL key and the call\'s extra headers with one POST', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'POST', '', fx.updated);
    await updateAccount(
      cloud.client,
      { metadata: { 'recu-city': 'München', 'recu-plain': 'plain' }, temp_url_key_2: 'recu-key-2' },
      { headers: { 'X-Account-Meta-Recu-Extra': 'extra' } },
    );
    const request = cloud.lastRequest();
    expect([request.method, request.path, request.text]).toEqual(['POST', '', undefined]);
    // What the SDK sent when the fixtures were recorded.
    expect(sentHeaders(request)).toEqual({
      'x-account-meta-recu-city': 'M\u00c3\u00bcnchen',
      'x-account-meta-recu-extra': 'extra',
      'x-account-meta-recu-plain': 'plain',
      'x-account-meta-temp-url-key-2': 'recu-key-2',
    });
  });

  it("removes metadata and temp URL keys given as ''", async () => {
    const cloud = fakeSwift();
    serve(cloud, 'POST', '', fx.removed);
    await updateAccount(cloud.client, { remove_metadata: ['recu-city', 'recu-plain', 'recu-extra'], temp_url_key_2: '' });
    expect(sentHeaders(cloud.lastRequest())).toEqual({
      'x-remove-account-meta-recu-city': 'x',
      'x-remove-account-meta-recu-extra': 'x',
      'x-remove-account-meta-recu-plain': 'x',
      'x-remove-account-meta-temp-url-key-2': 'x',
    });
    await updateAccount(cloud.client, { temp_url_key: 'first key', temp_url_key_2: 'sëcond' });
    expect(sentHeaders(cloud.lastRequest())).toEqual({
      'x-account-meta-temp-url-key': 'first key',
      'x-account-meta-temp-url-key-2': 's\u00c3\u00abcond',
    });
    await updateAccount(cloud.client, { temp_url_key: '' });
    expect(sentHeaders(cloud.lastRequest())).toEqual({ 'x-remove-account-meta-temp-url-key': 'x' });
  });

  it('expects 204', async () => {
    const cloud = fakeSwift();
    cloud.reply('POST', '', '', { status: 200 });
    const error = await rejectionOf(updateAccount(cloud.client, { metadata: { a: 'b' } }));
    expect(isHttpError(error, 200) && [error.method, error.url]).toEqual(['POST', 'http://127.0.0.1:8080/v1/AUTH_rec/']);
  });

  it('refuses bad metadata before sending', async () => {
    const cloud = fakeSwift();
    const bad: [UpdateAccountInput, string][] = [
      [{ metadata: { 'bad key': 'v' } }, 'metadata'],
      [{ metadata: { ok: 'line\nbreak' } }, 'metadata.ok'],
      [{ remove_metadata: ['bad:key'] }, 'remove_metadata'],
      [{ temp_url_key: 'a\r\nb' }, 'temp_url_key'],
      [undefined as unknown as UpdateAccountInput, 'input'],
    ];
    for (const [input, field] of bad) {
      const error = await rejectionOf(updateAccount(cloud.client, input));
      expect([input, isInvalidInputError(error) && error.field]).toEqual([input, field]);
    }
    expect(cloud.serviceRequests()).toEqual([]);
  });
});
