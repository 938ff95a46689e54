/**
 * One pagination abstraction for every service: `Paged<T>`, a lazy async iterable of items with
 * `byPage()` and `all()`, and the strategies services use to say where the next page is.
 */
import { InvalidInputError, NameLookupError, PaginationError, isHttpError } from './errors.js';
import type { CallOptions } from './provider.js';
import type { ServiceClient } from './service.js';
import { redactUrl } from './redact.js';
import { isRecord, throwIfAborted, type Query } from './util.js';

/**
 * A lazy listing: iterate for items, `byPage()` for arrays, `all()` to collect everything, `page()`
 * for exactly one page and where the next one is.
 */
export interface Paged<T> extends AsyncIterable<T> {
  /** Yields one array per page. Nothing is requested until iteration starts. */
  byPage(): AsyncIterable<T[]>;
  /** Collects every item of every page. Costs memory in proportion to the listing. */
  all(): Promise<T[]>;
  /**
   * Fetches exactly one page: the first, or the one `cursor` (an earlier {@link Page.next})
   * points at, e.g. to show a listing a screen at a time or to resume it later, in another
   * process too. The first page's query (`limit`, filters) carries over in the cursor.
   */
  page(cursor?: string): Promise<Page<T>>;
}

/** One page of a listing, from {@link Paged.page}. */
export interface Page<T> {
  /** The page's items (possibly none). */
  items: T[];
  /**
   * Where the next page is, `undefined` when this was the last: the next page's path and query,
   * relative to the client's endpoint (so it outlives the token and the endpoint's host name).
   * Pass it to `page()` of the same listing.
   */
  next: string | undefined;
  /** The next page's `marker` query parameter, for services that page by marker; else `undefined`. */
  marker: string | undefined;
}

/** What a strategy sees after each page. */
export interface PageContext {
  /** The parsed body of the page. */
  body: Record<string, unknown>;
  /** The page's items. */
  items: readonly unknown[];
  /** The absolute URL of the page just fetched. */
  url: string;
  /** The endpoint of the client. */
  endpoint: string;
  /** The `limit` query parameter sent with the first page, if any. */
  limit: number | undefined;
}

/** Decides where the next page is: an absolute URL, or `undefined` when the listing is done. */
export interface PageStrategy {
  /**
   * Names the strategy in error messages (`linkedPages(servers_links)`); a `linkedPages` name also
   * makes an empty page end the listing.
   */
  readonly name: string;
  /** The absolute URL of the page after the one in `context`, or `undefined` when the listing is done. */
  next(context: PageContext): string | undefined;
}

/**
 * Resolves a next link. Links that point at another host (a proxy's internal name) or a
 * root-relative path (Glance's `/v2/images?marker=…`) are rebased onto the client's endpoint, so
 * the token never leaves the endpoint's origin.
 */
export function resolveNextLink(link: string, endpoint: string, pageUrl: string = endpoint): string {
  const base = new URL(endpoint);
  const page = new URL(pageUrl);
  const target = new URL(link, page);
  if (target.origin === base.origin && (/^https?:/i.test(link) || !link.startsWith('/'))) return target.toString();
  // Keep any path prefix the page has before the link's first segment: https://cloud/image/v2/images + /v2/images?marker=…
  const first = target.pathname.split('/').find((part) => part !== '');
  let prefix = '';
  if (first !== undefined) {
    for (const path of [page.pathname, base.pathname]) {
      const index = path.indexOf(`/${first}/`);
      if (index > 0) {
        prefix = path.slice(0, index);
        break;
      }
    }
    if (prefix !== '' && target.pathname.startsWith(`${prefix}/`)) prefix = '';
  }
  return `${base.origin}${prefix}${target.pathname}${target.search}`;
}

/**
 * Follows `rel: next` links in `linksKey` (Nova `servers_links`, Neutron `networks_links`,
 * Cinder `volumes_links`), or a `links` object with a `next` URL (Keystone).
 */
