import type { Links } from '../common.js';

/** A service in Keystone's catalog (`compute`, `network`…), under which endpoints are registered. */
export interface CatalogService {
  id: string;
  /** The service type (`identity`, `compute`), which clients look up in the catalog. */
  type: string;
  /** Absent when the service was created without one. */
  name?: string;
  description?: string;
  enabled: boolean;
  links: Links;
}
