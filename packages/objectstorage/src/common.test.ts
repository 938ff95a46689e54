import { describe, expect, it } from '@jest/globals';
import { isInvalidInputError, isResponseError, ServiceResponse } from '@openstack-ts/core';
import {
  boolHeader,
  epochSeconds,
  expiryValues,
  fromHeaderValue,
  headerRecord,
  inputBag,
  intHeader,
  positiveCount,
  putMetadataHeaders,
  readMetadata,
  requireCount,
  textHeader,
  toHeaderValue,
  unquote,
} from './common.js';
import { containerPath } from './containers/urls.js';
import { objectPath } from './objects/urls.js';

/** What a synchronous helper threw (these are not operations: they throw, the operations reject). */
function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
}

function fieldOf(error: unknown): string | undefined {
  return isInvalidInputError(error) ? error.field : undefined;
}

describe('containerPath', () => {
  it('encodes a name for a path segment', () => {
    expect(containerPath('my container ü?#%')).toBe('my%20container%20%C3%BC%3F%23%25');
  });

  it('refuses an empty name, a "/" and more than 256 bytes of UTF-8', () => {
    expect(fieldOf(thrownBy(() => containerPath('')))).toBe('container');
    expect(fieldOf(thrownBy(() => containerPath('a/b')))).toBe('container');
    expect(fieldOf(thrownBy(() => containerPath(42 as unknown as string)))).toBe('container');
    expect(fieldOf(thrownBy(() => containerPath('.')))).toBe('container');
    expect(fieldOf(thrownBy(() => containerPath('..')))).toBe('container');
    expect(containerPath('...')).toBe('...');
    // 'é' is two bytes: 128 of them are 256 bytes (allowed), one more byte is too many.
    expect(containerPath('é'.repeat(128))).toBe('%C3%A9'.repeat(128));
    expect(fieldOf(thrownBy(() => containerPath(`${'é'.repeat(128)}a`)))).toBe('container');
  });
});

describe('objectPath', () => {
  it('keeps "/" in object names and encodes each segment', () => {
    expect(objectPath('c', 'a b/ü/?#/')).toBe('c/a%20b/%C3%BC/%3F%23/');
  });

  it('refuses "." and ".." segments, which URL parsers resolve, and keeps other dots', () => {
    for (const name of ['.', '..', 'a/../b', 'a/.', './a', 'a/./b']) expect([name, fieldOf(thrownBy(() => objectPath('c', name)))]).toEqual([name, 'name']);
    expect(objectPath('c', '.hidden/.../a..b/')).toBe('c/.hidden/.../a..b/');
  });

  it('validates the container too', () => {
    expect(fieldOf(thrownBy(() => objectPath('a/b', 'o')))).toBe('container');
  });

  it('refuses an empty name and more than 1024 bytes of UTF-8', () => {
    expect(fieldOf(thrownBy(() => objectPath('c', '')))).toBe('name');
    expect(fieldOf(thrownBy(() => objectPath('c', undefined as unknown as string)))).toBe('name');
    expect(objectPath('c', '€'.repeat(341) + 'a')).toHaveLength(2 + 341 * 9 + 1); // 1024 bytes
    expect(fieldOf(thrownBy(() => objectPath('c', '€'.repeat(341) + 'ab')))).toBe('name'); // 1025 bytes
  });
});

