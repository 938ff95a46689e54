/**
 * Object data in and out: every kind of body a caller may hold becomes something fetch sends
 * without reading it whole, and every transfer can count its bytes and hash them on the way.
 */
import { InvalidInputError, type RequestBody } from '@openstack-ts/core';
import { canStreamRequestBodies } from '@openstack-ts/core/internal';
import { createMd5, type Md5 } from './md5.js';

/**
 * Object data: a web `ReadableStream`, a Node `Readable` or any async iterable of bytes (or
 * strings), a `Blob` (or `File`), a string (sent as UTF-8) or bytes. Streams and iterables are
 * sent as they are read, never buffered whole.
 */
export type ObjectData =
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array | string>
  | Blob
  | string
  | Uint8Array
  | ArrayBuffer;

/**
 * What an upload takes: {@link ObjectData}, or a function that returns fresh data for each
 * attempt. Only a function (or data held in memory) can be sent again after a 401 or a retry;
 * a stream given directly is sent once, and a request that would need it again fails with
 * `ReplayRefusedError` rather than store a truncated object.
 */
export type ObjectBody = ObjectData | (() => ObjectData | Promise<ObjectData>);

/** A read's result, as the platform's `ReadableStreamReadResult` (spelled out: no DOM names in declarations). */
export type PortableReadResult<T> = { done: false; value: T } | { done: true; value: T | undefined };

/** Options of `pipeTo`/`pipeThrough`, as the platform's `StreamPipeOptions`. */
export interface PortablePipeOptions {
  preventAbort?: boolean;
  preventCancel?: boolean;
  preventClose?: boolean;
  signal?: AbortSignal;
}

/** A reader in `byob` mode, typed so both the DOM's and Node's reader types accept it. */
export interface PortableBYOBReader {
  /** Settles when the stream closes or errors, or the lock is released. */
  readonly closed: Promise<void>;
  /** Cancels the stream. */
  cancel(reason?: unknown): Promise<void>;
  /** Reads into `view`'s memory. */
  read<T extends ArrayBufferView>(view: T, options?: { min?: number }): Promise<PortableReadResult<T>>;
  /** Releases the stream for another reader. */
  releaseLock(): void;
}

/**
 * A web `ReadableStream` (at run time it is the platform's own), typed so that both the DOM's
 * `ReadableStream` and Node's `stream/web` one accept it: Node's `Readable.fromWeb(body)` and
 * `pipeline(body, …)` take a download's body without a cast, and so do `new Response(body)` and
 * `for await (const chunk of body)`. (The two declarations disagree on what a `byob` reader
 * reads into, so neither accepts the other.) The members are the web stream's.
 */
export interface PortableReadableStream<R = Uint8Array> extends AsyncIterable<R> {
  /** True while a reader holds the stream. */
  readonly locked: boolean;
  /** Cancels the stream: the rest of the data is not read (the connection is released). */
  cancel(reason?: unknown): Promise<void>;
  /** A reader that reads into buffers of the caller's. */
  getReader(options: { mode: 'byob' }): PortableBYOBReader;
  /** A reader of chunks. */
  getReader(): ReadableStreamDefaultReader<R>;
  /** A reader of chunks, or in `byob` mode one that reads into buffers of the caller's. */
  getReader(options?: { mode?: 'byob' | undefined }): ReadableStreamDefaultReader<R> | PortableBYOBReader;
  /** Pipes through a transform stream (`TextDecoderStream`, `DecompressionStream`) and returns its readable side. */
  pipeThrough<T>(transform: { writable: WritableStream<R>; readable: AsyncIterable<T> }, options?: PortablePipeOptions): PortableReadableStream<T>;
  /** Pipes into a writable stream. */
  pipeTo(destination: WritableStream<R>, options?: PortablePipeOptions): Promise<void>;
  /** Two streams of the same data. */
  tee(): [PortableReadableStream<R>, PortableReadableStream<R>];
  /** The chunks, as an async iterator. */
  values(options?: { preventCancel?: boolean }): AsyncIteratorObject<R, BuiltinIteratorReturn>;
  /** The chunks, for `for await`. */
  [Symbol.asyncIterator](): AsyncIteratorObject<R, BuiltinIteratorReturn>;
}

