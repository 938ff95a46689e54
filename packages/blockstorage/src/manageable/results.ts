/** How a backend names a volume or snapshot it holds: `{ 'source-name': … }` or `{ 'source-id': … }`, as the driver likes. */
export type BackendReference = Record<string, string>;

/** A volume on a backend, as the thin listing of manageable volumes gives it. */
export interface ManageableVolumeSummary {
  reference: BackendReference;
  /** Size in GiB. */
  size: number;
  /** Whether Cinder can take the volume over; see `reason_not_safe` in the detail. */
  safe_to_manage: boolean;
  [key: string]: unknown;
}

/** A volume on a backend, in detail. */
export interface ManageableVolume extends ManageableVolumeSummary {
  reason_not_safe: string | null;
  /** The Cinder volume it already is, if any. */
  cinder_id: string | null;
  extra_info: string | null;
}

/** A snapshot on a backend, as the thin listing of manageable snapshots gives it. */
export interface ManageableSnapshotSummary {
  reference: BackendReference;
  /** The reference of the volume it is a snapshot of. */
  source_reference: BackendReference;
  /** Size in GiB. */
  size: number;
  safe_to_manage: boolean;
  [key: string]: unknown;
}

/** A snapshot on a backend, in detail. */
export interface ManageableSnapshot extends ManageableSnapshotSummary {
  reason_not_safe: string | null;
  cinder_id: string | null;
  extra_info: string | null;
}

/** A snapshot as Cinder answers a manage request (`POST /manageable_snapshots`). */
export interface ManagedSnapshot {
  id: string;
  volume_id: string;
  name: string | null;
  description: string | null;
  status: string;
  size: number;
  created_at: string;
  metadata: Record<string, string>;
  [key: string]: unknown;
}
