/** The project's absolute limits and what it uses of them (`-1`: unlimited). */
export interface AbsoluteLimits {
  maxTotalVolumes: number;
  maxTotalSnapshots: number;
  /** GiB. */
  maxTotalVolumeGigabytes: number;
  maxTotalBackups: number;
  /** GiB. */
  maxTotalBackupGigabytes: number;
  totalVolumesUsed: number;
  totalGigabytesUsed: number;
  totalSnapshotsUsed: number;
  totalBackupsUsed: number;
  totalBackupGigabytesUsed: number;
}

/** What `GET /limits` answers: rate limits (empty unless the deployment adds a rate limiter) and absolute limits. */
export interface Limits {
  rate: Record<string, unknown>[];
  absolute: AbsoluteLimits;
}
