/**
 * A response with the context of the request that produced it, so that whoever reads it can name
 * the request in an error without rebuilding method, URL or request ID by hand.
 */
import { ResponseError } from './errors.js';
import { readAll, requestIdOf } from './util.js';

const decoder = new TextDecoder();

/**
 * What {@link ServiceClient.send} resolves to: the response (status checked, body unread or, for
 * answers read whole, already read inside the attempt) with its request's method, redacted URL
 * and request ID. `error(reason)` builds the {@link ResponseError} for an answer that cannot be used.
 */
export class ServiceResponse {
  /** The underlying response. Prefer the methods here, which name the request in their errors. */
  readonly response: Response;
  /** The request's method. */
  readonly method: string;
  /** The request's URL, secrets redacted. */
  readonly url: string;
  /** The service's request ID (`x-openstack-request-id`, `x-compute-request-id` or `x-trans-id`). */
  readonly requestId: string | undefined;
  readonly #text: string | undefined;
  readonly #stream: ReadableStream<Uint8Array> | undefined;

  /** @internal */
  constructor(
    response: Response,
    context: { method: string; url: string; requestId?: string | undefined; text?: string | undefined; stream?: ReadableStream<Uint8Array> | undefined },
  ) {
    this.response = response;
    this.method = context.method;
    this.url = context.url;
    this.requestId = 'requestId' in context ? context.requestId : requestIdOf(response.headers);
    this.#text = context.text;
    this.#stream = context.stream;
  }

  /** The HTTP status. */
  get status(): number {
    return this.response.status;
  }

  /** The response headers. */
  get headers(): Headers {
    return this.response.headers;
  }

  /** The body as a stream, for downloads (`null` when there is none or it was read whole). */
  get body(): ReadableStream<Uint8Array> | null {
    if (this.#text !== undefined) return null;
    return this.#stream ?? this.response.body;
  }

  /** A {@link ResponseError} for this answer: it names the request and its request ID. */
  error(reason: string, cause?: unknown): ResponseError {
    return new ResponseError({ status: this.status, method: this.method, url: this.url, requestId: this.requestId, reason }, { cause });
  }

  /** The body as text. */
  async text(): Promise<string> {
    if (this.#text !== undefined) return this.#text;
    if (this.status === 204 || this.method === 'HEAD') return '';
    try {
      return this.#stream === undefined ? await this.response.text() : decoder.decode(await readAll(this.#stream));
    } catch (error) {
      throw this.error('the body could not be read to the end', error);
    }
  }

  /**
   * The body parsed as JSON. An empty body, HTML, truncated or malformed JSON raise
   * {@link ResponseError}; never resolves to `undefined`.
   */
  async json(): Promise<unknown> {
    const value = await this.jsonOrEmpty();
    if (value === undefined) throw this.error(this.status === 204 || this.method === 'HEAD' ? 'no body where JSON was expected' : 'empty body where JSON was expected');
    return value;
  }

  /** Like {@link ServiceResponse.json}, but an empty body (or a 204) is `undefined`. */
  async jsonOrEmpty(): Promise<unknown> {
    const text = await this.text();
    if (text.trim() === '') return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      const type = this.headers.get('content-type') ?? 'no content type';
      const snippet = text.slice(0, 120).replace(/\s+/g, ' ');
      const reason = /json/i.test(type) || /^\s*[[{]/.test(text)
        ? `truncated or malformed JSON (${String(text.length)} bytes)`
        : `expected JSON, got ${type}: ${snippet}`;
      throw this.error(reason, error);
    }
  }

  /** Releases the body unread. */
  async discard(): Promise<void> {
    try {
      await (this.#stream ?? this.response.body)?.cancel();
    } catch {
      // already consumed or closed: nothing to release
    }
  }
}
