/**
 * A Neutron subnet pool (extension `subnet_allocation`): prefixes from which subnets are allocated
 * by size instead of by CIDR. Field names are the API's own; extension fields are optional.
 *
 * Neutron (Zed) gives the prefix lengths as strings (`"24"`) when it creates, shows or lists a
 * pool, and as numbers in the answer to an update: compare with `Number(pool.default_prefixlen)`.
 */
export interface SubnetPool {
  id: string;
  name: string;
  ip_version: 4 | 6;
  /** The pool's prefixes in CIDR notation; Neutron merges adjacent ones (two /16 become a /15). */
  prefixes: string[];
  /** The size of a subnet allocated without `prefixlen` (often a string, see above). */
  default_prefixlen: number | string;
  /** The largest subnet (smallest prefix length) the pool hands out (often a string, see above). */
  min_prefixlen: number | string;
  /** The smallest subnet (largest prefix length) the pool hands out (often a string, see above). */
  max_prefixlen: number | string;
  /**
   * Per-project quota of address space allocated from the pool, in /32s (IPv4) or /64s (IPv6);
   * `null` when none is enforced.
   */
  default_quota: number | null;
  /** Every project may allocate from the pool. */
  shared: boolean;
  /** The default pool of its IP version, used by subnets created with `use_default_subnetpool`. */
  is_default: boolean;
  project_id: string;
  tenant_id: string;
  /** Extension `address-scope`. */
  address_scope_id?: string | null;
  /** Extension `standard-attr-description`. */
  description?: string;
  /** Extension `standard-attr-tag`. */
  tags?: string[];
  /** Extension `standard-attr-timestamp`. */
  created_at?: string;
  updated_at?: string;
  /** Extension `standard-attr-revisions`. */
  revision_number?: number;
}
