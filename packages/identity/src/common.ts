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
 * so callers never need to know which Keystone they talk to. Internal: not exported from the
 * package root.
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

/** The keys of {@link TagFilters}, which Keystone wants comma-joined. */
export const TAG_FILTER_KEYS = ['tags', 'tags-any', 'not-tags', 'not-tags-any'] as const;
