import type { Links } from '../common.js';

/**
 * A Keystone credential: an opaque secret `blob` of some `type` (`ec2`, `totp`, `cert`…) stored for
 * a user. Keystone returns the blob in every answer (it is the credential's content), so treat the
 * whole object as a secret.
 */
export interface Credential {
  id: string;
  user_id: string;
  project_id: string | null;
  type: 'ec2' | 'totp' | 'cert' | (string & {});
  /** The secret content, as a string (for `ec2`, JSON with `access` and `secret`). */
  blob: string;
  links: Links;
}
