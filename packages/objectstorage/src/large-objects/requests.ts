import {
  InvalidInputError,
  ResponseError,
  isHttpError,
  redactUrl,
  requestIdOf,
  type CallOptions,
  type ServiceClient,
} from '@openstack-ts/core';
import { checkData, observedStream, type ObjectBody, type ProgressCallback } from '../bodies.js';
import { containerPath, objectPath, putMetadataHeaders, textHeader, toHeaderValue, withExtraHeaders } from '../common.js';
import { bulkDelete } from '../bulk/requests.js';
import { createContainer } from '../containers/requests.js';
import { listObjects, deleteObject, getObject, uploadObject, type UploadObjectOptions } from '../objects/requests.js';
import type { ObjectSummary, UploadedObject } from '../objects/results.js';

/** Options of {@link uploadLargeObject}. */
export interface UploadLargeObjectOptions extends Omit<UploadObjectOptions, 'etag' | 'ifNoneMatch' | 'onProgress' | 'verify'> {
  /**
   * Bytes per segment. Default 32 MiB. Memory use is about `segmentSize × (concurrency + 1)`
   * whatever the object's size: each segment is held until Swift has it, so a segment can be
   * sent again after a 401 or a retry.
   */
  segmentSize?: number | undefined;
  /** Segments uploaded at once. Default 4. */
  concurrency?: number | undefined;
  /** Where the segments go. Default `<container>_segments` (created when missing). */
  segmentContainer?: string | undefined;
  /**
   * `slo` (default): a Static Large Object, whose manifest lists each segment with its ETag and
   * size, so Swift checks them. `dlo`: a Dynamic Large Object, joined from whatever objects
   * share the segments' prefix at read time.
   */
  kind?: 'slo' | 'dlo' | undefined;
  /** Keep the uploaded segments when the upload fails (to inspect them). Default: delete them. */
  leaveSegmentsOnError?: boolean | undefined;
  /** Called each time Swift has stored another segment, with the bytes stored so far. */
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

function positive(value: number | undefined, fallback: number, field: string): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1) throw new InvalidInputError(`${field} must be a whole number ≥ 1`, field);
  return value;
}

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
 * object. On failure the segments already stored are deleted and the first error is raised;
 * no manifest is written, so no truncated object appears.
 */
