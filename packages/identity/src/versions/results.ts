/** A link of a version document. */
export interface IdentityVersionLink {
  rel: string;
  href: string;
  type?: string;
}

/** One major version of the identity API, from Keystone's versions document. */
export interface IdentityVersion {
  /** The version with its minor part (`v3.14`). */
  id: string;
  status: 'stable' | 'deprecated' | 'experimental' | (string & {});
  updated: string;
  links: IdentityVersionLink[];
  'media-types': { base: string; type: string }[];
}
