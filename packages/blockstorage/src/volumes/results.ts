import type { Link } from '../common.js';

/**
 * A volume's status. `error*` statuses are failures (the waiters fail fast on them); `in-use` means
 * attached.
 */
export type VolumeStatus =
  | 'creating'
  | 'available'
  | 'reserved'
  | 'attaching'
  | 'detaching'
  | 'in-use'
  | 'maintenance'
  | 'deleting'
  | 'awaiting-transfer'
  | 'error'
  | 'error_deleting'
  | 'backing-up'
  | 'restoring-backup'
  | 'error_backing-up'
  | 'error_restoring'
  | 'extending'
  | 'error_extending'
  | 'downloading'
  | 'uploading'
  | 'retyping'
  | 'error_managing'
  | 'managing'
  | (string & {});

/** One attachment of a volume to a server, as a volume shows it. */
export interface VolumeAttachment {
  /** The attachment's ID (the same as `attachment_id`). */
  id: string;
  attachment_id: string;
  volume_id: string;
  server_id: string;
  host_name: string | null;
  /** The device name in the guest, as the compute service reported it. */
  device: string;
  attached_at: string;
}

/** A Cinder volume, as `GET /volumes/{id}` and the detailed listing show it. Field names are the API's own. */
export interface Volume {
  id: string;
  name: string | null;
  description: string | null;
  status: VolumeStatus;
  /** Size in GiB. */
  size: number;
  availability_zone: string;
  created_at: string;
  updated_at: string | null;
  /** The volume type's name. */
  volume_type: string;
  /** Whether the volume can be booted from: the strings `'true'` or `'false'`, as Cinder sends them. */
  bootable: 'true' | 'false' | (string & {});
  encrypted: boolean;
  multiattach: boolean;
  metadata: Record<string, string>;
  attachments: VolumeAttachment[];
  links: Link[];
  snapshot_id: string | null;
  source_volid: string | null;
  user_id: string;
  replication_status: string | null;
  consistencygroup_id: string | null;
  /** The image metadata of a volume created from an image (or given image metadata). */
  volume_image_metadata?: Record<string, string>;
  /** The project owning the volume (shown to its members too). */
  'os-vol-tenant-attr:tenant_id'?: string;
  /** Admin: the migration status. */
  migration_status?: string | null;
  /** Admin: the backend host (`host@backend#pool`). */
  'os-vol-host-attr:host'?: string | null;
  /** Admin: the migration status (the same as `migration_status`). */
  'os-vol-mig-status-attr:migstat'?: string | null;
  /** Admin: the volume ID on the backend, when it differs after a migration. */
  'os-vol-mig-status-attr:name_id'?: string | null;
  /** The group the volume belongs to. Microversion 3.13 and later. */
  group_id?: string | null;
  /** Admin: the backend's ID of the volume. Microversion 3.21 and later. */
  provider_id?: string | null;
  /** The UUID of the cinder-volume service owning the volume. Microversion 3.48 and later. */
  service_uuid?: string | null;
  /** Whether the backend shares targets between attachments. Microversion 3.48 and later. */
  shared_targets?: boolean;
  /** Admin: the cluster of the backend. Microversion 3.61 and later. */
  cluster_name?: string | null;
  /** The volume type's ID. Microversion 3.63 and later. */
  volume_type_id?: string;
  /** The ID of the key of an encrypted volume. Microversion 3.64 and later. */
  encryption_key_id?: string | null;
  /** Whether the volume counts against the project's quota. Microversion 3.65 and later. */
  consumes_quota?: boolean;
}

/** A volume as the thin listing shows it: ID, name and links. */
export interface VolumeSummary {
  id: string;
  name: string | null;
  links: Link[];
}

/** The metadata of a volume: key to value. */
export type VolumeMetadata = Record<string, string>;

/** The totals of {@link getVolumesSummary}. */
export interface VolumesSummary {
  /** The number of volumes. */
  total_count: number;
  /** Their total size in GiB. */
  total_size: number;
  /** Every metadata key of the volumes, with the values it takes. Microversion 3.36 and later. */
  metadata?: Record<string, string[]>;
}
