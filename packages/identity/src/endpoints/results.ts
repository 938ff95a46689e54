import type { Links } from '../common.js';

/** Which network an endpoint serves. */
export type EndpointInterface = 'public' | 'internal' | 'admin' | (string & {});

/** An endpoint in Keystone's catalog: one URL of a service, for one interface and region. */
export interface Endpoint {
  id: string;
  interface: EndpointInterface;
  service_id: string;
  url: string;
  region_id: string | null;
  /** The region again, under its deprecated name. */
  region: string | null;
  enabled: boolean;
  links: Links;
}
