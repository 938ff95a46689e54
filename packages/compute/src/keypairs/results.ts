/** The kind of a keypair: an SSH key, or an x509 certificate. */
export type KeypairType = 'ssh' | 'x509' | (string & {});

/** A keypair as `GET /os-keypairs` lists it (unwrapped from its `{ "keypair": … }` item). */
export interface KeypairSummary {
  /** The keypair's name, which is also its ID in paths (unique per user). */
  name: string;
  public_key: string;
  fingerprint: string;
  /** Microversion 2.2 and later. */
  type?: KeypairType;
}

/** A keypair with its details, as `GET /os-keypairs/{name}` shows it. */
export interface Keypair extends KeypairSummary {
  /** The database ID; paths use the name instead. */
  id: number;
  user_id: string;
  created_at: string;
  /** Always `false`: deleted keypairs are never shown. */
  deleted: boolean;
  /** Always `null`. */
  deleted_at: string | null;
  /** Always `null`: keypairs cannot be updated. */
  updated_at: string | null;
}

/** A keypair as `POST /os-keypairs` returns it. */
export interface CreatedKeypair extends KeypairSummary {
  user_id: string;
  /**
   * The private key of a keypair Nova generated (a create without `public_key`, before
   * microversion 2.92). Returned in this answer only: Nova keeps no copy.
   */
  private_key?: string;
}