/** The platform's stream as a {@link PortableReadableStream}: the same object, typed for both worlds. */
export function portable<R>(stream: ReadableStream<R>): PortableReadableStream<R> {
  return stream as unknown as PortableReadableStream<R>;
}

/** How far a transfer has got. */
export interface TransferProgress {
  /** Bytes sent or received so far in this attempt. */
  bytes: number;
  /** The whole size when known (a download's `Content-Length`, an upload from memory or a Blob). */
  total: number | undefined;
}

/** Called as data moves; keep it cheap (it runs once per chunk). */
export type ProgressCallback = (progress: TransferProgress) => void;

const encoder = new TextEncoder();

function isReadableStream(value: unknown): value is ReadableStream<Uint8Array> {
  return typeof ReadableStream !== 'undefined' && value instanceof ReadableStream;
}

function isBlob(value: unknown): value is Blob {
  return typeof Blob !== 'undefined' && value instanceof Blob;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array | string> {
  return value !== null && typeof value === 'object' && Symbol.asyncIterator in value;
}

function toBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  if (typeof chunk === 'string') return encoder.encode(chunk);
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new InvalidInputError(`An object body stream yielded ${typeof chunk}, not bytes or a string`, 'body');
}

/** Data already in memory, as bytes (strings as UTF-8). */
export function memoryBytes(data: ObjectData): Uint8Array | undefined {
  if (typeof data === 'string') return encoder.encode(data);
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return undefined;
}

/** Checks that a value is object data, before any request. */
export function checkData(data: unknown): ObjectData {
  if (
    typeof data === 'string' ||
    data instanceof Uint8Array ||
    data instanceof ArrayBuffer ||
    isReadableStream(data) ||
    isBlob(data) ||
    isAsyncIterable(data)
  ) {
    return data;
  }
  throw new InvalidInputError(
    `An object body must be a ReadableStream, an async iterable (a Node Readable), a Blob, a string or bytes; got ${data === null ? 'null' : typeof data}`,
    'body',
  );
}

/**
 * A pull-based stream over any source: reads one chunk only when the consumer asks for one. With
 * `length`, the stream errors rather than pass more or fewer bytes than that, and it reads ahead
 * before the chunk that completes the length, so the server never receives the full declared
 * length from a source that had more (it would store the first `length` bytes as complete).
 */
