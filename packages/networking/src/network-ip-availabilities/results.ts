/**
 * Finer IP counts of a network or subnet (extension `network-ip-availability-details`). May exceed
 * `Number.MAX_SAFE_INTEGER` for IPv6, like `total_ips`.
 */
export interface IpAvailabilityDetails {
  /** Addresses in the subnets' CIDRs. */
  total_ips_in_subnet: number;
  /** Addresses in the allocation pools (0 without pools). */
  total_ips_in_allocation_pool: number;
  /** Addresses in use anywhere in the CIDRs. */
  used_ips_in_subnet: number;
  /** Addresses in use inside the allocation pools (0 without pools). */
  used_ips_in_allocation_pool: number;
}

/** The IP usage of one subnet of a network. */
export interface SubnetIpAvailability {
  subnet_id: string;
  subnet_name: string;
  ip_version: 4 | 6;
  cidr: string;
  /** Addresses allocated in the subnet. */
  used_ips: number;
  /**
   * Addresses the subnet can allocate. An IPv6 /64 has 2^64 − 1, beyond
   * `Number.MAX_SAFE_INTEGER`: JSON parsing rounds it, so treat large values as approximate.
   */
  total_ips: number;
  /** Extension `network-ip-availability-details`. */
  ip_availability_details?: IpAvailabilityDetails;
}

/** How many IP addresses a network has and uses, in total and per subnet (extension `network-ip-availability`). */
export interface NetworkIpAvailability {
  network_id: string;
  network_name: string;
  project_id: string;
  tenant_id: string;
  /** Addresses allocated on the network's subnets. */
  used_ips: number;
  /** The sum over the subnets: approximate once an IPv6 subnet is among them (see {@link SubnetIpAvailability.total_ips}). */
  total_ips: number;
  subnet_ip_availability: SubnetIpAvailability[];
  /** Extension `network-ip-availability-details`. */
  ip_availability_details?: IpAvailabilityDetails;
}
