import { beforeAll, expect, it, jest } from '@jest/globals';
import { describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { getAccount, updateAccount } from '../src/accounts/index.js';
import { createObjectStorageClient, type ObjectStorageClient } from '../src/client.js';
import { createContainer, updateContainer } from '../src/containers/index.js';
import { getInfo } from '../src/info/index.js';
import { downloadObject, getObject, uploadObject } from '../src/objects/index.js';
import { createTempUrl, type SignatureDigest } from '../src/temp-urls/index.js';
import { emptyAndDelete } from './helpers.js';

/** Whole seconds since the epoch, `seconds` from now (by the clock `Date.now` gives). */
function inSeconds(seconds: number): number {
  return Math.floor(Date.now() / 1000) + seconds;
}

async function read(swift: ObjectStorageClient, container: string, name: string): Promise<string> {
  return new Response((await downloadObject(swift, container, name)).body).text();
}

/** A temp URL whose expiry lies an hour in the past: createTempUrl refuses to sign one, so sign it "an hour ago". */
async function expiredUrl(sign: () => Promise<string>): Promise<string> {
  const now = Date.now();
  const spy = jest.spyOn(Date, 'now').mockReturnValue(now - 3_600_000);
  try {
    return await sign();
  } finally {
    spy.mockRestore();
  }
}

describeWithService('object-store', 'temp URLs against the real Swift', () => {
  const cleanup = useCleanup();
  const container = uniqueName('tempurl');
  const other = uniqueName('tempurl');
  // Keys are secrets: fresh random ones, never printed.
  const accountKey = `acc-${crypto.randomUUID()}`;
  const containerKey = `clé-ключ-${crypto.randomUUID()}`; // Swift takes UTF-8 keys
  let swift: ObjectStorageClient;
  let digests: string[];

  beforeAll(async () => {
    swift = await createObjectStorageClient(await memberProvider());
    // Clusters that report tempurl without allowed_digests only know sha1.
    digests = (await getInfo(swift)).tempurl?.allowed_digests ?? ['sha1'];
    for (const name of [container, other]) {
      await createContainer(swift, name);
      cleanup.add(`container ${name}`, async () => emptyAndDelete(swift, name));
    }
    // Other tests share the account: put back what was there (usually nothing) at the end.
    const previous = (await getAccount(swift)).temp_url_key;
    await updateAccount(swift, { temp_url_key: accountKey });
    cleanup.add('the account temp URL key', async () => updateAccount(swift, { temp_url_key: previous ?? '' }));
    await updateContainer(swift, container, { temp_url_key: containerKey });
    await uploadObject(swift, container, 'hello.txt', 'hello, temp URL');
    await uploadObject(swift, container, 'dir/a b ü.txt', 'a name with a space and a ü');
    await uploadObject(swift, container, 'pre/one.txt', 'one');
    await uploadObject(swift, container, 'pre/two/three.txt', 'three');
    await uploadObject(swift, other, 'hello.txt', 'in the other container');
  });

  it('GETs an object with plain fetch and no token, with every digest the cluster allows and either key', async () => {
    expect(digests).toEqual(expect.arrayContaining(['sha256', 'sha512']));
    for (const digest of ['sha256', 'sha512', 'sha1'] as SignatureDigest[]) {
      if (!digests.includes(digest)) continue;
      for (const key of [accountKey, containerKey]) {
        const url = await createTempUrl(swift, container, 'hello.txt', { method: 'GET', key, expires: inSeconds(300), digest });
        const response = await fetch(url);
        expect([digest, response.status, await response.text()]).toEqual([digest, 200, 'hello, temp URL']);
        expect(response.headers.get('content-disposition')).toBe('attachment; filename="hello.txt"; filename*=UTF-8\'\'hello.txt');
      }
    }
  });

  it('GETs a name with a space and a non-ASCII letter, with the expiry in seconds or as ISO 8601', async () => {
    const input = { method: 'GET', key: accountKey, expires: inSeconds(300) } as const;
    const seconds = await createTempUrl(swift, container, 'dir/a b ü.txt', input);
    expect(seconds).toContain('/dir/a%20b%20%C3%BC.txt?');
    const iso = await createTempUrl(swift, container, 'dir/a b ü.txt', { ...input, iso_timestamp: true });
    expect(new URL(iso).searchParams.get('temp_url_expires')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    for (const url of [seconds, iso]) {
      const response = await fetch(url);
      expect([response.status, await response.text()]).toEqual([200, 'a name with a space and a ü']);
    }
  });

  it('PUTs through a temp URL, then the SDK reads what was written', async () => {
    const url = await createTempUrl(swift, container, 'put/ü new.txt', { method: 'PUT', key: containerKey, expires: inSeconds(300) });
    const response = await fetch(url, { method: 'PUT', body: 'written through a temp URL' });
    expect(response.status).toBe(201);
    await response.body?.cancel();
    expect(await read(swift, container, 'put/ü new.txt')).toBe('written through a temp URL');
  });

  it('HEADs with a URL for HEAD, and with one for GET (Swift allows HEAD with GET, PUT or POST)', async () => {
    for (const method of ['HEAD', 'GET'] as const) {
      const url = await createTempUrl(swift, container, 'hello.txt', { method, key: accountKey, expires: inSeconds(300) });
      const response = await fetch(url, { method: 'HEAD' });
      expect([method, response.status, response.headers.get('content-length')]).toEqual([method, 200, '15']);
    }
  });

  it('POSTs metadata and DELETEs through temp URLs', async () => {
    await uploadObject(swift, container, 'doomed.txt', 'bye');
    const post = await createTempUrl(swift, container, 'doomed.txt', { method: 'POST', key: accountKey, expires: inSeconds(300) });
    const posted = await fetch(post, { method: 'POST', headers: { 'X-Object-Meta-Color': 'blue' } });
    expect(posted.status).toBe(202);
    await posted.body?.cancel();
    expect((await getObject(swift, container, 'doomed.txt')).metadata).toEqual({ color: 'blue' });
    const del = await createTempUrl(swift, container, 'doomed.txt', { method: 'DELETE', key: accountKey, expires: inSeconds(300), digest: 'sha512' });
    const deleted = await fetch(del, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    await deleted.body?.cancel();
    expect(isHttpError(await getObject(swift, container, 'doomed.txt').catch((e: unknown) => e), 404)).toBe(true);
  });

  it('answers 401 to an expired URL, to another method, and to a changed path', async () => {
    const expired = await expiredUrl(async () => createTempUrl(swift, container, 'hello.txt', { method: 'GET', key: accountKey, expires: inSeconds(60) }));
    const get = await createTempUrl(swift, container, 'hello.txt', { method: 'GET', key: accountKey, expires: inSeconds(300) });
    const attempts: [string, string, string][] = [
      ['expired', expired, 'GET'],
      ['PUT with a GET URL', get, 'PUT'],
      ['DELETE with a GET URL', get, 'DELETE'],
      ['another object with the same query', get.replace('/hello.txt?', '/pre/one.txt?'), 'GET'],
    ];
    for (const [what, url, method] of attempts) {
      const response = await fetch(url, { method, ...(method === 'PUT' ? { body: 'overwrite' } : {}) });
      expect([what, response.status, await response.text()]).toEqual([what, 401, '401 Unauthorized: Temp URL invalid\n']);
    }
    expect(await read(swift, container, 'hello.txt')).toBe('hello, temp URL');
  });

  it('a container key signs for its own container only', async () => {
    const url = await createTempUrl(swift, other, 'hello.txt', { method: 'GET', key: containerKey, expires: inSeconds(300) });
    const response = await fetch(url);
    expect(response.status).toBe(401);
    await response.body?.cancel();
  });

  it('one prefix-based signature opens every object under the prefix, and nothing else', async () => {
    const input = { method: 'GET', key: accountKey, expires: inSeconds(300), prefix: 'pre/' } as const;
    const one = await createTempUrl(swift, container, 'pre/one.txt', input);
    const three = await createTempUrl(swift, container, 'pre/two/three.txt', input);
    expect(new URL(three).search).toBe(new URL(one).search);
    for (const [url, text] of [[one, 'one'], [three, 'three']] as const) {
      const response = await fetch(url);
      expect([response.status, await response.text()]).toEqual([200, text]);
    }
    const outside = await fetch(one.replace('/pre/one.txt?', '/hello.txt?'));
    expect(outside.status).toBe(401);
    await outside.body?.cancel();
  });

  it('an IP range that includes 127.0.0.1 lets the request through; one that excludes it, or dropping it, gets 401', async () => {
    const sign = async (ip_range: string): Promise<string> => createTempUrl(swift, container, 'hello.txt', { method: 'GET', key: accountKey, expires: inSeconds(300), ip_range });
    const cases: [string, string, number][] = [
      ['127.0.0.0/8', await sign('127.0.0.0/8'), 200],
      ['127.0.0.1', await sign('127.0.0.1'), 200],
      ['10.0.0.0/8', await sign('10.0.0.0/8'), 401],
      ['127.0.0.1 with the range removed', (await sign('127.0.0.1')).replace('&temp_url_ip_range=127.0.0.1', ''), 401],
    ];
    for (const [what, url, status] of cases) {
      const response = await fetch(url);
      expect([what, response.status]).toEqual([what, status]);
      await response.body?.cancel();
    }
  });

  it('inline and filename set Content-Disposition', async () => {
    const base = { method: 'GET', key: accountKey, expires: inSeconds(300) } as const;
    const inline = await fetch(await createTempUrl(swift, container, 'hello.txt', { ...base, inline: true }));
    expect(inline.headers.get('content-disposition')).toBe('inline');
    await inline.body?.cancel();
    const named = await fetch(await createTempUrl(swift, container, 'hello.txt', { ...base, inline: true, filename: 'rapport é.txt' }));
    expect([named.status, named.headers.get('content-disposition')]).toEqual([200, 'inline; filename="rapport %C3%A9.txt"; filename*=UTF-8\'\'rapport%20%C3%A9.txt']);
    expect(await named.text()).toBe('hello, temp URL');
  });
});
