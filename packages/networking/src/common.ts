/** A link as Neutron returns it in `*_links`. */
export interface Link {
  rel: 'self' | 'next' | 'previous' | (string & {});
  href: string;
}

/** Sort direction of a list query. */
export type SortDirection = 'asc' | 'desc';

/**
 * The query parameters every Neutron list takes: tag filters, field selection, sorting and
 * paging. Resource queries extend it with their own filters.
 */
export interface NeutronListQuery {
  /** Items carrying every one of these tags. */
  tags?: string[];
  /** Items carrying any of these tags. */
  'tags-any'?: string[];
  /** Items not carrying all of these tags. */
  'not-tags'?: string[];
  /** Items carrying none of these tags. */
  'not-tags-any'?: string[];
  /** Only these fields in each item (the result type then has fewer fields than it says). */
  fields?: string[];
  /** Sort keys, most significant first; `sort_dir` must give each one's direction (as many as keys). */
  sort_key?: string | string[];
  sort_dir?: SortDirection | SortDirection[];
  /** Page size; the listing still yields every item, following `*_links`. */
  limit?: number;
  marker?: string;
  page_reverse?: boolean;
  /** Filter by description. */
  description?: string;
  /** Filter by owning project (admin: any project). */
  project_id?: string;
  /** Filter by revision number. */
  revision_number?: number;
}

/**
 * Neutron's tag filters: each is sent as one comma-separated value (`joinListFilters(query,
 * TAG_FILTERS)`), where other arrays repeat their key (`fields`, `sort_key`, multi-value filters).
 */
export const TAG_FILTERS: readonly string[] = ['tags', 'tags-any', 'not-tags', 'not-tags-any'];
