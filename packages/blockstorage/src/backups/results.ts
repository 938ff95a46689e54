import type { Link } from '../common.js';

/**
 * A backup's status. `error*` statuses are failures (the waiters fail fast on them, with the
 * backup's `fail_reason`).
 */
export type BackupStatus = 'creating' | 'available' | 'deleting' | 'error' | 'error_deleting' | 'restoring' | 'error_restoring' | (string & {});

/** A volume backup, as `GET /backups/{id}` and the detailed listing show it. Field names are the API's own. */
export interface Backup {
  id: string;
  name: string | null;
  description: string | null;
  status: BackupStatus;
  /** Size of the backed-up volume in GiB. */
  size: number;
  object_count: number;
  availability_zone: string | null;
  /** Where the backup driver keeps the data (a directory for the posix driver, a Swift container for swift). */
  container: string | null;
  created_at: string;
  updated_at: string | null;
  /** Why the backup failed, when its status is an `error*` one. */
  fail_reason: string | null;
  volume_id: string;
  /** Set when the backup was made from a snapshot. */
  snapshot_id: string | null;
  /** The time of the data backed up (the snapshot's, for a backup of a snapshot). */
  data_timestamp: string;
  is_incremental: boolean;
  /** Whether incremental backups depend on this one (it cannot be deleted before them). */
  has_dependent_backups: boolean;
  links: Link[];
  /** Microversion 3.43 and later. */
  metadata?: Record<string, string>;
  /** Admin, microversion 3.18 and later: the owning project. */
  'os-backup-project-attr:project_id'?: string;
  /** Microversion 3.56 and later (admin in Zed's default policy). */
  user_id?: string;
  /** Microversion 3.64 and later, for backups of encrypted volumes. */
  encryption_key_id?: string | null;
}

/** A backup as the summary listing, `createBackup`, `updateBackup` and `importBackupRecord` give it: ID, name and links. */
export interface BackupSummary {
  id: string;
  name: string | null;
  links: Link[];
}

/** What `restoreBackup` answers: the volume the backup is restored into. */
export interface BackupRestore {
  backup_id: string;
  volume_id: string;
  volume_name: string | null;
}

/**
 * A backup's database record (`export_record`), to import into another Cinder with
 * `importBackupRecord`: the backup driver's class and an opaque, base64 encoded record.
 */
export interface BackupRecord {
  backup_service: string;
  backup_url: string;
}
