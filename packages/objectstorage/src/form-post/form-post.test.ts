import { describe, expect, it } from '@jest/globals';
import { InvalidInputError, isInvalidInputError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeSwift, SWIFT_ENDPOINT } from '../fake-swift.fixtures.js';
import { createFormPost, type CreateFormPostInput } from './index.js';
import * as fx from './form-post.fixtures.js';

const C = 'rec-container';

describe('createFormPost', () => {
  const client = fakeSwift().client;

  it('signs a form for a prefix in a container, fields in the order to post them, sending nothing', async () => {
    const cloud = fakeSwift();
    const form = await createFormPost(cloud.client, C, {
      prefix: 'uploads/',
      key: fx.KEY,
      expires: fx.EXPIRES,
      max_file_size: 1048576,
      max_file_count: 2,
      redirect: 'https://example.com/done?x=1',
    });
    expect(form.url).toBe(`${SWIFT_ENDPOINT}/${C}/uploads/`);
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
    const form = await createFormPost(client, C, { prefix: 'uploads/', key: fx.KEY, expires: fx.EXPIRES, max_file_size: 1024, max_file_count: 1, digest: 'sha512' });
    expect(form).toEqual({
      url: `${SWIFT_ENDPOINT}/${C}/uploads/`,
      fields: { max_file_size: '1024', max_file_count: '1', expires: '4102444800', signature: fx.formSha512NoRedirect.signature },
    });
  });

  it('percent-encodes a prefix with a space and a non-ASCII letter, and signs it decoded (sha1, UTF-8 key)', async () => {
    const form = await createFormPost(client, C, { prefix: 'ü dir/', key: fx.KEY_UTF8, expires: fx.EXPIRES, max_file_size: 10, max_file_count: 5, digest: 'sha1' });
    expect(form.url).toBe(`${SWIFT_ENDPOINT}/${C}/%C3%BC%20dir/`);
    expect(form.fields.signature).toBe(fx.formSha1Utf8Prefix.signature);
  });

  it('posts to the container itself without a prefix', async () => {
    const form = await createFormPost(client, C, { key: fx.KEY, expires: new Date(Date.now() + 60_000), max_file_size: 1, max_file_count: 1 });
    expect(form.url).toBe(`${SWIFT_ENDPOINT}/${C}/`);
  });

  it('takes the expiry as a Date (whole seconds) or seconds since the epoch', async () => {
    const base = { prefix: 'uploads/', key: fx.KEY, max_file_size: 1048576, max_file_count: 2, redirect: 'https://example.com/done?x=1' };
    const fromDate = await createFormPost(client, C, { ...base, expires: new Date(fx.EXPIRES * 1000 + 500) });
    expect([fromDate.fields.expires, fromDate.fields.signature]).toEqual(['4102444800', fx.formSha256.signature]);
    const fromSeconds = await createFormPost(client, C, { ...base, expires: fx.EXPIRES });
    expect(fromSeconds).toEqual(fromDate);
  });

  it('adds x_delete_at or x_delete_after after the signature, unsigned', async () => {
    const base = { prefix: 'uploads/', key: fx.KEY, expires: fx.EXPIRES, max_file_size: 1024, max_file_count: 1, digest: 'sha512' } as const;
    const at = await createFormPost(client, C, { ...base, delete_at: new Date(4102444900_000) });
    expect(Object.entries(at.fields).slice(-2)).toEqual([['signature', fx.formSha512NoRedirect.signature], ['x_delete_at', '4102444900']]);
    expect((await createFormPost(client, C, { ...base, delete_at: 4102444901 })).fields.x_delete_at).toBe('4102444901');
    const after = await createFormPost(client, C, { ...base, delete_after: 86400 });
    expect(Object.entries(after.fields).slice(-2)).toEqual([['signature', fx.formSha512NoRedirect.signature], ['x_delete_after', '86400']]);
  });

  it('accepts a storage URL of version v1.0, which formpost reads', async () => {
    const v10 = fakeSwift({ endpoint: 'http://127.0.0.1:8080/v1.0/AUTH_rec' }).client;
    expect((await createFormPost(v10, C, { key: fx.KEY, expires: fx.EXPIRES, max_file_size: 1, max_file_count: 1 })).url).toBe(`http://127.0.0.1:8080/v1.0/AUTH_rec/${C}/`);
  });

  it('builds a multipart body with the fields before the files', async () => {
    const { fields } = await createFormPost(client, C, { key: fx.KEY, expires: fx.EXPIRES, max_file_size: 5, max_file_count: 1, redirect: 'https://example.com/' });
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file1', new Blob(['hello']), 'hello.txt');
    const body = await new Response(form).text();
    const order = ['redirect', 'max_file_size', 'max_file_count', 'expires', 'signature', 'file1'].map((name) => body.indexOf(`name="${name}"`));
    expect(order.every((at, i) => at > (order[i - 1] ?? -1))).toBe(true);
  });

  describe('refuses bad input before signing, without showing the key', () => {
    const secret = 'do-not-show-this-key';
    const base = { key: secret, expires: fx.EXPIRES, max_file_size: 10, max_file_count: 1 } as const;
    // [what, client endpoint (the fake's unless given), container, input, field]
    const cases: [string, string | undefined, unknown, unknown, string][] = [
      ['a storage URL of another version', 'http://127.0.0.1:8080/v2/AUTH_rec', C, base, 'client.endpoint'],
      ['a storage URL under a path prefix', 'http://127.0.0.1/swift/v1/AUTH_rec', C, base, 'client.endpoint'],
      ['a container name with "/"', undefined, 'a/b', base, 'container'],
      ['no container', undefined, undefined, base, 'container'],
      ['a prefix with ".."', undefined, C, { ...base, prefix: 'a/../' }, 'prefix'],
      ['a prefix that is not a string', undefined, C, { ...base, prefix: 3 }, 'prefix'],
      ['no input', undefined, C, undefined, 'input'],
      ['an input that is not an object', undefined, C, 42, 'input'],
      ['an empty key', undefined, C, { ...base, key: '' }, 'key'],
      ['an unknown digest', undefined, C, { ...base, digest: 'sha384' }, 'digest'],
      ['an expiry in the past', undefined, C, { ...base, expires: 1_000_000_000 }, 'expires'],
      ['no expiry', undefined, C, { ...base, expires: undefined }, 'expires'],
      ['an expiry as a string', undefined, C, { ...base, expires: '4102444800' }, 'expires'],
      ['a negative max_file_size', undefined, C, { ...base, max_file_size: -1 }, 'max_file_size'],
      ['a fractional max_file_size', undefined, C, { ...base, max_file_size: 1.5 }, 'max_file_size'],
      ['a max_file_size as a string', undefined, C, { ...base, max_file_size: '10' }, 'max_file_size'],
      ['no max_file_size', undefined, C, { ...base, max_file_size: undefined }, 'max_file_size'],
      ['max_file_count 0', undefined, C, { ...base, max_file_count: 0 }, 'max_file_count'],
      ['no max_file_count', undefined, C, { ...base, max_file_count: undefined }, 'max_file_count'],
      ['an empty redirect', undefined, C, { ...base, redirect: '' }, 'redirect'],
      ['a redirect that is not a string', undefined, C, { ...base, redirect: new URL('https://example.com/') }, 'redirect'],
      ['a redirect ending with "-"', undefined, C, { ...base, redirect: 'https://example.com/done-' }, 'redirect'],
      ['a redirect with a newline', undefined, C, { ...base, redirect: 'https://example.com/\nx' }, 'redirect'],
      ['a redirect over 4096 bytes', undefined, C, { ...base, redirect: `https://example.com/${'é'.repeat(2040)}` }, 'redirect'],
      ['delete_at and delete_after', undefined, C, { ...base, delete_at: 4102444900, delete_after: 60 }, 'delete_at'],
      ['an invalid delete_at Date', undefined, C, { ...base, delete_at: new Date('later') }, 'delete_at'],
      ['delete_at 0', undefined, C, { ...base, delete_at: 0 }, 'delete_at'],
      ['delete_at as a string', undefined, C, { ...base, delete_at: '4102444900' }, 'delete_at'],
      ['delete_after 0', undefined, C, { ...base, delete_after: 0 }, 'delete_after'],
      ['a fractional delete_after', undefined, C, { ...base, delete_after: 1.5 }, 'delete_after'],
    ];
    it.each(cases)('%s', async (_what, endpoint, container, input, field) => {
      const cloud = endpoint === undefined ? fakeSwift() : fakeSwift({ endpoint });
      const error = await rejectionOf(async () => createFormPost(cloud.client, container as string, input as CreateFormPostInput));
      expect(isInvalidInputError(error) && error instanceof InvalidInputError).toBe(true);
      expect((error as InvalidInputError).field).toBe(field);
      expect((error as Error).message).not.toContain(secret);
      expect(cloud.requests).toEqual([]);
    });

    it('and the base input is good', async () => {
      expect((await createFormPost(client, C, base)).url).toBe(`${SWIFT_ENDPOINT}/${C}/`);
    });
  });
});