describe('header values', () => {
  it('sends ASCII as is and other text as its UTF-8 bytes, one per character', () => {
    expect(toHeaderValue('plain value', 'f')).toBe('plain value');
    expect(toHeaderValue('grün', 'f')).toBe('gr\u00c3\u00bcn');
    expect(toHeaderValue('€', 'f')).toBe('\u00e2\u0082\u00ac');
    expect(toHeaderValue('🦊', 'f')).toBe('\u00f0\u009f\u00a6\u008a');
  });

  it('refuses CR, LF, NUL and non-strings, naming the field', () => {
    for (const bad of ['a\rb', 'a\nb', 'a\0b']) expect(fieldOf(thrownBy(() => toHeaderValue(bad, 'metadata.x')))).toBe('metadata.x');
    expect(fieldOf(thrownBy(() => toHeaderValue(5 as unknown as string, 'content_type')))).toBe('content_type');
  });

  it('round-trips any text through the byte string', () => {
    for (const text of ['', 'ascii', 'grün', 'München €', '日本語のメタデータ', 'mixed 🦊 and ÿ', '\u00ff\u0100']) {
      const sent = toHeaderValue(text, 'f');
      expect(Array.from({ length: sent.length }, (_, i) => sent.charCodeAt(i)).every((code) => code <= 0xff)).toBe(true);
      // What fetch accepts as a header value is what it hands back.
      expect(new Headers({ x: sent }).get('x')).toBe(sent);
      expect(fromHeaderValue(sent)).toBe(text);
    }
  });

  it('leaves a value alone when it is not UTF-8 bytes', () => {
    expect(fromHeaderValue('\u00ff\u00fe')).toBe('\u00ff\u00fe'); // not valid UTF-8
    expect(fromHeaderValue('already decoded: ü€')).toBe('already decoded: ü€'); // a character above 0xff
  });
});

describe('metadata headers', () => {
  it('sets X-<Kind>-Meta-* and removes with X-Remove-<Kind>-Meta-*', () => {
    for (const kind of ['Account', 'Container'] as const) {
      const headers: Record<string, string> = {};
      putMetadataHeaders(headers, kind, { colour: 'grün', Plain_Key: 'v' }, ['old-key']);
      expect(headers).toEqual({
        [`X-${kind}-Meta-colour`]: 'gr\u00c3\u00bcn',
        [`X-${kind}-Meta-Plain_Key`]: 'v',
        [`X-Remove-${kind}-Meta-old-key`]: 'x',
      });
    }
  });

  it('removes object metadata with an empty value (objects have no X-Remove header)', () => {
    const headers: Record<string, string> = {};
    putMetadataHeaders(headers, 'Object', { a: '1' }, ['b']);
    expect(headers).toEqual({ 'X-Object-Meta-a': '1', 'X-Object-Meta-b': '' });
  });

  it('refuses keys that cannot be header names', () => {
    for (const key of ['', 'a b', 'ü', '-lead', 'a:b']) {
      expect(fieldOf(thrownBy(() => {
        putMetadataHeaders({}, 'Container', { [key]: 'v' });
      }))).toBe('metadata');
      expect(fieldOf(thrownBy(() => {
        putMetadataHeaders({}, 'Container', {}, [key]);
      }))).toBe('remove_metadata');
    }
  });

  it('reads metadata of one kind, keys in lower case, values decoded', () => {
    const headers = new Headers({
      'X-Container-Meta-Colour': 'gr\u00c3\u00bcn',
      'x-container-meta-temp-url-key': 'k',
      'X-Account-Meta-Other': 'not mine',
      'X-Container-Object-Count': '3',
    });
    expect(readMetadata(headers, 'container')).toEqual({ colour: 'grün', 'temp-url-key': 'k' });
    expect(readMetadata(headers, 'account')).toEqual({ other: 'not mine' });
    expect(readMetadata(headers, 'object')).toEqual({});
  });

  it('records every header with lower-case names and decoded values', () => {
    expect(headerRecord(new Headers({ 'X-Object-Meta-City': 'M\u00c3\u00bcnchen', ETag: 'abc' }))).toEqual({
      'x-object-meta-city': 'München',
      etag: 'abc',
    });
  });
});