export function linkedPages(linksKey = 'links'): PageStrategy {
  return {
    name: `linkedPages(${linksKey})`,
    next({ body, endpoint, url }) {
      const links = body[linksKey];
      let href: unknown;
      if (Array.isArray(links)) href = (links as unknown[]).find((link) => isRecord(link) && link.rel === 'next');
      if (isRecord(href)) href = href.href;
      else if (isRecord(links)) href = links.next;
      return typeof href === 'string' && href !== '' ? resolveNextLink(href, endpoint, url) : undefined;
    },
  };
}

/** Follows a top-level `next` URL (Glance `next`, Ironic `next`). */
export function nextPages(key = 'next'): PageStrategy {
  return {
    name: `nextPages(${key})`,
    next({ body, endpoint, url }) {
      const href = body[key];
      return typeof href === 'string' && href !== '' ? resolveNextLink(href, endpoint, url) : undefined;
    },
  };
}

/**
 * Marker paging (Swift, newer Keystone): asks for the page after the last item's `markerKey`
 * (with several keys, the first the item has: Swift's pseudo-folders carry `subdir`, not `name`).
 * Stops at an empty page, or at a page shorter than `limit` when one was sent.
 */
export function markerPages(markerKey: string | readonly string[] = 'id'): PageStrategy {
  const keys = typeof markerKey === 'string' ? [markerKey] : markerKey;
  return {
    name: `markerPages(${keys.join('|')})`,
    next({ items, url, limit }) {
      if (items.length === 0 || (limit !== undefined && items.length < limit)) return undefined;
      const last = items[items.length - 1];
      const key = isRecord(last) ? keys.find((k) => last[k] !== undefined) : undefined;
      const marker = isRecord(last) && key !== undefined ? last[key] : undefined;
      if (typeof marker !== 'string' && typeof marker !== 'number') return undefined;
      const next = new URL(url);
      next.searchParams.set('marker', String(marker));
      return next.toString();
    },
  };
}

/**
 * Offset paging without links (Nova server groups): while a page is full (as many items as the
 * `limit` sent), asks for the next `offset`. Without a `limit` the first page is the only one.
 */
export function offsetPages(): PageStrategy {
  return {
    name: 'offsetPages',
    next({ items, url, limit }) {
      if (limit === undefined || limit === 0 || items.length < limit) return undefined;
      const next = new URL(url);
      const offset = Number(next.searchParams.get('offset') ?? '0');
      next.searchParams.set('offset', String(offset + items.length));
      return next.toString();
    },
  };
}

/** One request returns everything. */
export function singlePage(): PageStrategy {
  return { name: 'singlePage', next: () => undefined };
}

/** What {@link paginate} needs to know about a listing. */
export interface PaginateSpec {
  /** Relative to the endpoint. */
  path: string;
  /** Query of the first page; later pages follow the strategy's URLs. */
  query?: Query | undefined;
  /**
   * The key of the items array (`servers`), a path of keys when it is nested (Keystone's version
   * list: `['versions', 'values']`), or `null` when the body is the array itself (Swift).
   */
  itemsKey: string | readonly string[] | null;
  /**
   * The value at `itemsKey` is one object, each page's single item (Nova's `tenant_usage`, whose
   * servers page): the listing yields one item per page.
   */
  itemPerPage?: boolean | undefined;
  /** Statuses of a page that mean success. Default: any 2xx. */
  expectStatus?: readonly number[] | undefined;
  /** Send without a token (version documents). */
  skipAuth?: boolean | undefined;
  /**
   * Where the next page is: {@link linkedPages}, {@link nextPages}, {@link markerPages},
   * {@link offsetPages} or {@link singlePage}.
   */
  strategy: PageStrategy;
  /** Sent with the request of every page, not only the first. */
  headers?: Readonly<Record<string, string>> | undefined;
  /**
   * When each item comes wrapped in an object of its own (Nova's `{ "keypair": {…} }`), the key
   * to unwrap; an item without it is a `ResponseError`.
   */
  unwrapItems?: string | undefined;
}

