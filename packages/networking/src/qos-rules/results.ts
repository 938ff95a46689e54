/** Which way traffic flows, as the port sees it. */
export type QosDirection = 'egress' | 'ingress' | (string & {});

/** A bandwidth limit rule of a QoS policy: caps the port's traffic in one direction. */
export interface BandwidthLimitRule {
  id: string;
  /** The cap in kilobits per second. */
  max_kbps: number;
  /** The burst size in kilobits; Neutron's default 0 leaves it to the backend. */
  max_burst_kbps: number;
  /** Extension `qos-bw-limit-direction`. */
  direction?: QosDirection;
}

/** A DSCP marking rule of a QoS policy: marks the port's egress packets. */
export interface DscpMarkingRule {
  id: string;
  /** The DSCP value, one Neutron accepts: 0, the even numbers 8 to 40, 44, 46, 48 or 56. */
  dscp_mark: number;
}

/** A minimum bandwidth rule of a QoS policy: a guarantee, used by Placement to schedule (extension `qos-bw-minimum-ingress` for ingress). */
export interface MinimumBandwidthRule {
  id: string;
  /** The guaranteed bandwidth in kilobits per second. */
  min_kbps: number;
  direction: QosDirection;
}

/** A minimum packet rate rule of a QoS policy: a guaranteed rate (extension `qos-pps-minimum`). */
export interface MinimumPacketRateRule {
  id: string;
  /** The guaranteed rate in thousands of packets per second. */
  min_kpps: number;
  /** `any` counts both directions together (for backends that cannot tell them apart). */
  direction: QosDirection | 'any';
}

/** A packet rate limit rule of a QoS policy: caps the port's packet rate in one direction (extension `qos-pps`). */
export interface PacketRateLimitRule {
  id: string;
  /** The cap in thousands of packets per second. */
  max_kpps: number;
  /** The burst in thousands of packets per second; Neutron's default is 0. */
  max_burst_kpps: number;
  direction: QosDirection;
}
