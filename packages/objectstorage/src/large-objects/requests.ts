import { InvalidInputError, isHttpError, type CallOptions } from '@openstack-ts/core';
import { checkData, observedStream, type ObjectBody, type ProgressCallback } from '../bodies.js';
import { bulkDelete } from '../bulk/requests.js';
import type { ObjectStorageClient } from '../client.js';
import { inputBag, positiveCount, textHeader, unquote } from '../common.js';
import { createContainer } from '../containers/requests.js';
import { containerPath } from '../containers/urls.js';
import { deleteObject, headObject, listObjects, objectHeaders, uploadObject, type ObjectSettings } from '../objects/requests.js';
import type { ObjectSummary, UploadedObject } from '../objects/results.js';
import { objectPath } from '../objects/urls.js';
import { segmentPath } from './urls.js';

/** How {@link uploadLargeObject} stores the object, and how it splits and sends it. */
export interface UploadLargeObjectInput extends ObjectSettings {
  /**
   * Bytes per segment. Default 32 MiB. Memory use is about `segment_size × (concurrency + 1)`
   * whatever the object's size: each segment is held until Swift has it, so a segment can be
   * sent again after a 401 or a retry.
   */
  segment_size?: number | undefined;
  /** Segments uploaded at once. Default 4. */
  concurrency?: number | undefined;
  /** Where the segments go. Default `<container>_segments` (created when missing). */
  segment_container?: string | undefined;
  /**
   * `slo` (default): a Static Large Object, whose manifest lists each segment with its ETag and
   * size, so Swift checks them. `dlo`: a Dynamic Large Object, joined from whatever objects
   * share the segments' prefix at read time.
   */
  kind?: 'slo' | 'dlo' | undefined;
  /** Keep the uploaded segments when the upload fails (to inspect them). Default: delete them. */
  leave_segments_on_error?: boolean | undefined;
  /**
   * Called each time Swift has stored another segment, with the bytes stored so far (and the
   * whole size for a Blob). Works the same in browsers, where each segment goes up as bytes.
   */
  onProgress?: ProgressCallback | undefined;
}

/** What {@link uploadLargeObject} stored. */
export interface LargeObjectUpload extends UploadedObject {
  /** `plain` when the data fit in one segment and was stored as an ordinary object. */
  kind: 'slo' | 'dlo' | 'plain';
  /** The container holding the segments (`undefined` for `plain`). */
  segment_container: string | undefined;
  /** How many segments were stored. */
  segments: number;
  /** Bytes stored in all. */
  bytes: number;
}

const MiB = 1024 * 1024;

/** Reads a byte stream in pieces of exactly `size` bytes (the last may be shorter). */
class Segmenter {
  #pending: Uint8Array | undefined;
  #done = false;
  constructor(
    private readonly reader: ReadableStreamDefaultReader<Uint8Array>,
    private readonly size: number,
  ) {}

