import { describe, expect, it } from '@jest/globals';
import { isInvalidInputError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { checkData, memoryBytes, observedStream, prepareUpload, verifiedDownload, type ObjectData, type TransferProgress } from './bodies.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const md5 = (text: string): string => createHash('md5').update(text).digest('hex');

/** Reads a stream to its end; resolves with the text, or rejects with the error the stream ends in. */
async function readText(stream: ReadableStream<Uint8Array>): Promise<string> {
  const reader = stream.getReader();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    text += decoder.decode(value, { stream: true });
  }
}

/** Rejects when `promise` has not settled within a second: a stalled stream never does. */
async function stalls<T>(promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error('stalled: nothing settled within a second'));
    }, 1000);
  });
  return Promise.race([promise, timeout]).finally(() => {
    clearTimeout(timer);
  });
}


/** What a synchronous helper threw (these are not operations: they throw, the operations reject). */
function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
}

function webStream(...chunks: string[]): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function* generator(...chunks: (string | Uint8Array)[]): AsyncGenerator<string | Uint8Array> {
  for (const chunk of chunks) yield chunk;
}

/** Every kind of object data, each holding "hello world". */
function everyKind(): [string, ObjectData][] {
  return [
    ['string', 'hello world'],
    ['Uint8Array', encoder.encode('hello world')],
    ['ArrayBuffer', encoder.encode('hello world').buffer],
    ['Blob', new Blob(['hello ', 'world'])],
    ['ReadableStream', webStream('hello ', 'world')],
    ['async generator', generator('hello', encoder.encode(' world'))],
    ['Node Readable', Readable.from(['hello', ' ', Buffer.from('world')])],
  ];
}

describe('memoryBytes and checkData', () => {
  it('gives the bytes of data in memory, strings as UTF-8', () => {
    const bytes = encoder.encode('ü');
    expect(memoryBytes('ü')).toEqual(bytes);
    expect(memoryBytes(bytes)).toBe(bytes);
    expect(memoryBytes(bytes.buffer)).toEqual(bytes);
    expect(memoryBytes(new Blob(['x']))).toBeUndefined();
    expect(memoryBytes(webStream('x'))).toBeUndefined();
  });

  it('accepts every kind of object data and refuses anything else', () => {
    for (const [, data] of everyKind()) expect(checkData(data)).toBe(data);
    for (const bad of [null, undefined, 42, {}, ['a'], new Uint16Array(2)]) {
      const error = thrownBy(() => checkData(bad));
      expect(isInvalidInputError(error) && error.field).toBe('body');
    }
  });
});

describe('observedStream', () => {
  it('streams every kind of data, reporting each chunk and the end once', async () => {
    for (const [kind, data] of everyKind()) {
      const seen: string[] = [];
      let ends = 0;
      const text = await readText(observedStream(data, (chunk) => seen.push(decoder.decode(chunk)), () => (ends += 1)));
      expect([kind, text, seen.join(''), ends]).toEqual([kind, 'hello world', 'hello world', 1]);
    }
  });

  // A pull() that returns without enqueueing is not called again (highWaterMark 0): empty
  // chunks must be skipped inside one pull, or the stream stalls for good.
  it('skips empty chunks instead of stalling on them', async () => {
    const seen: number[] = [];
    const text = await stalls(readText(observedStream(generator('a', '', new Uint8Array(0), 'b'), (chunk) => seen.push(chunk.byteLength), () => undefined)));
    expect([text, seen]).toEqual(['ab', [1, 1]]);
  });

  it('errors with InvalidInputError when a source yields something that is not bytes', async () => {
    const source = (async function* () {
      yield 42;
    })() as unknown as AsyncIterable<string>;
    const error = await rejectionOf(readText(observedStream(source, () => undefined, () => undefined)));
    expect(isInvalidInputError(error) && error.field).toBe('body');
  });

  it('reads nothing before it is asked, and lets a cancel reach the source', async () => {
    let pulled = 0;
    let finished = false;
    const source = (async function* () {
      try {
        for (;;) {
          pulled += 1;
          yield 'chunk';
        }
      } finally {
        finished = true;
      }
    })();
    const stream = observedStream(source, () => undefined, () => undefined);
    await Promise.resolve();
    expect(pulled).toBe(0);
    const reader = stream.getReader();
    await reader.read();
    await reader.cancel('enough');
    expect([pulled, finished]).toEqual([1, true]);
  });
});

