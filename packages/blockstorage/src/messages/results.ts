import type { Link } from '../common.js';

/** A user message: why an asynchronous operation on a resource failed (Cinder keeps no fault on the resource). */
export interface Message {
  id: string;
  /** Cinder's code for the event, `VOLUME_VOLUME_007_010`. */
  event_id: string;
  user_message: string;
  message_level: 'ERROR' | (string & {});
  resource_type: 'VOLUME' | 'VOLUME_SNAPSHOT' | 'VOLUME_BACKUP' | (string & {});
  resource_uuid: string | null;
  request_id: string;
  created_at: string;
  /** When Cinder may delete the message. */
  guaranteed_until: string;
  links: Link[];
}
