/** What `os-initialize_connection` answers: how a host reaches the volume. */
export interface VolumeConnectionInfo {
  /** The transport: `iscsi`, `rbd`, `nfs`, `fibre_channel`, … */
  driver_volume_type: string;
  /** The driver's connection data (targets, `access_mode`, `encrypted`, `qos_specs`, …). */
  data: Record<string, unknown>;
  [key: string]: unknown;
}

/** The image metadata of a volume (`volume_image_metadata`): the properties of the image it came from, and any set since. */
export type VolumeImageMetadata = Record<string, string>;

/** What {@link uploadVolumeToImage} answers: the Glance image being written, and the volume. */
export interface VolumeImageUpload {
  /** The volume's ID. */
  id: string;
  /** The new image's ID in Glance. */
  image_id: string;
  image_name: string;
  disk_format: string;
  container_format: string;
  /** The volume's status: `uploading` while the copy runs. */
  status: string;
  size: number;
  updated_at: string | null;
  display_description: string | null;
  /** The volume's type, in full. */
  volume_type: Record<string, unknown> | null;
  /** Microversion 3.1 and later. */
  visibility?: string;
  /** Microversion 3.1 and later. */
  protected?: boolean;
  [key: string]: unknown;
}
