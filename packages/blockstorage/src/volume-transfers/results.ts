import type { Link } from '../common.js';

/** A volume transfer as the thin listing gives it (and as accepting one answers). */
export interface VolumeTransferSummary {
  id: string;
  name: string | null;
  volume_id: string;
  links: Link[];
}

/** A volume transfer: an offer of a volume to whichever project presents its `auth_key`. */
export interface VolumeTransfer extends VolumeTransferSummary {
  created_at: string;
  /** Whether the volume's snapshots stay behind. Microversion 3.55 and later. */
  no_snapshots?: boolean;
  /** Microversion 3.57 and later. */
  source_project_id?: string;
  /** The accepting project, once accepted. Microversion 3.57 and later. */
  destination_project_id?: string | null;
  /** Microversion 3.57 and later. */
  accepted?: boolean;
  [key: string]: unknown;
}

/** What {@link createVolumeTransfer} answers: the transfer with its secret, which Cinder shows this once only. */
export interface CreatedVolumeTransfer extends VolumeTransfer {
  /** The key the receiving project must present to accept the transfer. */
  auth_key: string;
}
