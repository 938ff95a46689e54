import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { InvalidInputError, isInvalidInputError } from '@openstack-ts/core';
import { thrownBy } from '@openstack-ts/core/testing';
import { fakeSwift, SWIFT_ENDPOINT } from '../fake-swift.fixtures.js';
import { createFormPost, type CreateFormPostOptions } from './index.js';
import * as fx from './form-post.fixtures.js';

afterEach(() => {
  jest.restoreAllMocks();
});

describe('createFormPost', () => {
  it('signs a form for a prefix in a container, fields in the order to post them, sending nothing', async () => {
    const cloud = fakeSwift();
    const form = await createFormPost({
      client: cloud.client,
      container: 'rec-container',
      prefix: 'uploads/',
      key: fx.KEY,
      expires: fx.EXPIRES,
      maxFileSize: 1048576,
      maxFileCount: 2,
      redirect: 'https://example.com/done?x=1',
    });
    expect(form.url).toBe(`${SWIFT_ENDPOINT}/rec-container/uploads/`);
    expect(Object.entries(form.fields)).toEqual([
      ['redirect', 'https://example.com/done?x=1'],
      ['max_file_size', '1048576'],
      ['max_file_count', '2'],
      ['expires', '4102444800'],
      ['signature', fx.formSha256.signature],
    ]);
    expect(cloud.requests).toEqual([]);
  });

  it('signs an empty redirect line when there is none, with sha512 as sha512:<url-safe base64>', async () => {
    const form = await createFormPost({ url: `${SWIFT_ENDPOINT}/rec-container/uploads/`, key: fx.KEY, expires: fx.EXPIRES, maxFileSize: 1024, maxFileCount: 1, digest: 'sha512' });
    expect(form).toEqual({
      url: `${SWIFT_ENDPOINT}/rec-container/uploads/`,
      fields: { max_file_size: '1024', max_file_count: '1', expires: '4102444800', signature: fx.formSha512NoRedirect.signature },
    });
  });

  it('percent-encodes a prefix with a space and a non-ASCII letter, and signs it decoded (sha1, UTF-8 key)', async () => {
    const cloud = fakeSwift();
    const options = { key: fx.KEY_UTF8, expires: fx.EXPIRES, maxFileSize: 10, maxFileCount: 5, digest: 'sha1' } as const;
    const form = await createFormPost({ client: cloud.client, container: 'rec-container', prefix: 'ü dir/', ...options });
    expect(form.url).toBe(`${SWIFT_ENDPOINT}/rec-container/%C3%BC%20dir/`);
    expect(form.fields.signature).toBe(fx.formSha1Utf8Prefix.signature);
    expect(await createFormPost({ url: `${SWIFT_ENDPOINT}/rec-container/ü dir/`, ...options })).toEqual(form);
  });

  it('posts to the container itself without a prefix', async () => {
    const cloud = fakeSwift();
    const form = await createFormPost({ client: cloud.client, container: 'rec-container', key: fx.KEY, expiresIn: 60, maxFileSize: 1, maxFileCount: 1 });
    expect(form.url).toBe(`${SWIFT_ENDPOINT}/rec-container/`);
  });

  it('takes the expiry as a Date or expiresIn seconds from now', async () => {
    const base = { url: `${SWIFT_ENDPOINT}/rec-container/uploads/`, key: fx.KEY, maxFileSize: 1048576, maxFileCount: 2, redirect: 'https://example.com/done?x=1' };
    const fromDate = await createFormPost({ ...base, expires: new Date(fx.EXPIRES * 1000 + 500) });
    expect([fromDate.fields.expires, fromDate.fields.signature]).toEqual(['4102444800', fx.formSha256.signature]);
    jest.spyOn(Date, 'now').mockReturnValue((fx.EXPIRES - 600) * 1000);
    const fromNow = await createFormPost({ ...base, expiresIn: 600 });
    expect([fromNow.fields.expires, fromNow.fields.signature]).toEqual(['4102444800', fx.formSha256.signature]);
  });

  it('adds x_delete_at or x_delete_after after the signature, unsigned', async () => {
    const base = { url: `${SWIFT_ENDPOINT}/rec-container/uploads/`, key: fx.KEY, expires: fx.EXPIRES, maxFileSize: 1024, maxFileCount: 1, digest: 'sha512' } as const;
    const at = await createFormPost({ ...base, deleteAt: new Date(4102444900_000) });
    expect(Object.entries(at.fields).slice(-2)).toEqual([['signature', fx.formSha512NoRedirect.signature], ['x_delete_at', '4102444900']]);
    expect((await createFormPost({ ...base, deleteAt: 4102444901 })).fields.x_delete_at).toBe('4102444901');
    const after = await createFormPost({ ...base, deleteAfter: 86400 });
    expect(Object.entries(after.fields).slice(-2)).toEqual([['signature', fx.formSha512NoRedirect.signature], ['x_delete_after', '86400']]);
  });

  it('accepts the paths formpost reads: v1.0, and a container without its final slash', async () => {
    for (const url of ['http://127.0.0.1:8080/v1.0/AUTH_rec/rec-container/', `${SWIFT_ENDPOINT}/rec-container`]) {
      expect((await createFormPost({ url, key: fx.KEY, expires: fx.EXPIRES, maxFileSize: 1, maxFileCount: 1 })).url).toBe(url);
    }
  });

  it('builds a multipart body with the fields before the files', async () => {
    const { fields } = await createFormPost({ url: `${SWIFT_ENDPOINT}/rec-container/`, key: fx.KEY, expires: fx.EXPIRES, maxFileSize: 5, maxFileCount: 1, redirect: 'https://example.com/' });
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file1', new Blob(['hello']), 'hello.txt');
    const body = await new Response(form).text();
    const order = ['redirect', 'max_file_size', 'max_file_count', 'expires', 'signature', 'file1'].map((name) => body.indexOf(`name="${name}"`));
    expect(order.every((at, i) => at > (order[i - 1] ?? -1))).toBe(true);
  });

  describe('refuses bad input before signing, without showing the key', () => {
    const secret = 'do-not-show-this-key';
    const base = { url: `${SWIFT_ENDPOINT}/rec-container/`, key: secret, expires: fx.EXPIRES, maxFileSize: 10, maxFileCount: 1 } as const;
    const client = fakeSwift().client;
    const cases: [string, unknown, string][] = [
      ['no target', { key: secret, expires: fx.EXPIRES, maxFileSize: 10, maxFileCount: 1 }, 'url'],
      ['both a URL and a client', { ...base, client, container: 'c' }, 'url'],
      ['a relative URL', { ...base, url: '/v1/AUTH_rec/c/' }, 'url'],
      ['a URL with a query', { ...base, url: `${SWIFT_ENDPOINT}/rec-container/?x=1` }, 'url'],
      ['a version other than v1', { ...base, url: 'http://127.0.0.1:8080/v2/AUTH_rec/c/' }, 'url'],
      ['an account URL', { ...base, url: `${SWIFT_ENDPOINT}/` }, 'url'],
      ['a storage URL under a path prefix', { ...base, url: 'http://127.0.0.1/swift/v1/AUTH_rec/c/' }, 'url'],
      ['a container name with "/"', { ...base, url: undefined, client, container: 'a/b' }, 'container'],
      ['a prefix with ".."', { ...base, url: undefined, client, container: 'rec-container', prefix: 'a/../' }, 'prefix'],
      ['a prefix that is not a string', { ...base, url: undefined, client, container: 'rec-container', prefix: 3 }, 'prefix'],
      ['an empty key', { ...base, key: '' }, 'key'],
      ['an unknown digest', { ...base, digest: 'sha384' }, 'digest'],
      ['an expiry in the past', { ...base, expires: 1_000_000_000 }, 'expires'],
      ['no expiry', { ...base, expires: undefined }, 'expires'],
      ['expiresIn negative', { ...base, expires: undefined, expiresIn: -5 }, 'expiresIn'],
      ['a negative maxFileSize', { ...base, maxFileSize: -1 }, 'maxFileSize'],
      ['a fractional maxFileSize', { ...base, maxFileSize: 1.5 }, 'maxFileSize'],
      ['a maxFileSize as a string', { ...base, maxFileSize: '10' }, 'maxFileSize'],
      ['no maxFileSize', { ...base, maxFileSize: undefined }, 'maxFileSize'],
      ['maxFileCount 0', { ...base, maxFileCount: 0 }, 'maxFileCount'],
      ['no maxFileCount', { ...base, maxFileCount: undefined }, 'maxFileCount'],
      ['an empty redirect', { ...base, redirect: '' }, 'redirect'],
      ['a redirect that is not a string', { ...base, redirect: new URL('https://example.com/') }, 'redirect'],
      ['a redirect ending with "-"', { ...base, redirect: 'https://example.com/done-' }, 'redirect'],
      ['a redirect with a newline', { ...base, redirect: 'https://example.com/\nx' }, 'redirect'],
      ['a redirect over 4096 bytes', { ...base, redirect: `https://example.com/${'é'.repeat(2040)}` }, 'redirect'],
      ['deleteAt and deleteAfter', { ...base, deleteAt: 4102444900, deleteAfter: 60 }, 'deleteAt'],
      ['an invalid deleteAt Date', { ...base, deleteAt: new Date('later') }, 'deleteAt'],
      ['deleteAt 0', { ...base, deleteAt: 0 }, 'deleteAt'],
      ['deleteAt as a string', { ...base, deleteAt: '4102444900' }, 'deleteAt'],
      ['deleteAfter 0', { ...base, deleteAfter: 0 }, 'deleteAfter'],
      ['a fractional deleteAfter', { ...base, deleteAfter: 1.5 }, 'deleteAfter'],
    ];
    it.each(cases)('%s', (_what, options, field) => {
      const error = thrownBy(() => createFormPost(options as CreateFormPostOptions));
      expect(isInvalidInputError(error) && error instanceof InvalidInputError).toBe(true);
      expect((error as InvalidInputError).field).toBe(field);
      expect((error as Error).message).not.toContain(secret);
    });

    it('and the base options are good', async () => {
      expect((await createFormPost(base)).url).toBe(`${SWIFT_ENDPOINT}/rec-container/`);
    });
  });
});
