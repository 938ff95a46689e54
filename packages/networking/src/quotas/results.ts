/**
 * A project's quota: the most of each resource it may have; `-1` means no limit. Which resources
 * appear depends on the plugins the server loads: the core ones always, the others with the
 * extension that brings them.
 */
export interface Quota {
  network: number;
  subnet: number;
  port: number;
  subnetpool: number;
  /** Extension `router`. */
  router?: number;
  /** Extension `router`. */
  floatingip?: number;
  /** Extension `security-group`. */
  security_group?: number;
  /** Extension `security-group`. */
  security_group_rule?: number;
  /** Extension `rbac-policies`. */
  rbac_policy?: number;
  /** Extension `trunk`. */
  trunk?: number;
}

/** A project's quota as {@link listQuotas} returns it: the limits and whose they are. */
export interface ProjectQuota extends Quota {
  project_id: string;
  tenant_id: string;
}

/** The limit and usage of one resource (extension `quota_details`). */
export interface QuotaUsage {
  /** The quota; `-1` means no limit. */
  limit: number;
  /** How many the project has. */
  used: number;
  /** How many are reserved by requests in progress. */
  reserved: number;
}

/** A project's quota with its usage, per resource (extension `quota_details`). */
export type QuotaDetails = { [Resource in keyof Quota]: QuotaUsage };