function pullStream(
  next: () => Promise<IteratorResult<unknown>>,
  cancel: (reason: unknown) => Promise<unknown>,
  observe: (chunk: Uint8Array) => void,
  end: () => void,
  length?: number,
): ReadableStream<Uint8Array> {
  let seen = 0;
  const mismatch = (what: string): InvalidInputError =>
    new InvalidInputError(`The body is ${what} than the content_length given (${String(length)} bytes); nothing more is sent`, 'content_length');
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        // Skip empty chunks: a pull that enqueues nothing is never called again.
        for (;;) {
          const result = await next();
          if (result.done === true) {
            if (length !== undefined && seen !== length) throw mismatch('shorter');
            end();
            controller.close();
            return;
          }
          const bytes = toBytes(result.value);
          if (bytes.byteLength === 0) continue;
          seen += bytes.byteLength;
          if (length !== undefined && seen > length) {
            await cancel(undefined);
            throw mismatch('longer');
          }
          if (length !== undefined && seen === length) {
            // Make sure the source has ended before the last byte goes out.
            let after = await next();
            while (after.done !== true && toBytes(after.value).byteLength === 0) after = await next();
            if (after.done !== true) {
              await cancel(undefined);
              throw mismatch('longer');
            }
            observe(bytes);
            controller.enqueue(bytes);
            end();
            controller.close();
            return;
          }
          observe(bytes);
          controller.enqueue(bytes);
          return;
        }
      },
      async cancel(reason) {
        await cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * A stream over `data` that reports each chunk to `observe` and the end to `end`; with `length`,
 * one that errors instead of sending more or fewer bytes.
 */
export function observedStream(data: ObjectData, observe: (chunk: Uint8Array) => void, end: () => void, length?: number): ReadableStream<Uint8Array> {
  if (isReadableStream(data) || isBlob(data)) {
    const reader = (isBlob(data) ? data.stream() : data).getReader();
    return pullStream(async () => reader.read(), async (reason) => reader.cancel(reason), observe, end, length);
  }
  if (isAsyncIterable(data)) {
    const iterator = data[Symbol.asyncIterator]();
    return pullStream(
      async () => iterator.next(),
      async (reason) => iterator.return?.(reason),
      observe,
      end,
      length,
    );
  }
  const bytes = memoryBytes(data) ?? new Uint8Array();
  const single = (function* () {
    yield bytes;
  })();
  return pullStream(
    async () => Promise.resolve(single.next()),
    async () => Promise.resolve(single.return(undefined)),
    observe,
    end,
    length,
  );
}

/** What {@link prepareUpload} hands back. */
export interface PreparedUpload {
  /** The body for core: a direct stream (sent once) or a function (fresh data per attempt). */
  body: RequestBody;
  /** The MD5 the SDK knows before sending (data in memory), for the `ETag` request header. */
  knownMd5: string | undefined;
  /** The size the SDK knows before sending (data in memory, a Blob), for `Content-Length`. */
  knownLength: number | undefined;
  /** The MD5 and size of what the last attempt sent, once it was sent to the end. */
  sent(): { md5: string | undefined; bytes: number; complete: boolean };
  /**
   * Call once the service has stored the data: for a Blob sent whole (see `wholeBlobs`), it
   * finishes hashing it and reports its size to `onProgress`; otherwise it does nothing.
   */
  settle(): Promise<void>;
}

/** The MD5 of a Blob, read as a stream (memory stays flat). */
async function md5OfBlob(blob: Blob): Promise<string> {
  const md5 = createMd5();
  const reader = blob.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return md5.digest();
    md5.update(value);
  }
}

/**
 * Turns an {@link ObjectBody} into a request body. Data in memory is hashed first (Swift then
 * checks the `ETag` itself) and sent as is; streams are hashed and counted as they go.
 *
 * A Blob is streamed too where fetch can stream a request body (Node, Deno, Bun), so progress is
 * reported as it goes. Elsewhere (`wholeBlobs`, by default in browsers, whose fetch cannot stream
 * a body over HTTP/1.1) the Blob itself is the body: the browser reads it from disk as it sends
 * it, no upload progress can be observed, so `onProgress` hears of it once, when the service has
 * stored it ({@link PreparedUpload.settle}), and its MD5 is computed beside the upload.
 */
