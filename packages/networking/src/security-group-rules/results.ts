/** Which way traffic a rule matches flows, seen from the port. */
export type SecurityGroupRuleDirection = 'ingress' | 'egress' | (string & {});

/** The IP version a rule matches. */
export type SecurityGroupRuleEthertype = 'IPv4' | 'IPv6' | (string & {});

/**
 * A Neutron security group rule: one allowed flow of a security group. Field names are the API's
 * own; extension fields are optional. Rules are never updated, only created and deleted.
 */
export interface SecurityGroupRule {
  id: string;
  /** The group the rule belongs to. */
  security_group_id: string;
  direction: SecurityGroupRuleDirection;
  ethertype: SecurityGroupRuleEthertype;
  /**
   * The IP protocol as Neutron stored it: a name (`tcp`, `udp`, `icmp`, `ipv6-icmp`, …), a number
   * in a string (`'112'`), or `null` for any protocol.
   */
  protocol: string | null;
  /** First port of the range (TCP, UDP, SCTP…); for ICMP the type. `null`: any. */
  port_range_min: number | null;
  /** Last port of the range; for ICMP the code. `null`: any. */
  port_range_max: number | null;
  /** The remote CIDR as given on create (not normalized; see `normalized_cidr`). */
  remote_ip_prefix: string | null;
  /** The remote security group: traffic from (or to) its members' addresses. */
  remote_group_id: string | null;
  /** The remote address group (extension `security-groups-remote-address-group`). */
  remote_address_group_id?: string | null;
  /**
   * `remote_ip_prefix` with its host bits cleared, `192.0.2.0/24` for `192.0.2.5/24`
   * (extension `security-groups-normalized-cidr`). Read-only.
   */
  normalized_cidr?: string | null;
  /**
   * The rule belongs to its project's default security group (extension
   * `security-groups-rules-belongs-to-default-sg`, newer than Zed). Read-only.
   */
  belongs_to_default_sg?: boolean | null;
  /** Extension `standard-attr-description`: `null` in the rules Neutron creates with a group, `''` when created without one. */
  description?: string | null;
  project_id: string;
  tenant_id: string;
  /** Extension `standard-attr-timestamp`. */
  created_at?: string;
  updated_at?: string;
  /** Extension `standard-attr-revisions`. */
  revision_number?: number;
  /** Only in the rules embedded in a security group (Zed), the rule's internal standard attribute ID. */
  standard_attr_id?: number;
  /** Only in the rules embedded in a security group (Zed). Extension `standard-attr-tag`. */
  tags?: string[];
}