export async function uploadLargeObject(
  client: ServiceClient,
  container: string,
  name: string,
  body: ObjectBody,
  options: UploadLargeObjectOptions = {},
): Promise<LargeObjectUpload> {
  objectPath(container, name);
  const segmentSize = positive(options.segmentSize, 32 * MiB, 'segmentSize');
  const concurrency = positive(options.concurrency, 4, 'concurrency');
  const kindInput: string = options.kind ?? 'slo';
  if (kindInput !== 'slo' && kindInput !== 'dlo') throw new InvalidInputError("kind must be 'slo' or 'dlo'", 'kind');
  const kind: 'slo' | 'dlo' = kindInput;
  const segmentContainer = options.segmentContainer ?? `${container}_segments`;
  containerPath(segmentContainer);
  const manifestHeaders: Record<string, string> = {};
  putMetadataHeaders(manifestHeaders, 'Object', options.metadata);
  if (options.contentType !== undefined) manifestHeaders['Content-Type'] = toHeaderValue(options.contentType, 'contentType');

  const data = checkData(typeof body === 'function' ? await body() : body);
  const reader = observedStream(data, () => undefined, () => undefined).getReader();
  const segmenter = new Segmenter(reader, segmentSize);
  const call: CallOptions = { signal: options.signal, timeoutMs: options.timeoutMs, retry: options.retry };

  const first = await segmenter.next();
  if (first === undefined || segmenter.finished) {
    const bytes = first ?? new Uint8Array();
    const plainOptions: UploadObjectOptions = {
      ...call,
      headers: options.headers,
      contentType: options.contentType,
      contentEncoding: options.contentEncoding,
      contentDisposition: options.contentDisposition,
      metadata: options.metadata,
      deleteAt: options.deleteAt,
      deleteAfter: options.deleteAfter,
    };
    const stored = await uploadObject(client, container, name, bytes, plainOptions);
    options.onProgress?.({ bytes: bytes.byteLength, total: bytes.byteLength });
    return { ...stored, kind: 'plain', segment_container: undefined, segments: 0, bytes: bytes.byteLength };
  }

  await createContainer(client, segmentContainer, {}, call);
  const prefix = segmentPrefix(name, kind, segmentSize);
  const controller = new AbortController();
  const onAbort = (): void => {
    controller.abort(options.signal?.reason);
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const segmentCall: CallOptions = { ...call, signal: controller.signal };

  const stored: ({ path: string; name: string; etag: string; size_bytes: number } | undefined)[] = [];
  const inFlight = new Set<Promise<void>>();
  const state: { failure: { error: unknown } | undefined } = { failure: undefined };
  let bytesDone = 0;
  let index = 0;
  const start = (segment: Uint8Array): void => {
    const segmentName = `${prefix}${String(index).padStart(8, '0')}`;
    const slot = index++;
    const task = uploadObject(client, segmentContainer, segmentName, segment, { ...segmentCall, contentType: 'application/octet-stream' })
      .then((result) => {
        stored[slot] = { path: `/${segmentContainer}/${segmentName}`, name: segmentName, etag: result.etag ?? '', size_bytes: segment.byteLength };
        bytesDone += segment.byteLength;
        options.onProgress?.({ bytes: bytesDone, total: undefined });
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
    options.signal?.throwIfAborted();

    const path = objectPath(container, name);
    const headers = withExtraHeaders(manifestHeaders, options.headers);
    let response: Response;
    if (kind === 'slo') {
      const manifest = stored.map((s) => ({ path: s?.path, etag: s?.etag, size_bytes: s?.size_bytes }));
      response = await client.send(
        { method: 'PUT', path, query: { 'multipart-manifest': 'put' }, body: JSON.stringify(manifest), headers: { 'Content-Type': 'application/json', ...headers }, expectStatus: [201] },
        call,
      );
    } else {
      const manifestValue = `${containerPath(segmentContainer)}/${prefix.split('/').map(encodeURIComponent).join('/')}`;
      response = await client.send({ method: 'PUT', path, body: '', headers: { ...headers, 'X-Object-Manifest': manifestValue }, expectStatus: [201] }, call);
    }
    await response.body?.cancel();
    return {
      container,
      name,
      etag: textHeader(response, 'etag')?.replace(/^"(.*)"$/, '$1'),
      last_modified: textHeader(response, 'last-modified'),
      bytes: bytesDone,
      copied_from: undefined,
      copied_from_last_modified: undefined,
      version_id: textHeader(response, 'x-object-version-id'),
      request_id: requestIdOf(response.headers),
      kind,
      segment_container: segmentContainer,
      segments: stored.length,
    };
  } catch (error) {
    await reader.cancel(error).catch(() => undefined);
    await Promise.allSettled(inFlight);
    if (options.leaveSegmentsOnError !== true) {
      const done = stored.filter((s) => s !== undefined);
      if (done.length > 0) {
        await bulkDelete(client, done.map((s) => ({ container: segmentContainer, name: s.name })), { timeoutMs: options.timeoutMs }).catch(() => undefined);
      }
    }
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Deletes a large object and its segments: a Static Large Object with
 * `multipart-manifest=delete`, a Dynamic one by deleting every object under its manifest's
 * prefix and then the manifest. An ordinary object is simply deleted.
 */
export async function deleteLargeObject(client: ServiceClient, container: string, name: string, options: CallOptions = {}): Promise<void> {
  const info = await getObject(client, container, name, { ...options, multipartManifest: 'get' });
  if (info.static_large_object === true) {
    await deleteObject(client, container, name, { ...options, multipartManifest: 'delete' });
    return;
  }
  const manifest = info.object_manifest;
  if (manifest !== undefined) {
    const slash = manifest.indexOf('/');
    if (slash <= 0) {
      throw new ResponseError({ status: 200, method: 'HEAD', url: redactUrl(client.url(objectPath(container, name))), requestId: info.headers['x-openstack-request-id'], reason: `X-Object-Manifest is not container/prefix: ${manifest}` });
    }
    const segmentContainer = decodeURIComponent(manifest.slice(0, slash));
    const prefix = decodeURIComponent(manifest.slice(slash + 1));
    const batch: { container: string; name: string }[] = [];
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      await bulkDelete(client, batch.splice(0), options);
    };
    // Delete the manifest first, so nobody reads a half-deleted object.
    await deleteObject(client, container, name, options);
    try {
      for await (const entry of listObjects(client, segmentContainer, { prefix }, options)) {
        batch.push({ container: segmentContainer, name: (entry as ObjectSummary).name });
        if (batch.length >= 1000) await flush();
      }
      await flush();
    } catch (error) {
      if (!isHttpError(error, 404)) throw error;
    }
    return;
  }
  await deleteObject(client, container, name, options);
}