  async next(): Promise<Uint8Array | undefined> {
    if (this.#done && this.#pending === undefined) return undefined;
    const buffer = new Uint8Array(this.size);
    let filled = 0;
    while (filled < this.size) {
      let chunk = this.#pending;
      this.#pending = undefined;
      if (chunk === undefined) {
        if (this.#done) break;
        const result = await this.reader.read();
        if (result.done) {
          this.#done = true;
          break;
        }
        chunk = result.value;
      }
      const take = Math.min(chunk.byteLength, this.size - filled);
      buffer.set(chunk.subarray(0, take), filled);
      filled += take;
      if (take < chunk.byteLength) this.#pending = chunk.subarray(take);
    }
    if (filled === 0) return undefined;
    return filled === this.size ? buffer : buffer.subarray(0, filled);
  }

  /** True once the source has ended and nothing is left over. */
  get finished(): boolean {
    return this.#done && this.#pending === undefined;
  }
}

function segmentPrefix(name: string, kind: 'slo' | 'dlo', segmentSize: number): string {
  const stamp = (Date.now() / 1000).toFixed(6);
  return `${name}/${kind}/${stamp}/${String(segmentSize)}/`;
}

/**
 * Uploads data of any size as a large object: splits the stream into segments, uploads up to
 * `concurrency` of them at once into the segment container, then writes the manifest (Static by
 * default, Dynamic with `kind: 'dlo'`). Data that fits in one segment is stored as an ordinary
 * object. Without a `content_type` the object's type comes from its name, as for `uploadObject`.
 * On failure the segments already stored are deleted and the first error is raised; no
 * manifest is written, so no truncated object appears.
 */
export async function uploadLargeObject(
  client: ObjectStorageClient,
  container: string,
  name: string,
  body: ObjectBody,
  input?: UploadLargeObjectInput,
  options?: CallOptions,
): Promise<LargeObjectUpload> {
  const path = objectPath(container, name);
  const given = inputBag(input);
  const segmentSize = positiveCount(given.segment_size, 32 * MiB, 'segment_size');
  const concurrency = positiveCount(given.concurrency, 4, 'concurrency');
  const kindInput: unknown = given.kind ?? 'slo';
  if (kindInput !== 'slo' && kindInput !== 'dlo') throw new InvalidInputError("kind must be 'slo' or 'dlo'", 'kind');
  const kind: 'slo' | 'dlo' = kindInput;
  const segmentContainer = given.segment_container ?? `${container}_segments`;
  try {
    containerPath(segmentContainer);
  } catch (error) {
    throw new InvalidInputError(`segment_container: ${(error as Error).message}`, 'segment_container');
  }
  const settings: ObjectSettings = {
    content_type: given.content_type,
    content_encoding: given.content_encoding,
    content_disposition: given.content_disposition,
    metadata: given.metadata,
    delete_at: given.delete_at,
    delete_after: given.delete_after,
  };
  // Checked now, before any request. A Static Large Object's manifest without a Content-Type
  // takes its type from the name (slo.py); anything else is asked to (X-Detect-Content-Type).
  const manifestHeaders = objectHeaders(settings, kind === 'dlo');
  const data = checkData(typeof body === 'function' ? await body() : body);
  // A Blob (a File) knows its size; a stream does not.
  const total = typeof Blob !== 'undefined' && data instanceof Blob ? data.size : undefined;
  const reader = observedStream(data, () => undefined, () => undefined).getReader();
  const segmenter = new Segmenter(reader, segmentSize);
  const signal = options?.signal;
  const first = await segmenter.next();
  if (first === undefined || segmenter.finished) {
    const bytes = first ?? new Uint8Array();
    const stored = await uploadObject(client, container, name, bytes, settings, options);
    given.onProgress?.({ bytes: bytes.byteLength, total: bytes.byteLength });
    return { ...stored, kind: 'plain', segment_container: undefined, segments: 0, bytes: bytes.byteLength };
  }
  // The call's headers are the manifest's: segments and their container go without them.
  const plainCall: CallOptions = { ...options, headers: undefined };
  await createContainer(client, segmentContainer, {}, plainCall);
  const prefix = segmentPrefix(name, kind, segmentSize);
  const controller = new AbortController();
  const onAbort = (): void => {
    controller.abort(signal?.reason);
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  const segmentCall: CallOptions = { ...plainCall, signal: controller.signal };
  const stored: ({ path: string; name: string; etag: string; size_bytes: number } | undefined)[] = [];
  const inFlight = new Set<Promise<void>>();
  const state: { failure: { error: unknown } | undefined } = { failure: undefined };
  let bytesDone = 0;
  let index = 0;
  const start = (segment: Uint8Array): void => {
    const segmentName = `${prefix}${String(index).padStart(8, '0')}`;
    const slot = index++;
    const task = uploadObject(client, segmentContainer, segmentName, segment, { content_type: 'application/octet-stream' }, segmentCall)
      .then((result) => {
        stored[slot] = { path: `/${segmentContainer}/${segmentName}`, name: segmentName, etag: result.etag ?? '', size_bytes: segment.byteLength };
        bytesDone += segment.byteLength;
        given.onProgress?.({ bytes: bytesDone, total });
      })
      .catch((error: unknown) => {
        state.failure ??= { error };
        controller.abort(error);
      })
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
  };
  try {
    let segment: Uint8Array | undefined = first;
    const failed = (): boolean => state.failure !== undefined;
    while (segment !== undefined && !failed()) {
      start(segment);
      while (inFlight.size >= concurrency && !failed()) await Promise.race(inFlight);
      if (failed()) break;
      segment = await segmenter.next();
    }
    await Promise.all(inFlight);
    if (state.failure !== undefined) throw state.failure.error;
    signal?.throwIfAborted();
    const response =
      kind === 'slo'
        ? await client.send(
            {
              method: 'PUT',
              path,
              query: { 'multipart-manifest': 'put' },
              // Bytes, so fetch adds no Content-Type of its own: the manifest's becomes the object's.
              body: new TextEncoder().encode(JSON.stringify(stored.map((s) => ({ path: s?.path, etag: s?.etag, size_bytes: s?.size_bytes })))),
              headers: manifestHeaders,
              expectStatus: [201],
            },
            options,
          )
        : await client.send(
            {
              method: 'PUT',
              path,
              body: new Uint8Array(),
              headers: { ...manifestHeaders, 'X-Object-Manifest': segmentPath(segmentContainer, prefix) },
              expectStatus: [201],
            },
            options,
          );
    return {
      container,
      name,
      etag: unquote(textHeader(response, 'etag')),
      last_modified: textHeader(response, 'last-modified'),
      bytes: bytesDone,
      copied_from: undefined,
      copied_from_last_modified: undefined,
      version_id: textHeader(response, 'x-object-version-id'),
      request_id: response.requestId,
      kind,
      segment_container: segmentContainer,
      segments: stored.length,
    };
  } catch (error) {
    await reader.cancel(error).catch(() => undefined);
    await Promise.allSettled(inFlight);
    if (given.leave_segments_on_error !== true) {
      const done = stored.filter((s) => s !== undefined);
      if (done.length > 0) {
        const cleanup: CallOptions = { timeoutMs: options?.timeoutMs };
        await bulkDelete(client, done.map((s) => ({ container: segmentContainer, name: s.name })), {}, cleanup).catch(() => undefined);
      }
    }
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Deletes a large object and its segments: a Static Large Object with
 * `multipart-manifest=delete`, a Dynamic one by deleting every object under its manifest's
 * prefix and then the manifest. An ordinary object is simply deleted.
 */
export async function deleteLargeObject(client: ObjectStorageClient, container: string, name: string, options?: CallOptions): Promise<void> {
  const { info, response } = await headObject(client, container, name, { multipart_manifest: 'get' }, options);
  if (info.static_large_object === true) {
    await deleteObject(client, container, name, { multipart_manifest: 'delete' }, options);
    return;
  }
  const manifest = info.object_manifest;
  if (manifest === undefined) {
    await deleteObject(client, container, name, {}, options);
    return;
  }
  const slash = manifest.indexOf('/');
  if (slash <= 0) throw response.error(`X-Object-Manifest is not container/prefix: ${manifest}`);
  const segmentContainer = decodeURIComponent(manifest.slice(0, slash));
  const prefix = decodeURIComponent(manifest.slice(slash + 1));
  const batch: { container: string; name: string }[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    await bulkDelete(client, batch.splice(0), {}, options);
  };
  // Delete the manifest first, so nobody reads a half-deleted object.
  await deleteObject(client, container, name, {}, options);
  try {
    for await (const entry of listObjects(client, segmentContainer, { prefix }, options)) {
      batch.push({ container: segmentContainer, name: (entry as ObjectSummary).name });
      if (batch.length >= 1000) await flush();
    }
    await flush();
  } catch (error) {
    if (!isHttpError(error, 404)) throw error;
  }
}
