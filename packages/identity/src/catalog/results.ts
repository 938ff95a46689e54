import type { EndpointInterface } from '../endpoints/results.js';

/** One endpoint of a catalog entry, as a token's catalog shows it. */
export interface AuthCatalogEndpoint {
  id: string;
  interface: EndpointInterface;
  region_id: string | null;
  /** The region again, under its deprecated name. */
  region: string | null;
  url: string;
}

/** One service of the caller's catalog, with the endpoints the token may use. */
export interface AuthCatalogEntry {
  id: string;
  type: string;
  /** Empty when the service has no name. */
  name: string;
  endpoints: AuthCatalogEndpoint[];
}

/** A system scope the caller may ask a token for: `{ all: true }` is the whole deployment. */
export interface AuthSystemScope {
  all?: boolean;
}
