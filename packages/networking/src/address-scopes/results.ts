/**
 * A Neutron address scope (extension `address-scope`): a set of IP addresses within which subnet
 * pools, and so subnets, may not overlap; traffic between scopes is not routed without NAT.
 * Address scopes have no description, tags or timestamps.
 */
export interface AddressScope {
  id: string;
  name: string;
  ip_version: 4 | 6;
  /** Every project may use the scope's subnet pools' prefixes. */
  shared: boolean;
  project_id: string;
  tenant_id: string;
}
