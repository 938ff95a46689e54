/** A project's quotas and what it uses of them, as `GET /limits` names them. `-1` means unlimited. */
export interface AbsoluteLimits {
  maxTotalInstances: number;
  /** vCPUs. */
  maxTotalCores: number;
  /** RAM in MiB. */
  maxTotalRAMSize: number;
  /** Metadata items per server. */
  maxServerMeta: number;
  /** Keypairs per user. */
  maxTotalKeypairs: number;
  maxServerGroups: number;
  /** Servers per server group. */
  maxServerGroupMembers: number;
  totalInstancesUsed: number;
  totalCoresUsed: number;
  /** RAM in use, in MiB. */
  totalRAMUsed: number;
  totalServerGroupsUsed: number;
  /** Before microversion 2.39 (the image metadata proxy was deprecated). */
  maxImageMeta?: number;
  /** Before microversion 2.57 (personality files were removed). */
  maxPersonality?: number;
  /** Before microversion 2.57 (personality files were removed). */
  maxPersonalitySize?: number;
  /** Before microversion 2.36 (Neutron owns it). */
  maxSecurityGroups?: number;
  /** Before microversion 2.36 (Neutron owns it). */
  maxSecurityGroupRules?: number;
  /** Before microversion 2.36 (Neutron owns it). */
  maxTotalFloatingIps?: number;
  /** Before microversion 2.36 (Neutron owns it). */
  totalFloatingIpsUsed?: number;
  /** Before microversion 2.36 (Neutron owns it). */
  totalSecurityGroupsUsed?: number;
}

/** The answer of {@link getLimits}. */
export interface Limits {
  /** Always empty: Nova no longer has rate limits. Kept for compatibility. */
  rate: unknown[];
  absolute: AbsoluteLimits;
}
