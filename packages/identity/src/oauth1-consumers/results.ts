import type { Links } from '../common.js';

/** An OAuth 1.0a consumer registered with Keystone (extension `OS-OAUTH1`). */
export interface OAuth1Consumer {
  id: string;
  description: string | null;
  links: Links;
}

/** The consumer as {@link createOAuth1Consumer} returns it: the only answer that carries its secret. */
export interface CreatedOAuth1Consumer extends OAuth1Consumer {
  /** The consumer secret. A secret: Keystone shows it once, at creation; keep it safe. */
  secret: string;
}
