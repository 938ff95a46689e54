import type { Links } from '../common.js';

/** A Keystone project (or, with `is_domain`, a project acting as a domain). */
export interface Project {
  id: string;
  name: string;
  domain_id: string;
  description: string;
  enabled: boolean;
  /** The parent project, or the domain's ID for a top-level project. */
  parent_id: string | null;
  is_domain: boolean;
  tags: string[];
  options: Record<string, unknown>;
  links: Links;
  /** With `parents_as_ids`: the ancestors as nested IDs; with `parents_as_list`: a list of `{ project }`. */
  parents?: Record<string, unknown> | { project: Project }[];
  /** With `subtree_as_ids` or `subtree_as_list`. */
  subtree?: Record<string, unknown> | { project: Project }[] | null;
  /** With `include_limits` on a project in a hierarchy. */
  limits?: unknown[];
}