describe('typed headers', () => {
  const response = (headers: Record<string, string>): ServiceResponse =>
    new ServiceResponse(new Response(null, { status: 204, headers }), { method: 'HEAD', url: 'http://127.0.0.1:8080/v1/AUTH_rec/c', text: '' });

  it('reads whole numbers, and nothing from an absent or empty header', () => {
    expect(intHeader(response({ 'x-container-object-count': '42' }), 'x-container-object-count')).toBe(42);
    expect(intHeader(response({}), 'x-container-object-count')).toBeUndefined();
    expect(intHeader(response({ 'x-container-object-count': '' }), 'x-container-object-count')).toBeUndefined();
  });

  it('raises ResponseError with the request ID for a header that is not a whole number', () => {
    for (const value of ['abc', '-1', '1.5', '1e3']) {
      const error = thrownBy(() => intHeader(response({ 'x-delete-at': value, 'x-openstack-request-id': 'tx1' }), 'x-delete-at'));
      expect(isResponseError(error) && [error.status, error.method, error.url, error.requestId]).toEqual([204, 'HEAD', 'http://127.0.0.1:8080/v1/AUTH_rec/c', 'tx1']);
      expect((error as Error).message).toContain('x-delete-at');
    }
    const viaTransId = thrownBy(() => intHeader(response({ 'x-delete-at': 'no', 'x-trans-id': 'tx2' }), 'x-delete-at'));
    expect(isResponseError(viaTransId) && viaTransId.requestId).toBe('tx2');
  });

  it('reads text (decoded) and Swift booleans', () => {
    expect(textHeader(response({ 'x-container-read': '.r:*' }), 'x-container-read')).toBe('.r:*');
    expect(textHeader(response({ 'x-container-meta-a': 'gr\u00c3\u00bcn' }), 'x-container-meta-a')).toBe('grün');
    expect(textHeader(response({}), 'x-container-read')).toBeUndefined();
    for (const yes of ['True', 'true', 'yes', '1', 'on']) expect(boolHeader(response({ 'x-versions-enabled': yes }), 'x-versions-enabled')).toBe(true);
    for (const no of ['False', 'false', 'no', '0', '']) expect(boolHeader(response({ 'x-versions-enabled': no }), 'x-versions-enabled')).toBe(false);
    expect(boolHeader(response({}), 'x-versions-enabled')).toBeUndefined();
  });
});

describe('small helpers', () => {
  it('unquotes a large object\'s ETag', () => {
    expect([unquote('"abc"'), unquote('abc'), unquote(undefined)]).toEqual(['abc', 'abc', undefined]);
  });

  it('accepts whole numbers ≥ 0 only', () => {
    expect(requireCount(0, 'limit')).toBe(0);
    expect(requireCount(10_000, 'limit')).toBe(10_000);
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) expect(fieldOf(thrownBy(() => requireCount(bad, 'limit')))).toBe('limit');
  });

  it('accepts whole numbers ≥ 1, with a default', () => {
    expect([positiveCount(undefined, 4, 'concurrency'), positiveCount(1, 4, 'concurrency')]).toEqual([4, 1]);
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(fieldOf(thrownBy(() => positiveCount(bad, 4, 'concurrency')))).toBe('concurrency');
  });

  it('reads times as whole seconds since the epoch, from a Date or a number', () => {
    expect([epochSeconds(new Date(1_795_883_906_999), 'delete_at'), epochSeconds(1_795_883_906, 'delete_at')]).toEqual(['1795883906', '1795883906']);
    for (const bad of [0, -5, 1.5, new Date(Number.NaN), '1795883906' as unknown as number]) expect(fieldOf(thrownBy(() => epochSeconds(bad, 'delete_at')))).toBe('delete_at');
  });

  it('takes delete_at or delete_after, never both', () => {
    expect(expiryValues({})).toEqual({});
    expect(expiryValues({ delete_after: 60 })).toEqual({ delete_after: '60' });
    expect(fieldOf(thrownBy(() => expiryValues({ delete_at: 1_795_883_906, delete_after: 60 })))).toBe('delete_at');
    for (const bad of [0, 2.5, -1]) expect(fieldOf(thrownBy(() => expiryValues({ delete_after: bad })))).toBe('delete_after');
  });

  it('checks input bags: undefined is {} unless required, anything but an object is refused', () => {
    const bag = { a: 1 };
    expect([inputBag(bag), inputBag(undefined)]).toEqual([bag, {}]);
    for (const bad of [null, 42, 'x', [1]]) expect(fieldOf(thrownBy(() => inputBag(bad as unknown as object)))).toBe('input');
    expect(fieldOf(thrownBy(() => inputBag(undefined, true)))).toBe('input');
  });
});