export function prepareUpload(
  input: ObjectBody,
  options: { onProgress?: ProgressCallback | undefined; hash: boolean; length?: number | undefined; wholeBlobs?: boolean | undefined },
): PreparedUpload {
  const onProgress = options.onProgress;
  const wholeBlobs = options.wholeBlobs ?? !canStreamRequestBodies();
  let md5: Md5 | undefined;
  let bytes = 0;
  let complete = false;
  let finalMd5: string | undefined;
  let knownMd5: string | undefined;
  let whole: { blob: Blob; md5: Promise<string> | undefined } | undefined;

  const wrap = (data: ObjectData): BodyInit => {
    const inMemory = memoryBytes(data);
    const total = isBlob(data) ? data.size : (inMemory?.byteLength ?? options.length);
    if (options.length !== undefined && total !== undefined && total !== options.length) {
      throw new InvalidInputError(`The body has ${String(total)} bytes, but content_length says ${String(options.length)}`, 'content_length');
    }
    bytes = 0;
    complete = false;
    finalMd5 = undefined;
    whole = undefined;
    if (wholeBlobs && isBlob(data)) {
      const hashing = options.hash && knownMd5 === undefined ? md5OfBlob(data) : undefined;
      // Read by settle(); a failed upload may never call it.
      hashing?.catch(() => undefined);
      whole = { blob: data, md5: hashing };
      return data;
    }
    // Data in memory given directly was hashed once up front (its MD5 went out as ETag); data
    // from a body function is hashed here, and checked against Swift's answer.
    md5 = options.hash && knownMd5 === undefined ? createMd5() : undefined;
    if (inMemory !== undefined && onProgress === undefined) {
      bytes = inMemory.byteLength;
      complete = true;
      if (md5 !== undefined) {
        md5.update(inMemory);
        finalMd5 = md5.digest();
      }
      return inMemory as Uint8Array<ArrayBuffer>;
    }
    const hash = md5;
    return observedStream(
      data,
      (chunk) => {
        hash?.update(chunk);
        bytes += chunk.byteLength;
        onProgress?.({ bytes, total });
      },
      () => {
        complete = true;
        finalMd5 = hash?.digest();
      },
      options.length,
    );
  };

  let body: RequestBody;
  let knownLength: number | undefined;
  if (typeof input === 'function') {
    body = async () => wrap(checkData(await input()));
  } else {
    const data = checkData(input);
    const inMemory = memoryBytes(data);
    if (inMemory !== undefined && options.hash) {
      const hash = createMd5();
      hash.update(inMemory);
      knownMd5 = hash.digest();
    }
    knownLength = isBlob(data) ? data.size : inMemory?.byteLength;
    // Data in memory can be sent again; a stream only once.
    body = inMemory !== undefined || isBlob(data) ? () => wrap(data) : wrap(data);
  }
  return {
    body,
    knownMd5,
    knownLength,
    sent: () => ({ md5: knownMd5 ?? finalMd5, bytes, complete }),
    settle: async () => {
      if (whole === undefined) return;
      finalMd5 = await whole.md5;
      bytes = whole.blob.size;
      complete = true;
      onProgress?.({ bytes, total: bytes });
    },
  };
}

/**
 * Wraps a download stream: counts bytes, reports progress, and at the end checks the byte count
 * against `expectedLength` and the MD5 against `expectedMd5`, erroring the stream with what
 * `failure` builds when either differs.
 */
export function verifiedDownload(
  source: ReadableStream<Uint8Array>,
  options: {
    expectedLength: number | undefined;
    expectedMd5: string | undefined;
    onProgress?: ProgressCallback | undefined;
    failure: (reason: string) => Error;
  },
): ReadableStream<Uint8Array> {
  const { expectedLength, expectedMd5, onProgress, failure } = options;
  if (expectedMd5 === undefined && expectedLength === undefined && onProgress === undefined) return source;
  const md5 = expectedMd5 === undefined ? undefined : createMd5();
  const reader = source.getReader();
  let bytes = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const result = await reader.read();
        if (result.done) {
          if (expectedLength !== undefined && bytes !== expectedLength) {
            controller.error(failure(`the body ended after ${String(bytes)} of ${String(expectedLength)} bytes`));
            return;
          }
          const actual = md5?.digest();
          if (actual !== undefined && actual !== expectedMd5) {
            controller.error(failure(`the data's MD5 is ${actual}, but its ETag says ${String(expectedMd5)}`));
            return;
          }
          controller.close();
          return;
        }
        const chunk = result.value;
        md5?.update(chunk);
        bytes += chunk.byteLength;
        onProgress?.({ bytes, total: expectedLength });
        controller.enqueue(chunk);
      },
      async cancel(reason) {
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
