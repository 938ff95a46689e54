/**
 * A volume attached to a server, as `os-volume_attachments` shows it. Nova identifies an
 * attachment by the volume's ID; field names are the API's own.
 */
export interface VolumeAttachment {
  /**
   * The volume's ID again (Nova's ID of the attachment). Listing and showing stop returning it in
   * microversion 2.89; attaching still returns it.
   */
  id?: string;
  /** The attached volume. */
  volumeId: string;
  /** The server it is attached to. */
  serverId: string;
  /**
   * The device name Nova recorded (`/dev/vdb`); the hypervisor may pick another than the one
   * asked for, and the guest may name the disk otherwise. Listing and showing leave it out when
   * Nova has none; attaching returns `null` then.
   */
  device?: string | null;
  /** The device tag given when attaching, or `null`. Microversion 2.70 and later. */
  tag?: string | null;
  /** Whether deleting the server deletes the volume. Microversion 2.79 and later. */
  delete_on_termination?: boolean;
  /**
   * The Cinder attachment's ID. Microversion 2.89 and later, in listings and `show` only (not in
   * the answer to an attach).
   */
  attachment_id?: string;
  /**
   * The UUID of Nova's block device mapping. Microversion 2.89 and later, in listings and `show`
   * only.
   */
  bdm_uuid?: string;
}
