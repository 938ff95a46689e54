import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { InvalidInputError, isInvalidInputError, isOpenStackError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeSwift, SWIFT_ENDPOINT } from '../fake-swift.fixtures.js';
import { createTempUrl, type CreateTempUrlInput } from './index.js';
import * as fx from './temp-urls.fixtures.js';

const C = 'rec-container';
const OBJECT_URL = `${SWIFT_ENDPOINT}/${C}/rec-object.txt`;

/** The URL without its query, and the query as Swift's parse_qs would read it. */
function split(url: string): { path: string; query: Record<string, string> } {
  const parsed = new URL(url);
  return { path: `${parsed.origin}${parsed.pathname}`, query: Object.fromEntries(parsed.searchParams) };
}

afterEach(() => {
  jest.restoreAllMocks();
});

describe('createTempUrl', () => {
  const client = fakeSwift().client;
  const sign = async (name: string, input: CreateTempUrlInput): Promise<string> => createTempUrl(client, C, name, input);

  it('signs a GET with sha256 (the default) for a container and object under the client, sending nothing', async () => {
    const cloud = fakeSwift();
    const url = await createTempUrl(cloud.client, C, 'rec-object.txt', { method: 'GET', key: fx.KEY, expires: fx.EXPIRES });
    expect(url).toBe(`${OBJECT_URL}?temp_url_sig=${fx.getSha256.signature}&temp_url_expires=4102444800`);
    expect(cloud.requests).toEqual([]);
  });

  it('signs with sha512 as sha512:<url-safe base64> and with sha1 as hex', async () => {
    const sha512 = split(await sign('rec-object.txt', { method: 'GET', key: fx.KEY, expires: fx.EXPIRES, digest: 'sha512' }));
    expect(sha512.query).toEqual({ temp_url_sig: fx.getSha512.signature, temp_url_expires: '4102444800' });
    const sha1 = split(await sign('rec-object.txt', { method: 'GET', key: fx.KEY, expires: fx.EXPIRES, digest: 'sha1' }));
    expect(sha1.query).toEqual({ temp_url_sig: fx.getSha1.signature, temp_url_expires: '4102444800' });
    expect(sha512.path).toBe(OBJECT_URL);
  });

  it('signs each method: HEAD with a UTF-8 key, POST, DELETE', async () => {
    const sig = async (input: CreateTempUrlInput): Promise<string | undefined> => split(await sign('rec-object.txt', input)).query.temp_url_sig;
    expect(await sig({ method: 'HEAD', key: fx.KEY_UTF8, expires: fx.EXPIRES })).toBe(fx.headUtf8Key.signature);
    expect(await sig({ method: 'POST', key: fx.KEY, expires: fx.EXPIRES })).toBe(fx.postSha256.signature);
    expect(await sig({ method: 'DELETE', key: fx.KEY, expires: fx.EXPIRES, digest: 'sha512' })).toBe(fx.deleteSha512.signature);
  });

  it('percent-encodes a name with a space and a non-ASCII letter, and signs the path as Swift decodes it', async () => {
    const url = await sign('dir/a b ü.txt', { method: 'PUT', key: fx.KEY, expires: fx.EXPIRES });
    expect(split(url)).toEqual({
      path: `${SWIFT_ENDPOINT}/${C}/dir/a%20b%20%C3%BC.txt`,
      query: { temp_url_sig: fx.putDecodedName.signature, temp_url_expires: '4102444800' },
    });
  });

  it('signs a prefix once for every object under it (temp_url_prefix)', async () => {
    const input = { method: 'GET', key: fx.KEY, expires: fx.EXPIRES, prefix: 'pre/' } as const;
    const first = split(await sign('pre/a.txt', input));
    const second = split(await sign('pre/deeper/b.txt', input));
    expect(first).toEqual({
      path: `${SWIFT_ENDPOINT}/${C}/pre/a.txt`,
      query: { temp_url_sig: fx.prefixGet.signature, temp_url_expires: '4102444800', temp_url_prefix: 'pre/' },
    });
    expect(second.query).toEqual(first.query);
  });

  it('puts the IP range first in the signature and in temp_url_ip_range; an empty prefix covers the container', async () => {
    const v4 = await sign('rec-object.txt', { method: 'GET', key: fx.KEY, expires: fx.EXPIRES, ip_range: '127.0.0.0/8' });
    expect(split(v4).query).toEqual({ temp_url_sig: fx.ipRangeGet.signature, temp_url_expires: '4102444800', temp_url_ip_range: '127.0.0.0/8' });
    expect(v4).toContain('&temp_url_ip_range=127.0.0.0%2F8');
    const v6 = await sign('rec-object.txt', { method: 'GET', key: fx.KEY, expires: fx.EXPIRES, ip_range: '2001:db8::/32', prefix: '', digest: 'sha512' });
    expect(split(v6).query).toEqual({
      temp_url_sig: fx.ipv6PrefixGet.signature,
      temp_url_expires: '4102444800',
      temp_url_prefix: '',
      temp_url_ip_range: '2001:db8::/32',
    });
  });

  it("accepts the address forms Python's ip_network reads", async () => {
    for (const ip_range of ['203.0.113.7', '0.0.0.0/0', '10.0.0.0/8', '::1', '::', '1:2:3:4:5:6:7:8', '::ffff:127.0.0.1', '::ffff:127.0.0.0/104', 'fe80::/10', '2001:DB8::/32']) {
      expect(split(await sign('rec-object.txt', { method: 'GET', key: fx.KEY, expires: fx.EXPIRES, ip_range })).query.temp_url_ip_range).toBe(ip_range);
    }
  });

  it('takes the expiry as a Date (whole seconds) or seconds since the epoch, and can send it as ISO 8601', async () => {
    const fromDate = split(await sign('rec-object.txt', { method: 'GET', key: fx.KEY, expires: new Date(fx.EXPIRES * 1000 + 999) }));
    expect(fromDate.query).toEqual({ temp_url_sig: fx.getSha256.signature, temp_url_expires: '4102444800' });
    const iso = split(await sign('rec-object.txt', { method: 'GET', key: fx.KEY, expires: fx.EXPIRES, iso_timestamp: true }));
    // The signature covers the seconds; only the query shows the ISO form.
    expect(iso.query).toEqual({ temp_url_sig: fx.getSha256.signature, temp_url_expires: '2100-01-01T00:00:00Z' });
  });

  it('adds inline and filename unsigned', async () => {
    const url = await sign('rec-object.txt', { method: 'GET', key: fx.KEY, expires: fx.EXPIRES, inline: true, filename: 'My Test é.pdf' });
    expect(url).toBe(`${OBJECT_URL}?temp_url_sig=${fx.getSha256.signature}&temp_url_expires=4102444800&filename=My+Test+%C3%A9.pdf&inline`);
    expect(await sign('rec-object.txt', { method: 'GET', key: fx.KEY, expires: fx.EXPIRES, inline: false })).not.toContain('inline');
  });

  describe('refuses bad input before signing, without showing the key', () => {
    const secret = 'do-not-show-this-key';
    const base = { method: 'GET', key: secret, expires: fx.EXPIRES } as const;
    // [what, client endpoint (the fake's unless given), container, name, input, field]
    const cases: [string, string | undefined, unknown, unknown, unknown, string][] = [
      ['an object name with ".."', undefined, C, 'a/../b', base, 'name'],
      ['an object name with "."', undefined, C, './b', base, 'name'],
      ['an empty object name', undefined, C, '', base, 'name'],
      ['an object name that is not a string', undefined, C, 42, base, 'name'],
      ['a container name with "/"', undefined, 'a/b', 'o', base, 'container'],
      ['no container', undefined, undefined, 'o', base, 'container'],
      ['a storage URL under a path prefix', 'http://127.0.0.1/swift/v1/AUTH_rec', C, 'o', base, 'client.endpoint'],
      ['a storage URL of another version', 'http://127.0.0.1:8080/v2/AUTH_rec', C, 'o', base, 'client.endpoint'],
      ['an object name of slashes only', undefined, C, '//', base, 'name'],
      ['no input', undefined, C, 'o', undefined, 'input'],
      ['an input that is not an object', undefined, C, 'o', 'GET', 'input'],
      ['a method in lower case', undefined, C, 'o', { ...base, method: 'get' }, 'method'],
      ['no method', undefined, C, 'o', { ...base, method: undefined }, 'method'],
      ['an empty key', undefined, C, 'o', { ...base, key: '' }, 'key'],
      ['a key that is not a string', undefined, C, 'o', { ...base, key: 42 }, 'key'],
      ['an unknown digest', undefined, C, 'o', { ...base, digest: 'md5' }, 'digest'],
      ['a digest in upper case', undefined, C, 'o', { ...base, digest: 'SHA256' }, 'digest'],
      ['an expiry in the past', undefined, C, 'o', { ...base, expires: 1_000_000_000 }, 'expires'],
      ['an expiry of now', undefined, C, 'o', { ...base, expires: new Date() }, 'expires'],
      ['an expiry in milliseconds', undefined, C, 'o', { ...base, expires: 4102444800000 }, 'expires'],
      ['an expiry of fractional seconds', undefined, C, 'o', { ...base, expires: 4102444800.5 }, 'expires'],
      ['an invalid Date', undefined, C, 'o', { ...base, expires: new Date('soon') }, 'expires'],
      ['an expiry as a string', undefined, C, 'o', { ...base, expires: '4102444800' }, 'expires'],
      ['no expiry', undefined, C, 'o', { ...base, expires: undefined }, 'expires'],
      ['an object outside the prefix', undefined, C, 'o', { ...base, prefix: 'other/' }, 'prefix'],
      ['a prefix that is not a string', undefined, C, 'o', { ...base, prefix: 1 }, 'prefix'],
      ['an empty IP range', undefined, C, 'o', { ...base, ip_range: '' }, 'ip_range'],
      ['a block with host bits set', undefined, C, 'o', { ...base, ip_range: '127.0.0.1/8' }, 'ip_range'],
      ['an IPv6 block with host bits set', undefined, C, 'o', { ...base, ip_range: 'fe80::1/64' }, 'ip_range'],
      ['a prefix length over 32', undefined, C, 'o', { ...base, ip_range: '10.0.0.0/33' }, 'ip_range'],
      ['a prefix length over 128', undefined, C, 'o', { ...base, ip_range: '::/129' }, 'ip_range'],
      ['a leading zero', undefined, C, 'o', { ...base, ip_range: '10.0.0.01' }, 'ip_range'],
      ['an octet over 255', undefined, C, 'o', { ...base, ip_range: '10.0.0.256' }, 'ip_range'],
      ['two "::"', undefined, C, 'o', { ...base, ip_range: '1::2::3' }, 'ip_range'],
      ['nine IPv6 groups', undefined, C, 'o', { ...base, ip_range: '1:2:3:4:5:6:7:8:9' }, 'ip_range'],
      ['"::" standing for no group', undefined, C, 'o', { ...base, ip_range: '1:2:3:4::5:6:7:8' }, 'ip_range'],
      ['a host name', undefined, C, 'o', { ...base, ip_range: 'localhost' }, 'ip_range'],
      ['a newline', undefined, C, 'o', { ...base, ip_range: '10.0.0.1\nGET' }, 'ip_range'],
      ['two slashes', undefined, C, 'o', { ...base, ip_range: '10.0.0.0/8/8' }, 'ip_range'],
      ['iso_timestamp not a boolean', undefined, C, 'o', { ...base, iso_timestamp: 'yes' }, 'iso_timestamp'],
      ['inline not a boolean', undefined, C, 'o', { ...base, inline: 1 }, 'inline'],
      ['an empty filename', undefined, C, 'o', { ...base, filename: '' }, 'filename'],
      ['a filename that is not a string', undefined, C, 'o', { ...base, filename: 7 }, 'filename'],
    ];
    it.each(cases)('%s', async (_what, endpoint, container, name, input, field) => {
      const cloud = endpoint === undefined ? fakeSwift() : fakeSwift({ endpoint });
      const error = await rejectionOf(async () => createTempUrl(cloud.client, container as string, name as string, input as CreateTempUrlInput));
      expect(isInvalidInputError(error) && error instanceof InvalidInputError).toBe(true);
      expect((error as InvalidInputError).field).toBe(field);
      expect((error as Error).message).not.toContain(secret);
      expect(cloud.requests).toEqual([]);
    });

    it('and the base input is good', async () => {
      expect(split(await createTempUrl(client, C, 'rec-object.txt', base)).path).toBe(OBJECT_URL);
    });
  });

  it('says so when Web Crypto is missing (a browser page served over plain http)', async () => {
    const crypto = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true });
    try {
      const error = await rejectionOf(sign('rec-object.txt', { method: 'GET', key: fx.KEY, expires: fx.EXPIRES }));
      expect(isOpenStackError(error) && error.message).toMatch(/crypto\.subtle.*secure contexts/);
    } finally {
      if (crypto !== undefined) Object.defineProperty(globalThis, 'crypto', crypto);
    }
  });
});