class PagedListing<T> implements Paged<T> {
  constructor(
    private readonly client: ServiceClient,
    private readonly source: PaginateSpec | (() => PaginateSpec),
    private readonly options: CallOptions,
  ) {}

  /** The spec, built when iteration (or `page()`) starts: input it rejects rejects that, never the call. */
  #spec(): PaginateSpec {
    return typeof this.source === 'function' ? this.source() : this.source;
  }

  /** The first page's URL and the `limit` it asks for. */
  #first(spec: PaginateSpec): { url: string; limit: number | undefined } {
    const url = this.client.url(spec.path, spec.query);
    const limitValue = new URL(url).searchParams.get('limit');
    return { url, limit: limitValue === null || !/^\d+$/.test(limitValue) ? undefined : Number(limitValue) };
  }

  /** Fetches the page at `url`: its items, and the URL of the next page (`undefined` at the end). */
  async #fetch(spec: PaginateSpec, url: string, limit: number | undefined): Promise<{ items: T[]; next: string | undefined }> {
    const { client, options } = this;
    const response = await client.send({ method: 'GET', path: url, headers: spec.headers, expectStatus: spec.expectStatus, skipAuth: spec.skipAuth }, options);
    const body = await response.jsonOrEmpty();
    let items: unknown;
    let record: Record<string, unknown> = {};
    const keys = spec.itemsKey === null ? [] : typeof spec.itemsKey === 'string' ? [spec.itemsKey] : spec.itemsKey;
    if (spec.itemsKey === null) {
      items = body ?? [];
    } else if (isRecord(body)) {
      record = body;
      items = keys.reduce<unknown>((value, key) => (isRecord(value) ? value[key] : undefined), body);
    }
    const itemsName = keys.join('.');
    if (spec.itemPerPage === true) {
      if (!isRecord(items)) throw response.error(`the body has no "${itemsName}" object`);
      items = [items];
    }
    if (!Array.isArray(items)) {
      throw response.error(spec.itemsKey === null ? 'the body is not a JSON array' : `the body has no "${itemsName}" array`);
    }
    const wrapper = spec.unwrapItems;
    const page = (wrapper === undefined ? items : items.map((item: unknown) => {
      const inner = isRecord(item) ? item[wrapper] : undefined;
      if (!isRecord(inner)) throw response.error(`an item of "${spec.itemsKey === null ? 'the list' : itemsName}" has no "${wrapper}" object`);
      return inner;
    })) as T[];
    let next = spec.strategy.next({ body: record, items: page, url, endpoint: client.endpoint, limit });
    if (next !== undefined && page.length === 0 && spec.strategy.name.startsWith('linkedPages')) {
      // An empty page that still links onwards would loop on some services: stop here.
      next = undefined;
    }
    return { items: page, next };
  }

  async *byPage(): AsyncGenerator<T[]> {
    const spec = this.#spec();
    const first = this.#first(spec);
    const seen = new Set<string>();
    let url: string | undefined = first.url;
    while (url !== undefined) {
      throwIfAborted(this.options.signal);
      if (seen.has(url)) {
        throw new PaginationError(`${spec.strategy.name}: the server sent ${redactUrl(url)} as the next page twice; stopping to avoid a loop`);
      }
      seen.add(url);
      const { items, next } = await this.#fetch(spec, url, first.limit);
      if (items.length > 0) yield items;
      url = next;
    }
  }

  async page(cursor?: string): Promise<Page<T>> {
    if (cursor !== undefined && (typeof cursor !== 'string' || cursor === '')) {
      throw new InvalidInputError('A page cursor is the `next` of an earlier page: a non-empty string', 'cursor');
    }
    throwIfAborted(this.options.signal);
    const spec = this.#spec();
    const first = this.#first(spec);
    // A cursor is resolved against the endpoint and kept on its origin (the token goes nowhere else).
    const url = cursor === undefined ? first.url : resolveNextLink(cursor, this.client.endpoint);
    const { items, next } = await this.#fetch(spec, url, first.limit);
    const relative = next === undefined ? undefined : relativeToEndpoint(next, this.client.endpoint);
    return { items, next: relative, marker: next === undefined ? undefined : (new URL(next).searchParams.get('marker') ?? undefined) };
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for await (const page of this.byPage()) yield* page;
  }

  async all(): Promise<T[]> {
    const out: T[] = [];
    for await (const page of this.byPage()) for (const item of page) out.push(item);
    return out;
  }
}

