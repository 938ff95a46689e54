/**
 * The quotas Nova keeps, each of type `T`: a number for {@link QuotaSet}, a {@link QuotaUsage}
 * for {@link QuotaSetDetail}. `-1` means unlimited.
 */
export interface QuotaValues<T> {
  /** vCPUs. */
  cores: T;
  instances: T;
  /** Keypairs per user. */
  key_pairs: T;
  /** Metadata items per server. */
  metadata_items: T;
  /** RAM in MiB. */
  ram: T;
  server_groups: T;
  /** Servers per server group. */
  server_group_members: T;
  /** Before microversion 2.36 (Neutron owns it). */
  fixed_ips?: T;
  /** Before microversion 2.36 (Neutron owns it). */
  floating_ips?: T;
  /** Before microversion 2.36 (Neutron owns it). */
  security_groups?: T;
  /** Before microversion 2.36 (Neutron owns it). */
  security_group_rules?: T;
  /** Before microversion 2.36, and only from clouds older than Train (nova-network). */
  networks?: T;
  /** Before microversion 2.57 (personality files were removed). */
  injected_files?: T;
  /** Before microversion 2.57 (personality files were removed). */
  injected_file_content_bytes?: T;
  /** Before microversion 2.57 (personality files were removed). */
  injected_file_path_bytes?: T;
}

/** The quotas of a project (or of a user in it). */
export interface QuotaSet extends QuotaValues<number> {
  /** The project (or user) the quotas are for. */
  id: string;
}

/** The quotas as {@link updateQuotaSet} returns them: without `id`. */
export type UpdatedQuotaSet = QuotaValues<number>;

/** One quota with its usage. */
export interface QuotaUsage {
  limit: number;
  in_use: number;
  /** Always 0 since Nova counts usage instead of reserving it (Pike). */
  reserved: number;
}

/** The quotas of a project (or of a user in it), each with its usage. */
export interface QuotaSetDetail extends QuotaValues<QuotaUsage> {
  /** The project (or user) the quotas are for. */
  id: string;
}
