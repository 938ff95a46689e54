import { linkedPages, type PageStrategy } from '@openstack-ts/core';

/** Keystone's `links` object on entities and lists. */
export interface Links {
  self: string;
  next?: string | null;
  previous?: string | null;
}

/**
 * How Keystone lists page: older releases answer everything at once with `links.next: null`;
 * newer ones take `limit`/`marker` and give `links.next`. Following `links.next` covers both,
 * so callers never need to know which Keystone they talk to.
 */
export function keystonePages(): PageStrategy {
  return linkedPages('links');
}

/** The tag filters Keystone takes on projects (comma-joined lists). */
export interface TagFilters {
  tags?: string[];
  'tags-any'?: string[];
  'not-tags'?: string[];
  'not-tags-any'?: string[];
}

/** Turns tag filter arrays into Keystone's comma-joined values; other fields pass through. */
export function joinTagFilters(query: object): Record<string, string | number | boolean | undefined> {
  const out: Record<string, string | number | boolean | undefined> = {};
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (value === undefined) continue;
    out[key] = Array.isArray(value) ? value.join(',') : (value as string | number | boolean);
  }
  return out;
}
