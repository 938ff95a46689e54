/** A group snapshot as the summary listing shows it. */
export interface GroupSnapshotSummary {
  id: string;
  name: string | null;
}

/** A snapshot of every volume of a group (`GET /group_snapshots/{id}`). Field names are the API's own. */
export interface GroupSnapshot extends GroupSnapshotSummary {
  group_id: string;
  group_type_id: string;
  status: 'creating' | 'available' | 'deleting' | 'error' | 'error_deleting' | (string & {});
  description: string | null;
  created_at: string;
  /** Admin, microversion 3.58 and later. */
  project_id?: string;
}

/** What creating a group snapshot answers. */
export interface CreatedGroupSnapshot extends GroupSnapshotSummary {
  group_type_id: string;
}
