/** A reference to a user, project or domain inside a token. */
export interface TokenEntityRef {
  id: string;
  name: string;
  domain?: { id: string; name: string };
}

/** A service of the catalog inside a token (absent with `nocatalog`). */
export interface TokenCatalogEntry {
  id: string;
  type: string;
  name?: string;
  endpoints: { id: string; interface: string; region: string | null; region_id: string | null; url: string }[];
}

/**
 * A Keystone token as validation shows it. The token's own ID is not part of the body (it travels in
 * the `X-Subject-Token` header), so this type holds no secret.
 */
export interface Token {
  /** The authentication methods used: `password`, `token`, `application_credential`… */
  methods: string[];
  user: TokenEntityRef & { password_expires_at?: string | null; 'OS-FEDERATION'?: Record<string, unknown> };
  /** Identifies the token (first) and the token it was issued from (second) without revealing it. */
  audit_ids: string[];
  expires_at: string;
  issued_at: string;
  /** Present on a project-scoped token. */
  project?: TokenEntityRef;
  /** Present on a domain-scoped token. */
  domain?: TokenEntityRef;
  /** Present on a system-scoped token: `{ all: true }`. */
  system?: Record<string, boolean>;
  roles?: { id: string; name: string; domain_id?: string | null }[];
  is_domain?: boolean;
  /** The service catalog; absent when validated with `nocatalog`. */
  catalog?: TokenCatalogEntry[];
  application_credential?: { id: string; name: string; restricted: boolean };
  'OS-TRUST:trust'?: Record<string, unknown>;
  [extension: string]: unknown;
}
