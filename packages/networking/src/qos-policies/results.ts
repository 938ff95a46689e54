import type { QosRuleKind } from '../qos-rule-types/results.js';

/**
 * A rule as a policy's `rules` shows it: the fields of its kind (see the `qos-rules` operations),
 * plus `type` and `qos_policy_id`. Only the fields of the rule's `type` are present.
 */
export interface QosPolicyRule {
  id: string;
  type: QosRuleKind;
  qos_policy_id: string;
  /** `bandwidth_limit`. */
  max_kbps?: number;
  max_burst_kbps?: number;
  /** `bandwidth_limit`, `minimum_bandwidth`, `packet_rate_limit`, `minimum_packet_rate` (which also knows `any`). */
  direction?: 'egress' | 'ingress' | 'any' | (string & {});
  /** `dscp_marking`. */
  dscp_mark?: number;
  /** `minimum_bandwidth`. */
  min_kbps?: number;
  /** `minimum_packet_rate`. */
  min_kpps?: number;
  /** `packet_rate_limit`. */
  max_kpps?: number;
  max_burst_kpps?: number;
}

/** A Neutron QoS policy (extension `qos`): a named set of rules for ports, networks and floating IPs. */
export interface QosPolicy {
  id: string;
  name: string;
  description: string;
  /** Every project may use it. */
  shared: boolean;
  project_id: string;
  tenant_id: string;
  /** The policy's rules, of every kind. */
  rules: QosPolicyRule[];
  /** The project's default policy, given to its new networks (extension `qos-default`). */
  is_default?: boolean;
  /** Extension `standard-attr-tag`. */
  tags?: string[];
  /** Extension `standard-attr-timestamp`. */
  created_at?: string;
  updated_at?: string;
  /** Extension `standard-attr-revisions`. */
  revision_number?: number;
}
