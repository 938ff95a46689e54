/** A Cinder volume type, as `GET /types/{id}` and the listing show it. Field names are the API's own. */
export interface VolumeType {
  id: string;
  name: string;
  description: string | null;
  is_public: boolean;
  /** The same as `is_public`, under the extension's name. */
  'os-volume-type-access:is_public': boolean;
  /**
   * The type's extra specs (backend selection, `multiattach`, …). Cinder shows a member only the
   * specs its policy calls user-visible; an admin sees all of them.
   */
  extra_specs: Record<string, string>;
  /** Admin: the QoS specs associated with the type. Not in the answers of create and update. */
  qos_specs_id?: string | null;
}

/** One project's access to a private volume type. */
export interface VolumeTypeAccess {
  volume_type_id: string;
  project_id: string;
}

/** The extra specs of a volume type: key to value. */
export type VolumeTypeExtraSpecs = Record<string, string>;

/** Where a volume's encryption happens: in the compute host (`front-end`) or the storage backend (`back-end`). */
export type EncryptionControlLocation = 'front-end' | 'back-end' | (string & {});

/** The encryption a volume type gives its volumes, as `GET /types/{id}/encryption` shows it. */
export interface VolumeTypeEncryption {
  /** The ID of the encryption spec, for `updateVolumeTypeEncryption` and `deleteVolumeTypeEncryption`. */
  encryption_id: string;
  volume_type_id: string;
  /** The encryptor: `luks`, `plain`, or a class name. */
  provider: string;
  /** `aes-xts-plain64`, for instance; `null` for the provider's default. */
  cipher: string | null;
  /** In bits; `null` for the provider's default. */
  key_size: number | null;
  control_location: EncryptionControlLocation;
  /** Not in the answer of create. */
  created_at?: string;
  updated_at?: string | null;
  deleted_at?: string | null;
  deleted?: boolean;
}
