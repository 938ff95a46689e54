import type { Links } from '../common.js';

/**
 * An EC2-style credential (the `OS-EC2` extension): an access key and its secret for a user on a
 * project. Keystone returns the `secret` in every answer, list and get included.
 */
export interface Ec2Credential {
  user_id: string;
  /** The project (Keystone's v2 name for it). */
  tenant_id: string;
  /** The access key; it also identifies the credential in paths. */
  access: string;
  /** The secret key, returned by create, get and list alike. */
  secret: string;
  /** The trust, when created with a trust-scoped token. */
  trust_id: string | null;
  /** Present when read through the `OS-EC2` paths. */
  links?: Links;
}