describe('prepareUpload', () => {
  it('hashes data in memory first and sends the bytes, again for each attempt', async () => {
    const prepared = prepareUpload('hello world', { hash: true });
    expect(prepared.knownMd5).toBe(md5('hello world'));
    expect(typeof prepared.body).toBe('function');
    const body = prepared.body as () => Promise<BodyInit>;
    expect(decoder.decode((await body()) as Uint8Array)).toBe('hello world');
    expect(decoder.decode((await body()) as Uint8Array)).toBe('hello world');
    expect(prepared.sent()).toEqual({ md5: md5('hello world'), bytes: 11, complete: true });
  });

  it('hashes nothing when told not to', async () => {
    const prepared = prepareUpload(encoder.encode('abc'), { hash: false });
    expect(prepared.knownMd5).toBeUndefined();
    await (prepared.body as () => Promise<BodyInit>)();
    expect(prepared.sent()).toEqual({ md5: undefined, bytes: 3, complete: true });
  });

  it('sends a stream once, hashing and counting it as it goes', async () => {
    const prepared = prepareUpload(generator('stream', ' data'), { hash: true });
    expect(prepared.knownMd5).toBeUndefined();
    expect(prepared.body).toBeInstanceOf(ReadableStream);
    expect(prepared.sent()).toEqual({ md5: undefined, bytes: 0, complete: false });
    expect(await readText(prepared.body as ReadableStream<Uint8Array>)).toBe('stream data');
    expect(prepared.sent()).toEqual({ md5: md5('stream data'), bytes: 11, complete: true });
  });

  it('knows nothing of a stream not read to its end', async () => {
    const prepared = prepareUpload(webStream('part one', 'part two'), { hash: true });
    const reader = (prepared.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    expect(prepared.sent()).toEqual({ md5: undefined, bytes: 8, complete: false });
  });

  it('sends a Blob again for each attempt, as a stream of known size', async () => {
    const progress: TransferProgress[] = [];
    const prepared = prepareUpload(new Blob(['hello world']), { hash: true, onProgress: (p) => progress.push(p) });
    const body = prepared.body as () => Promise<BodyInit>;
    expect(await readText((await body()) as ReadableStream<Uint8Array>)).toBe('hello world');
    expect(await readText((await body()) as ReadableStream<Uint8Array>)).toBe('hello world');
    expect(prepared.sent()).toEqual({ md5: md5('hello world'), bytes: 11, complete: true });
    expect(progress.at(-1)).toEqual({ bytes: 11, total: 11 });
  });

  it('where fetch cannot stream a body (browsers), sends a Blob itself, hashes it beside the upload and reports its size once stored', async () => {
    const progress: TransferProgress[] = [];
    const blob = new Blob(['hello world']);
    const prepared = prepareUpload(blob, { hash: true, onProgress: (p) => progress.push(p), wholeBlobs: true });
    const body = prepared.body as () => Promise<BodyInit>;
    expect(await body()).toBe(blob);
    expect(await body()).toBe(blob);
    expect(prepared.knownLength).toBe(11);
    expect(prepared.sent()).toEqual({ md5: undefined, bytes: 0, complete: false });
    expect(progress).toEqual([]);
    await prepared.settle();
    expect(prepared.sent()).toEqual({ md5: md5('hello world'), bytes: 11, complete: true });
    expect(progress).toEqual([{ bytes: 11, total: 11 }]);
  });

  it('in Node, Deno and Bun a Blob streams by default (settle does nothing)', async () => {
    const progress: TransferProgress[] = [];
    const prepared = prepareUpload(new Blob(['hello']), { hash: false, onProgress: (p) => progress.push(p) });
    const body = prepared.body as () => Promise<BodyInit>;
    expect(await readText((await body()) as ReadableStream<Uint8Array>)).toBe('hello');
    await prepared.settle();
    expect(progress).toEqual([{ bytes: 5, total: 5 }]);
  });

  it('calls a body function for each attempt, and counts only the last', async () => {
    let calls = 0;
    const prepared = prepareUpload(
      () => {
        calls += 1;
        return generator(`attempt ${String(calls)}`);
      },
      { hash: true },
    );
    const body = prepared.body as () => Promise<BodyInit>;
    expect(await readText((await body()) as ReadableStream<Uint8Array>)).toBe('attempt 1');
    expect(await readText((await body()) as ReadableStream<Uint8Array>)).toBe('attempt 2');
    expect(prepared.sent()).toEqual({ md5: md5('attempt 2'), bytes: 9, complete: true });
  });

  it('checks what a body function returns when it is called', async () => {
    const prepared = prepareUpload(() => 42 as unknown as string, { hash: true });
    const error = await rejectionOf(async () => (prepared.body as () => Promise<BodyInit>)());
    expect(isInvalidInputError(error) && error.field).toBe('body');
  });

  it('streams data in memory when progress is wanted, with its total', async () => {
    const progress: TransferProgress[] = [];
    const prepared = prepareUpload('hello world', { hash: true, onProgress: (p) => progress.push(p) });
    expect(prepared.knownMd5).toBe(md5('hello world'));
    const stream = (await (prepared.body as () => Promise<BodyInit>)()) as ReadableStream<Uint8Array>;
    expect(await readText(stream)).toBe('hello world');
    expect(progress).toEqual([{ bytes: 11, total: 11 }]);
  });

  it('reports progress of a stream without a total', async () => {
    const progress: TransferProgress[] = [];
    const prepared = prepareUpload(generator('ab', 'cde'), { hash: false, onProgress: (p) => progress.push(p) });
    await readText(prepared.body as ReadableStream<Uint8Array>);
    expect(progress).toEqual([
      { bytes: 2, total: undefined },
      { bytes: 5, total: undefined },
    ]);
  });

  it('refuses what is not object data before anything is read', () => {
    const error = thrownBy(() => prepareUpload(null as unknown as string, { hash: true }));
    expect(isInvalidInputError(error) && error.field).toBe('body');
  });
});

describe('verifiedDownload', () => {
  const failure = (reason: string): Error => new Error(`failed: ${reason}`);

  it('hands back the source itself when there is nothing to check', () => {
    const source = webStream('x');
    expect(verifiedDownload(source, { expectedLength: undefined, expectedMd5: undefined, failure })).toBe(source);
  });

  it('passes the bytes through when length and MD5 match, reporting progress', async () => {
    const progress: TransferProgress[] = [];
    const stream = verifiedDownload(webStream('hello ', 'world'), { expectedLength: 11, expectedMd5: md5('hello world'), onProgress: (p) => progress.push(p), failure });
    expect(await readText(stream)).toBe('hello world');
    expect(progress).toEqual([
      { bytes: 6, total: 11 },
      { bytes: 11, total: 11 },
    ]);
  });

  it('errors at the end when fewer bytes came than announced', async () => {
    const error = await rejectionOf(readText(verifiedDownload(webStream('hello'), { expectedLength: 11, expectedMd5: undefined, failure })));
    expect((error as Error).message).toBe('failed: the body ended after 5 of 11 bytes');
  });

  it('errors at the end when the bytes do not hash to the ETag', async () => {
    const error = await rejectionOf(readText(verifiedDownload(webStream('hello wOrld'), { expectedLength: 11, expectedMd5: md5('hello world'), failure })));
    expect((error as Error).message).toBe(`failed: the data's MD5 is ${md5('hello wOrld')}, but its ETag says ${md5('hello world')}`);
  });

  it('lets a cancel reach the source', async () => {
    let reason: unknown;
    const source = new ReadableStream<Uint8Array>({
      pull: (controller) => {
        controller.enqueue(encoder.encode('x'));
      },
      cancel: (why) => {
        reason = why;
      },
    });
    const reader = verifiedDownload(source, { expectedLength: 100, expectedMd5: undefined, failure }).getReader();
    await reader.read();
    await reader.cancel('stop');
    expect(reason).toBe('stop');
  });
});
