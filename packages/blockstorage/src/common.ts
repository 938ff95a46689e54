/** A link as Cinder returns it in `links` and `*_links`. */
export interface Link {
  rel: 'self' | 'bookmark' | 'next' | (string & {});
  href: string;
}

/** Sort direction of a list query. */
export type SortDirection = 'asc' | 'desc';
