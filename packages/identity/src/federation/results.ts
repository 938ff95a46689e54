import type { Links } from '../common.js';

/** One rule of a mapping: the local identity (`local`) built from the matching remote attributes (`remote`). */
export interface MappingRule {
  local: Record<string, unknown>[];
  remote: Record<string, unknown>[];
}

/** A federation mapping: how an identity provider's assertion attributes become a Keystone user and groups. */
export interface Mapping {
  /** Chosen by the caller at creation. */
  id: string;
  rules: MappingRule[];
  /** The rules' schema version (newer Keystone releases). */
  schema_version?: string;
  links: Links;
}

/** A federated identity provider. */
export interface IdentityProvider {
  /** Chosen by the caller at creation. */
  id: string;
  /** The domain federated users of this provider belong to. */
  domain_id: string;
  enabled: boolean;
  description: string | null;
  /** The provider's entity IDs, matched against the assertion's remote ID attribute. */
  remote_ids: string[];
  /** How long (minutes) group memberships from an assertion stay valid; null for the default. */
  authorization_ttl?: number | null;
  links: Links & { protocols?: string };
}

/**
 * A federation protocol of an identity provider (`saml2`, `openid`, `mapped`…), naming the mapping
 * that applies. Keystone's single-protocol answers omit `idp_id` and `remote_id_attribute`; its
 * lists include them.
 */
export interface FederationProtocol {
  /** The protocol name, chosen by the caller at creation. */
  id: string;
  mapping_id: string;
  idp_id?: string;
  remote_id_attribute?: string | null;
  links: Links & { identity_provider?: string };
}
