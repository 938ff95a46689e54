/**
 * A project's block storage quotas (`-1`: unlimited). Besides the named fields Cinder adds one
 * `volumes_<type>`, `gigabytes_<type>` and `snapshots_<type>` per volume type (`volumes___DEFAULT__`).
 */
export interface QuotaSet {
  /** The project's ID (not in the answer of an update). */
  id?: string;
  volumes: number;
  snapshots: number;
  /** GiB of volumes and snapshots. */
  gigabytes: number;
  backups: number;
  backup_gigabytes: number;
  /** Largest size of one volume, GiB. */
  per_volume_gigabytes: number;
  groups: number;
  [perVolumeType: string]: number | string | undefined;
}

/** One quota with its usage. */
export interface QuotaUsage {
  limit: number;
  in_use: number;
  reserved: number;
  /** With nested quotas only. */
  allocated?: number;
}

/** A project's quotas with their usage (`?usage=true`), per-volume-type items included. */
export interface QuotaSetDetail {
  id: string;
  volumes: QuotaUsage;
  snapshots: QuotaUsage;
  gigabytes: QuotaUsage;
  backups: QuotaUsage;
  backup_gigabytes: QuotaUsage;
  per_volume_gigabytes: QuotaUsage;
  groups: QuotaUsage;
  [perVolumeType: string]: QuotaUsage | string;
}
