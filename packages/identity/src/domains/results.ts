import type { Links } from '../common.js';

/** A Keystone domain: a container of users, groups and projects. */
export interface Domain {
  id: string;
  name: string;
  description: string;
  enabled: boolean;
  tags: string[];
  options: Record<string, unknown>;
  links: Links;
}
