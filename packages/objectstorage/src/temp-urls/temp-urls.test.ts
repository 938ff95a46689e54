import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { InvalidInputError, isInvalidInputError, isOpenStackError } from '@openstack-ts/core';
import { createFakeCloud, thrownBy } from '@openstack-ts/core/testing';
import { fakeSwift, SWIFT_ENDPOINT } from '../fake-swift.fixtures.js';
import { createTempUrl, type CreateTempUrlOptions } from './index.js';
import * as fx from './temp-urls.fixtures.js';

const OBJECT_URL = `${SWIFT_ENDPOINT}/rec-container/rec-object.txt`;

/** The URL without its query, and the query as Swift's parse_qs would read it. */
function split(url: string): { path: string; query: Record<string, string> } {
  const parsed = new URL(url);
  return { path: `${parsed.origin}${parsed.pathname}`, query: Object.fromEntries(parsed.searchParams) };
}

afterEach(() => {
  jest.restoreAllMocks();
});

describe('createTempUrl', () => {
  it('signs a GET with sha256 (the default) for a container and object under the client, sending nothing', async () => {
    const cloud = fakeSwift();
    const url = await createTempUrl({ client: cloud.client, container: 'rec-container', name: 'rec-object.txt', method: 'GET', key: fx.KEY, expires: fx.EXPIRES });
    expect(url).toBe(`${OBJECT_URL}?temp_url_sig=${fx.getSha256.signature}&temp_url_expires=4102444800`);
    expect(cloud.requests).toEqual([]);
  });

  it('signs with sha512 as sha512:<url-safe base64> and with sha1 as hex', async () => {
    const sha512 = split(await createTempUrl({ url: OBJECT_URL, method: 'GET', key: fx.KEY, expires: fx.EXPIRES, digest: 'sha512' }));
    expect(sha512.query).toEqual({ temp_url_sig: fx.getSha512.signature, temp_url_expires: '4102444800' });
    const sha1 = split(await createTempUrl({ url: OBJECT_URL, method: 'GET', key: fx.KEY, expires: fx.EXPIRES, digest: 'sha1' }));
    expect(sha1.query).toEqual({ temp_url_sig: fx.getSha1.signature, temp_url_expires: '4102444800' });
    expect(sha512.path).toBe(OBJECT_URL);
  });

  it('signs each method: HEAD with a UTF-8 key, POST, DELETE', async () => {
    const sig = async (options: CreateTempUrlOptions): Promise<string | undefined> => split(await createTempUrl(options)).query.temp_url_sig;
    expect(await sig({ url: OBJECT_URL, method: 'HEAD', key: fx.KEY_UTF8, expires: fx.EXPIRES })).toBe(fx.headUtf8Key.signature);
    expect(await sig({ url: OBJECT_URL, method: 'POST', key: fx.KEY, expires: fx.EXPIRES })).toBe(fx.postSha256.signature);
    expect(await sig({ url: OBJECT_URL, method: 'DELETE', key: fx.KEY, expires: fx.EXPIRES, digest: 'sha512' })).toBe(fx.deleteSha512.signature);
  });

  it('percent-encodes a name with a space and a non-ASCII letter, and signs the path as Swift decodes it', async () => {
    const cloud = fakeSwift();
    const fromName = await createTempUrl({ client: cloud.client, container: 'rec-container', name: 'dir/a b ü.txt', method: 'PUT', key: fx.KEY, expires: fx.EXPIRES });
    expect(split(fromName)).toEqual({
      path: `${SWIFT_ENDPOINT}/rec-container/dir/a%20b%20%C3%BC.txt`,
      query: { temp_url_sig: fx.putDecodedName.signature, temp_url_expires: '4102444800' },
    });
    // The same object given as a URL, encoded or not, is the same temp URL.
    expect(await createTempUrl({ url: `${SWIFT_ENDPOINT}/rec-container/dir/a b ü.txt`, method: 'PUT', key: fx.KEY, expires: fx.EXPIRES })).toBe(fromName);
    expect(await createTempUrl({ url: `${SWIFT_ENDPOINT}/rec-container/dir/a%20b%20%C3%BC.txt`, method: 'PUT', key: fx.KEY, expires: fx.EXPIRES })).toBe(fromName);
  });

  it('signs a prefix once for every object under it (temp_url_prefix)', async () => {
    const cloud = fakeSwift();
    const options = { method: 'GET', key: fx.KEY, expires: fx.EXPIRES, prefix: 'pre/' } as const;
    const first = split(await createTempUrl({ client: cloud.client, container: 'rec-container', name: 'pre/a.txt', ...options }));
    const second = split(await createTempUrl({ url: `${SWIFT_ENDPOINT}/rec-container/pre/deeper/b.txt`, ...options }));
    expect(first).toEqual({
      path: `${SWIFT_ENDPOINT}/rec-container/pre/a.txt`,
      query: { temp_url_sig: fx.prefixGet.signature, temp_url_expires: '4102444800', temp_url_prefix: 'pre/' },
    });
    expect(second.query).toEqual(first.query);
  });

  it('puts the IP range first in the signature and in temp_url_ip_range; an empty prefix covers the container', async () => {
    const v4 = await createTempUrl({ url: OBJECT_URL, method: 'GET', key: fx.KEY, expires: fx.EXPIRES, ipRange: '127.0.0.0/8' });
    expect(split(v4).query).toEqual({ temp_url_sig: fx.ipRangeGet.signature, temp_url_expires: '4102444800', temp_url_ip_range: '127.0.0.0/8' });
    expect(v4).toContain('&temp_url_ip_range=127.0.0.0%2F8');
    const v6 = await createTempUrl({ url: OBJECT_URL, method: 'GET', key: fx.KEY, expires: fx.EXPIRES, ipRange: '2001:db8::/32', prefix: '', digest: 'sha512' });
    expect(split(v6).query).toEqual({
      temp_url_sig: fx.ipv6PrefixGet.signature,
      temp_url_expires: '4102444800',
      temp_url_prefix: '',
      temp_url_ip_range: '2001:db8::/32',
    });
  });

  it('accepts the address forms Python\'s ip_network reads', async () => {
    for (const ipRange of ['203.0.113.7', '0.0.0.0/0', '10.0.0.0/8', '::1', '::', '1:2:3:4:5:6:7:8', '::ffff:127.0.0.1', '::ffff:127.0.0.0/104', 'fe80::/10', '2001:DB8::/32']) {
      expect(split(await createTempUrl({ url: OBJECT_URL, method: 'GET', key: fx.KEY, expires: fx.EXPIRES, ipRange })).query.temp_url_ip_range).toBe(ipRange);
    }
  });

  it('takes the expiry as a Date (whole seconds) or expiresIn seconds from now, and can send it as ISO 8601', async () => {
    const fromDate = split(await createTempUrl({ url: OBJECT_URL, method: 'GET', key: fx.KEY, expires: new Date(fx.EXPIRES * 1000 + 999) }));
    expect(fromDate.query).toEqual({ temp_url_sig: fx.getSha256.signature, temp_url_expires: '4102444800' });
    jest.spyOn(Date, 'now').mockReturnValue((fx.EXPIRES - 3600) * 1000 + 250);
    const fromNow = split(await createTempUrl({ url: OBJECT_URL, method: 'GET', key: fx.KEY, expiresIn: 3600, isoTimestamp: true }));
    // The signature covers the seconds; only the query shows the ISO form.
    expect(fromNow.query).toEqual({ temp_url_sig: fx.getSha256.signature, temp_url_expires: '2100-01-01T00:00:00Z' });
  });

  it('adds inline and filename unsigned', async () => {
    const url = await createTempUrl({ url: OBJECT_URL, method: 'GET', key: fx.KEY, expires: fx.EXPIRES, inline: true, filename: 'My Test é.pdf' });
    expect(url).toBe(`${OBJECT_URL}?temp_url_sig=${fx.getSha256.signature}&temp_url_expires=4102444800&filename=My+Test+%C3%A9.pdf&inline`);
    expect(await createTempUrl({ url: OBJECT_URL, method: 'GET', key: fx.KEY, expires: fx.EXPIRES, inline: false })).not.toContain('inline');
  });

  describe('refuses bad input before signing, without showing the key', () => {
    const secret = 'do-not-show-this-key';
    const base = { url: OBJECT_URL, method: 'GET', key: secret, expires: fx.EXPIRES } as const;
    const client = fakeSwift().client;
    const prefixed = createFakeCloud({ serviceType: 'object-store', endpoint: 'http://127.0.0.1/swift/v1/AUTH_rec' }).client;
    const cases: [string, unknown, string][] = [
      ['no target', { method: 'GET', key: secret, expires: fx.EXPIRES }, 'url'],
      ['both a URL and a client', { ...base, client, container: 'c', name: 'o' }, 'url'],
      ['a relative URL', { ...base, url: '/v1/AUTH_rec/c/o' }, 'url'],
      ['a URL that is not a string', { ...base, url: new URL(OBJECT_URL) }, 'url'],
      ['an ftp URL', { ...base, url: 'ftp://127.0.0.1/v1/AUTH_rec/c/o' }, 'url'],
      ['a URL with a query', { ...base, url: `${OBJECT_URL}?multipart-manifest=get` }, 'url'],
      ['a URL with a fragment', { ...base, url: `${OBJECT_URL}#top` }, 'url'],
      ['a URL ending with an empty query', { ...base, url: `${OBJECT_URL}?` }, 'url'],
      ['a URL ending with an empty fragment', { ...base, url: `${OBJECT_URL}#` }, 'url'],
      ['a URL with credentials', { ...base, url: 'http://u:p@127.0.0.1:8080/v1/AUTH_rec/c/o' }, 'url'],
      ['a version other than v1', { ...base, url: 'http://127.0.0.1:8080/v2/AUTH_rec/c/o' }, 'url'],
      ['a storage URL under a path prefix', { ...base, url: 'http://127.0.0.1/swift/v1/AUTH_rec/c/o' }, 'url'],
      ['a container URL', { ...base, url: `${SWIFT_ENDPOINT}/rec-container/` }, 'url'],
      ['an object name of slashes only', { ...base, url: `${SWIFT_ENDPOINT}/rec-container//` }, 'url'],
      ['a path that is not UTF-8', { ...base, url: `${SWIFT_ENDPOINT}/rec-container/%FF` }, 'url'],
      ['an object name with ".."', { client, container: 'rec-container', name: 'a/../b', method: 'GET', key: secret, expires: fx.EXPIRES }, 'name'],
      ['an object name with "."', { client, container: 'rec-container', name: './b', method: 'GET', key: secret, expires: fx.EXPIRES }, 'name'],
      ['an empty object name', { client, container: 'rec-container', name: '', method: 'GET', key: secret, expires: fx.EXPIRES }, 'name'],
      ['a container name with "/"', { client, container: 'a/b', name: 'o', method: 'GET', key: secret, expires: fx.EXPIRES }, 'container'],
      ['a client whose storage URL is under a path prefix', { client: prefixed, container: 'c', name: 'o', method: 'GET', key: secret, expires: fx.EXPIRES }, 'client.endpoint'],
      ['a method in lower case', { ...base, method: 'get' }, 'method'],
      ['no method', { ...base, method: undefined }, 'method'],
      ['an empty key', { ...base, key: '' }, 'key'],
      ['a key that is not a string', { ...base, key: 42 }, 'key'],
      ['an unknown digest', { ...base, digest: 'md5' }, 'digest'],
      ['a digest in upper case', { ...base, digest: 'SHA256' }, 'digest'],
      ['an expiry in the past', { ...base, expires: 1_000_000_000 }, 'expires'],
      ['an expiry of now', { ...base, expires: new Date() }, 'expires'],
      ['an expiry in milliseconds', { ...base, expires: 4102444800000 }, 'expires'],
      ['an expiry of fractional seconds', { ...base, expires: 4102444800.5 }, 'expires'],
      ['an invalid Date', { ...base, expires: new Date('soon') }, 'expires'],
      ['an expiry as a string', { ...base, expires: '4102444800' }, 'expires'],
      ['both expires and expiresIn', { ...base, expiresIn: 60 }, 'expires'],
      ['no expiry', { ...base, expires: undefined }, 'expires'],
      ['expiresIn 0', { ...base, expires: undefined, expiresIn: 0 }, 'expiresIn'],
      ['expiresIn in fractions', { ...base, expires: undefined, expiresIn: 1.5 }, 'expiresIn'],
      ['an object outside the prefix', { ...base, prefix: 'other/' }, 'prefix'],
      ['a prefix that is not a string', { ...base, prefix: 1 }, 'prefix'],
      ['an empty IP range', { ...base, ipRange: '' }, 'ipRange'],
      ['a block with host bits set', { ...base, ipRange: '127.0.0.1/8' }, 'ipRange'],
      ['an IPv6 block with host bits set', { ...base, ipRange: 'fe80::1/64' }, 'ipRange'],
      ['a prefix length over 32', { ...base, ipRange: '10.0.0.0/33' }, 'ipRange'],
      ['a prefix length over 128', { ...base, ipRange: '::/129' }, 'ipRange'],
      ['a leading zero', { ...base, ipRange: '10.0.0.01' }, 'ipRange'],
      ['an octet over 255', { ...base, ipRange: '10.0.0.256' }, 'ipRange'],
      ['two "::"', { ...base, ipRange: '1::2::3' }, 'ipRange'],
      ['nine IPv6 groups', { ...base, ipRange: '1:2:3:4:5:6:7:8:9' }, 'ipRange'],
      ['"::" standing for no group', { ...base, ipRange: '1:2:3:4::5:6:7:8' }, 'ipRange'],
      ['a host name', { ...base, ipRange: 'localhost' }, 'ipRange'],
      ['a newline', { ...base, ipRange: '10.0.0.1\nGET' }, 'ipRange'],
      ['two slashes', { ...base, ipRange: '10.0.0.0/8/8' }, 'ipRange'],
      ['isoTimestamp not a boolean', { ...base, isoTimestamp: 'yes' }, 'isoTimestamp'],
      ['inline not a boolean', { ...base, inline: 1 }, 'inline'],
      ['an empty filename', { ...base, filename: '' }, 'filename'],
      ['a filename that is not a string', { ...base, filename: 7 }, 'filename'],
    ];
    it.each(cases)('%s', (_what, options, field) => {
      const error = thrownBy(() => createTempUrl(options as CreateTempUrlOptions));
      expect(isInvalidInputError(error) && error instanceof InvalidInputError).toBe(true);
      expect((error as InvalidInputError).field).toBe(field);
      expect((error as Error).message).not.toContain(secret);
    });

    it('and the base options are good', async () => {
      expect(split(await createTempUrl(base)).path).toBe(OBJECT_URL);
    });
  });

  it('says so when Web Crypto is missing (a browser page served over plain http)', async () => {
    const crypto = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true });
    try {
      const error = await createTempUrl({ url: OBJECT_URL, method: 'GET', key: fx.KEY, expires: fx.EXPIRES }).catch((e: unknown) => e);
      expect(isOpenStackError(error) && error.message).toMatch(/crypto\.subtle.*secure contexts/);
    } finally {
      if (crypto !== undefined) Object.defineProperty(globalThis, 'crypto', crypto);
    }
  });
});
