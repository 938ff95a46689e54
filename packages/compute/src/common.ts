/** A link as Nova returns it in `links` and `*_links`. */
export interface Link {
  rel: 'self' | 'bookmark' | 'next' | 'alternate' | (string & {});
  href: string;
  type?: string;
}

/** Sort direction of a list query. */
export type SortDirection = 'asc' | 'desc';
