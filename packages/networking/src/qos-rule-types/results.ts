/** The kinds of QoS rule Neutron implements (`listQosRuleTypes` with `all_rules` names them). */
export type QosRuleKind = 'bandwidth_limit' | 'dscp_marking' | 'minimum_bandwidth' | 'minimum_packet_rate' | 'packet_rate_limit' | (string & {});

/** A kind of QoS rule, as {@link listQosRuleTypes} lists it. */
export interface QosRuleType {
  type: QosRuleKind;
}

/** One parameter of a rule kind a QoS driver supports, with the values it accepts. */
export interface QosRuleTypeParameter {
  /** The rule field (`max_kbps`, `direction`, …). */
  parameter_name: string;
  /** `range`: `parameter_values` is `{ start, end }`; `choices`: it is the list of accepted values. */
  parameter_type: 'range' | 'choices' | (string & {});
  parameter_values: { start: number; end: number } | (string | number)[];
}

/** A loaded QoS backend driver and what it supports of a rule kind. */
export interface QosRuleTypeDriver {
  name: string;
  supported_parameters: QosRuleTypeParameter[];
}

/** A kind of QoS rule with the loaded drivers that support it, as {@link getQosRuleType} shows it. */
export interface QosRuleTypeDetails extends QosRuleType {
  /** Extension `qos-rule-type-details`. Empty when no loaded driver supports the kind. */
  drivers?: QosRuleTypeDriver[];
}