/** `url` relative to `endpoint` when it is below it, else its path and query (rebased on use). */
function relativeToEndpoint(url: string, endpoint: string): string {
  const base = endpoint.endsWith('/') ? endpoint : `${endpoint}/`;
  if (url.startsWith(base)) return url.slice(base.length);
  const target = new URL(url);
  return `${target.pathname}${target.search}`;
}

/**
 * Turns a name into the ID of the one resource that has it, scanning a listing (pass a listing
 * already filtered by name where the API can, to keep it short). Throws {@link NameLookupError}
 * when no resource or several resources have the name.
 */
export async function findIdByName<T extends { id: string; name?: string | null | undefined }>(
  items: AsyncIterable<T>,
  name: string,
  what: string,
): Promise<string> {
  if (typeof name !== 'string' || name === '') throw new InvalidInputError(`A ${what} name must be a non-empty string`, 'name');
  const matches: string[] = [];
  for await (const item of items) if (item.name === name) matches.push(item.id);
  const [id] = matches;
  if (id === undefined || matches.length > 1) throw new NameLookupError({ what, name, matches });
  return id;
}

/**
 * Lists a collection page by page. Lazy: no request leaves until iteration starts. Memory is
 * one page at a time when iterating; the loop guard stops a server that repeats a page. Give the
 * spec as a function when building it validates input (`segment(id)`, a microversion check): it
 * then runs when iteration starts, so bad input rejects the iteration instead of throwing at the call.
 */
export function paginate<T>(client: ServiceClient, spec: PaginateSpec | (() => PaginateSpec), options: CallOptions = {}): Paged<T> {
  return new PagedListing<T>(client, spec, options);
}

/** What {@link findIdOrName} (and every package's `find*Id`) found: the ID, and whether the input was that ID or a name. */
export interface FoundId {
  /** The resource's ID, whichever way it was found. */
  id: string;
  /** `id` when the input was the resource's ID, `name` when it was its (unique) name. */
  matchedBy: 'id' | 'name';
}

/** What {@link findIdOrName} needs. */
export interface FindIdSpec<T extends { id: string; name?: string | null | undefined }> {
  /** An ID or a name. */
  nameOrId: string;
  /** What the resource is, for messages: `flavor`, `network`. */
  what: string;
  /** Reads the resource by ID; a 404 (or a 400 for an ID of the wrong form) means "not an ID". */
  get: (id: string) => Promise<unknown>;
  /** Lists the resources that may have the name (filtered by name where the API can). */
  list: () => AsyncIterable<T>;
}

/**
 * Resolves an ID or a name, as openstacksdk's `find_*` does: the input is tried as an ID first,
 * then as a name that exactly one resource has. Raises {@link NameLookupError} when neither
 * matches or the name is ambiguous, {@link InvalidInputError} for an empty input.
 */
export async function findIdOrName<T extends { id: string; name?: string | null | undefined }>(spec: FindIdSpec<T>): Promise<FoundId> {
  if (typeof spec.nameOrId !== 'string' || spec.nameOrId.trim() === '') {
    throw new InvalidInputError(`A ${spec.what} ID or name must be a non-empty string`, 'nameOrId');
  }
  try {
    await spec.get(spec.nameOrId);
    return { id: spec.nameOrId, matchedBy: 'id' };
  } catch (error) {
    if (!isHttpError(error, [400, 404])) throw error;
  }
  return { id: await findIdByName(spec.list(), spec.nameOrId, spec.what), matchedBy: 'name' };
}
