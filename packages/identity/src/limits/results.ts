import type { Links } from '../common.js';

/** A registered limit: the default limit of a resource of a service (optionally in one region), for every project. */
export interface RegisteredLimit {
  id: string;
  service_id: string;
  region_id: string | null;
  resource_name: string;
  default_limit: number;
  description: string | null;
  links: Links;
}

/** A project (or domain) limit: overrides a registered limit's default for one project or domain. */
export interface Limit {
  id: string;
  /** The project the limit applies to; null for a domain limit. */
  project_id: string | null;
  /** The domain the limit applies to; null for a project limit. */
  domain_id: string | null;
  service_id: string;
  region_id: string | null;
  resource_name: string;
  resource_limit: number;
  description: string | null;
  links: Links;
}

/** Keystone's limit enforcement model (`[unified_limit] enforcement_model`). */
export interface LimitModel {
  name: 'flat' | 'strict_two_level' | (string & {});
  description: string;
}
