/**
 * A snapshot's status. `error` and `error_deleting` are failures (the waiters fail fast on them).
 */
export type SnapshotStatus =
  | 'creating'
  | 'available'
  | 'backing-up'
  | 'deleting'
  | 'deleted'
  | 'error'
  | 'error_deleting'
  | 'restoring'
  | 'unmanaging'
  | (string & {});

/**
 * A snapshot as the thin listing (`GET /snapshots`) shows it: everything but the extended
 * attributes and the fields later microversions add.
 */
export interface SnapshotSummary {
  id: string;
  name: string | null;
  description: string | null;
  status: SnapshotStatus;
  /** Size in GiB: the size of the volume when it was snapshotted. */
  size: number;
  /** The volume the snapshot was taken of. */
  volume_id: string;
  created_at: string;
  updated_at: string | null;
  metadata: Record<string, string>;
}

/** A Cinder volume snapshot, as `GET /snapshots/{id}` and the detailed listing show it. Field names are the API's own. */
export interface Snapshot extends SnapshotSummary {
  /** The project owning the snapshot. Not in the answers of create and update. */
  'os-extended-snapshot-attributes:project_id'?: string;
  /** How far the backend got, as a percentage string (`'100%'`). Not in the answers of create and update. */
  'os-extended-snapshot-attributes:progress'?: string;
  /** The group snapshot the snapshot belongs to. Microversion 3.14 and later. */
  group_snapshot_id?: string | null;
  /** The user who created the snapshot. Microversion 3.41 and later. */
  user_id?: string;
  /** Whether the snapshot counts against the project's quota. Microversion 3.65 and later. */
  consumes_quota?: boolean;
}

/** The metadata of a snapshot: key to value. */
export type SnapshotMetadata = Record<string, string>;
