/**
 * An attachment's status: `reserved` (no connector yet), `attaching` (connector given),
 * `attached` (completed), `detached`, `error_attaching`, `error_detaching`.
 */
export type AttachmentStatus = 'reserved' | 'attaching' | 'attached' | 'detaching' | 'detached' | 'error_attaching' | 'error_detaching' | (string & {});

/** An attachment as the summary listing shows it. */
export interface AttachmentSummary {
  id: string;
  status: AttachmentStatus;
  /** The server's ID (the `instance_uuid` it was created with), or `null`. */
  instance: string | null;
  volume_id: string;
}

/**
 * How the host reaches the volume, from the volume driver once a connector is known: `{}` before.
 * `driver_volume_type` (`iscsi`, `rbd`, …) says which os-brick connector reads `data`.
 */
export interface AttachmentConnectionInfo {
  driver_volume_type?: string;
  access_mode?: 'rw' | 'ro' | (string & {});
  attachment_id?: string;
  encrypted?: boolean;
  cacheable?: boolean;
  qos_specs?: Record<string, unknown> | null;
  data?: Record<string, unknown>;
  [key: string]: unknown;
}

/** A volume attachment (`GET /attachments/{id}`, the detailed listing, create and update). Field names are the API's own. */
export interface Attachment extends AttachmentSummary {
  /** When the attachment was completed: an empty string until then, as Cinder sends it. */
  attached_at: string;
  /** An empty string until the attachment is detached. */
  detached_at: string;
  /** `rw` or `ro`; the string `'null'` until a connector or a mode is given, as Cinder sends it. */
  attach_mode: 'rw' | 'ro' | 'null' | (string & {});
  connection_info: AttachmentConnectionInfo;
}

/**
 * The host connector (os-brick's `get_connector_properties` on the compute host): where and how
 * the volume will be attached. Cinder passes it to the volume driver; `mountpoint` becomes the
 * volume's attachment `device`.
 */
export interface AttachmentConnector {
  initiator?: string;
  ip?: string;
  host?: string;
  platform?: string;
  os_type?: string;
  multipath?: boolean;
  mountpoint?: string;
  wwpns?: string[];
  wwnns?: string[];
  nqn?: string;
  [key: string]: unknown;
}
