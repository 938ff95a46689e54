import type { SecurityGroupRule } from '../security-group-rules/results.js';

/**
 * A Neutron security group: a named set of rules applied to the ports it is attached to. Field
 * names are the API's own; extension fields are optional.
 */
export interface SecurityGroup {
  id: string;
  /** Each project has one group named `default`, created by Neutron on the project's first use. */
  name: string;
  description: string;
  /**
   * The group's rules. A new group starts with two egress rules (IPv4 and IPv6, any destination);
   * a project's `default` group also allows ingress from its own members.
   */
  security_group_rules: SecurityGroupRule[];
  project_id: string;
  tenant_id: string;
  /** Connection tracking applies (extension `stateful-security-group`); stateless groups need rules both ways. */
  stateful?: boolean;
  /** Shared with the caller's project through RBAC (extension `security-groups-shared-filtering`). */
  shared?: boolean;
  /** Extension `standard-attr-tag`. */
  tags?: string[];
  /** Extension `standard-attr-timestamp`. */
  created_at?: string;
  updated_at?: string;
  /** Extension `standard-attr-revisions`. */
  revision_number?: number;
}
