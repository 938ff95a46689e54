/** A group type: what kind of group (consistent snapshots, replication, …) its `group_specs` ask the backend for. */
export interface GroupType {
  id: string;
  name: string;
  description: string | null;
  is_public: boolean;
  /** Shown to admins (and in the answers of create and update); a member's reads omit it. */
  group_specs?: Record<string, string>;
}
