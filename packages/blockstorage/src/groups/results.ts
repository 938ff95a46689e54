/** A group's status. */
export type GroupStatus = 'creating' | 'available' | 'updating' | 'in-use' | 'deleting' | 'deleted' | 'error' | 'error_deleting' | (string & {});

/** A group as the summary listing and the answers of create show it. */
export interface GroupSummary {
  id: string;
  name: string | null;
}

/** A generic volume group (`GET /groups/{id}`, the detailed listing). Field names are the API's own. */
export interface Group extends GroupSummary {
  status: GroupStatus;
  description: string | null;
  availability_zone: string;
  created_at: string;
  /** The group type's ID. */
  group_type: string;
  /** The IDs of the volume types the group's volumes may have. */
  volume_types: string[];
  group_snapshot_id: string | null;
  source_group_id: string | null;
  /** Microversion 3.38 and later. */
  replication_status?: string;
  /** Admin, microversion 3.58 and later. */
  project_id?: string;
  /** The member volumes' IDs, with `list_volume` (microversion 3.25 and later). */
  volumes?: string[];
}
