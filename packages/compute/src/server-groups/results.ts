/**
 * How Nova places a group's servers: on one host (`affinity`), on different hosts
 * (`anti-affinity`), or preferably so (`soft-…`, microversion 2.15 and later).
 */
export type ServerGroupPolicy = 'affinity' | 'anti-affinity' | 'soft-affinity' | 'soft-anti-affinity' | (string & {});

/** Rules of a server group's policy (microversion 2.64 and later; `anti-affinity` only). */
export interface ServerGroupRules {
  /** How many of the group's servers may share a host. */
  max_server_per_host?: number;
}

/**
 * A server group. Its policy is `policies` (a list of one) before microversion 2.64, and
 * `policy` with `rules` from 2.64.
 */
export interface ServerGroup {
  id: string;
  name: string;
  /** The IDs of the servers in the group. */
  members: string[];
  /** Before microversion 2.64: a list of exactly one policy. */
  policies?: ServerGroupPolicy[];
  /** Before microversion 2.64: always empty. */
  metadata?: Record<string, string>;
  /** Microversion 2.13 and later. */
  project_id?: string;
  /** Microversion 2.13 and later. */
  user_id?: string;
  /** Microversion 2.64 and later. */
  policy?: ServerGroupPolicy;
  /** Microversion 2.64 and later; `{}` when the group has none. */
  rules?: ServerGroupRules;
}
