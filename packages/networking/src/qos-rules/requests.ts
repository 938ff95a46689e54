import { linkedPages, paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import { joinListFilters } from '@openstack-ts/core/internal';
import type { NetworkingClient } from '../client.js';
import { TAG_FILTERS, type NeutronListQuery } from '../common.js';
import type { BandwidthLimitRule, DscpMarkingRule, MinimumBandwidthRule, MinimumPacketRateRule, PacketRateLimitRule, QosDirection } from './results.js';
import { qosRulePath, qosRulesPath, type RuleKind } from './urls.js';

// Every rule kind is the same sub-collection under its policy: `<kind>_rules`, items
// `<kind>_rule`, links `<kind>_rules_links`. These helpers take the kind; the exported
// operations below only name it, so nothing runs at import.

function listRules<T>(kind: RuleKind, client: NetworkingClient, policyId: string, query: NeutronListQuery, options: CallOptions | undefined): Paged<T> {
  return paginate<T>(client, () => ({ path: qosRulesPath(policyId, kind), query: joinListFilters(query, TAG_FILTERS), itemsKey: `${kind}_rules`, strategy: linkedPages(`${kind}_rules_links`) }), options);
}

async function getRule<T>(kind: RuleKind, client: NetworkingClient, policyId: string, ruleId: string, options: CallOptions | undefined): Promise<T> {
  return client.request<T>({ method: 'GET', path: qosRulePath(policyId, kind, ruleId), unwrap: `${kind}_rule` }, options);
}

async function createRule<T>(kind: RuleKind, client: NetworkingClient, policyId: string, input: object, options: CallOptions | undefined): Promise<T> {
  return client.request<T>({ method: 'POST', path: qosRulesPath(policyId, kind), json: { [`${kind}_rule`]: input }, expectStatus: [201], unwrap: `${kind}_rule` }, options);
}

async function updateRule<T>(kind: RuleKind, client: NetworkingClient, policyId: string, ruleId: string, input: object, options: CallOptions | undefined): Promise<T> {
  return client.request<T>({ method: 'PUT', path: qosRulePath(policyId, kind, ruleId), json: { [`${kind}_rule`]: input }, expectStatus: [200], unwrap: `${kind}_rule` }, options);
}

async function deleteRule(kind: RuleKind, client: NetworkingClient, policyId: string, ruleId: string, options: CallOptions | undefined): Promise<void> {
  return client.execute({ method: 'DELETE', path: qosRulePath(policyId, kind, ruleId), expectStatus: [204] }, options);
}

// ---- bandwidth limit

/** Filters of {@link listBandwidthLimitRules}; each field is the query parameter of the same name. */
export interface ListBandwidthLimitRulesQuery extends NeutronListQuery {
  id?: string | string[];
  max_kbps?: number;
  max_burst_kbps?: number;
  /**
   * A filter in the API reference, but Neutron (Zed) answers it with a 400 (`['direction'] is
   * invalid attribute for filtering`); the other rule kinds accept it.
   */
  direction?: QosDirection;
}

/** The body of {@link createBandwidthLimitRule}. */
export interface CreateBandwidthLimitRuleInput {
  /** The cap in kilobits per second. */
  max_kbps: number;
  /** The burst size in kilobits. Default 0. */
  max_burst_kbps?: number;
  /** Default `egress`; a policy has at most one rule per direction (extension `qos-bw-limit-direction`). */
  direction?: QosDirection;
}

/** The body of {@link updateBandwidthLimitRule}. */
export type UpdateBandwidthLimitRuleInput = Partial<CreateBandwidthLimitRuleInput>;

/** Lists the bandwidth limit rules of a QoS policy. Sends nothing until iteration starts. */
export function listBandwidthLimitRules(client: NetworkingClient, policyId: string, query: ListBandwidthLimitRulesQuery = {}, options?: CallOptions): Paged<BandwidthLimitRule> {
  return listRules<BandwidthLimitRule>('bandwidth_limit', client, policyId, query, options);
}

/** Shows one bandwidth limit rule of a QoS policy. */
export async function getBandwidthLimitRule(client: NetworkingClient, policyId: string, ruleId: string, options?: CallOptions): Promise<BandwidthLimitRule> {
  return getRule<BandwidthLimitRule>('bandwidth_limit', client, policyId, ruleId, options);
}

/**
 * Adds a bandwidth limit rule to a QoS policy. Admin only by default; a 409 `QoSRulesConflict`
 * when the policy already limits that direction, a 409 `QosRuleNotSupported` when the policy is in use by a port whose backend cannot enforce the kind.
 */
export async function createBandwidthLimitRule(client: NetworkingClient, policyId: string, input: CreateBandwidthLimitRuleInput, options?: CallOptions): Promise<BandwidthLimitRule> {
  return createRule<BandwidthLimitRule>('bandwidth_limit', client, policyId, input, options);
}

/** Updates a bandwidth limit rule of a QoS policy. Admin only by default. */
export async function updateBandwidthLimitRule(client: NetworkingClient, policyId: string, ruleId: string, input: UpdateBandwidthLimitRuleInput, options?: CallOptions): Promise<BandwidthLimitRule> {
  return updateRule<BandwidthLimitRule>('bandwidth_limit', client, policyId, ruleId, input, options);
}

/** Deletes a bandwidth limit rule from a QoS policy. Admin only by default. */
export async function deleteBandwidthLimitRule(client: NetworkingClient, policyId: string, ruleId: string, options?: CallOptions): Promise<void> {
  return deleteRule('bandwidth_limit', client, policyId, ruleId, options);
}

// ---- DSCP marking

/** Filters of {@link listDscpMarkingRules}; each field is the query parameter of the same name. */
export interface ListDscpMarkingRulesQuery extends NeutronListQuery {
  id?: string | string[];
  dscp_mark?: number;
}

/** The body of {@link createDscpMarkingRule}. */
export interface CreateDscpMarkingRuleInput {
  /** 0, the even numbers 8 to 40, 44, 46, 48 or 56; another value is a 400. */
  dscp_mark: number;
}

/** The body of {@link updateDscpMarkingRule}. */
export type UpdateDscpMarkingRuleInput = Partial<CreateDscpMarkingRuleInput>;

/** Lists the DSCP marking rules of a QoS policy. Sends nothing until iteration starts. */
export function listDscpMarkingRules(client: NetworkingClient, policyId: string, query: ListDscpMarkingRulesQuery = {}, options?: CallOptions): Paged<DscpMarkingRule> {
  return listRules<DscpMarkingRule>('dscp_marking', client, policyId, query, options);
}

/** Shows one DSCP marking rule of a QoS policy. */
export async function getDscpMarkingRule(client: NetworkingClient, policyId: string, ruleId: string, options?: CallOptions): Promise<DscpMarkingRule> {
  return getRule<DscpMarkingRule>('dscp_marking', client, policyId, ruleId, options);
}

/**
 * Adds a DSCP marking rule to a QoS policy (at most one per policy). Admin only by default; a 409
 * `QosRuleNotSupported` when the policy is in use by a port whose backend cannot enforce the kind.
 */
export async function createDscpMarkingRule(client: NetworkingClient, policyId: string, input: CreateDscpMarkingRuleInput, options?: CallOptions): Promise<DscpMarkingRule> {
  return createRule<DscpMarkingRule>('dscp_marking', client, policyId, input, options);
}

/** Updates a DSCP marking rule of a QoS policy. Admin only by default. */
export async function updateDscpMarkingRule(client: NetworkingClient, policyId: string, ruleId: string, input: UpdateDscpMarkingRuleInput, options?: CallOptions): Promise<DscpMarkingRule> {
  return updateRule<DscpMarkingRule>('dscp_marking', client, policyId, ruleId, input, options);
}

/** Deletes a DSCP marking rule from a QoS policy. Admin only by default. */
export async function deleteDscpMarkingRule(client: NetworkingClient, policyId: string, ruleId: string, options?: CallOptions): Promise<void> {
  return deleteRule('dscp_marking', client, policyId, ruleId, options);
}

// ---- minimum bandwidth

/** Filters of {@link listMinimumBandwidthRules}; each field is the query parameter of the same name. */
export interface ListMinimumBandwidthRulesQuery extends NeutronListQuery {
  id?: string | string[];
  min_kbps?: number;
  direction?: QosDirection;
}

/** The body of {@link createMinimumBandwidthRule}. */
export interface CreateMinimumBandwidthRuleInput {
  /** The guaranteed bandwidth in kilobits per second. */
  min_kbps: number;
  /** Default `egress`; `ingress` needs extension `qos-bw-minimum-ingress`. */
  direction?: QosDirection;
}

/** The body of {@link updateMinimumBandwidthRule}. */
export type UpdateMinimumBandwidthRuleInput = Partial<CreateMinimumBandwidthRuleInput>;

/** Lists the minimum bandwidth rules of a QoS policy. Sends nothing until iteration starts. */
export function listMinimumBandwidthRules(client: NetworkingClient, policyId: string, query: ListMinimumBandwidthRulesQuery = {}, options?: CallOptions): Paged<MinimumBandwidthRule> {
  return listRules<MinimumBandwidthRule>('minimum_bandwidth', client, policyId, query, options);
}

/** Shows one minimum bandwidth rule of a QoS policy. */
export async function getMinimumBandwidthRule(client: NetworkingClient, policyId: string, ruleId: string, options?: CallOptions): Promise<MinimumBandwidthRule> {
  return getRule<MinimumBandwidthRule>('minimum_bandwidth', client, policyId, ruleId, options);
}

/**
 * Adds a minimum bandwidth rule to a QoS policy. Admin only by default; a 409
 * `QoSRuleParameterConflict` when it exceeds the policy's bandwidth limit in that direction, a 409
 * `QosRuleNotSupported` when the policy is in use by a port whose backend cannot enforce the kind.
 */
export async function createMinimumBandwidthRule(client: NetworkingClient, policyId: string, input: CreateMinimumBandwidthRuleInput, options?: CallOptions): Promise<MinimumBandwidthRule> {
  return createRule<MinimumBandwidthRule>('minimum_bandwidth', client, policyId, input, options);
}

/**
 * Updates a minimum bandwidth rule of a QoS policy. Admin only by default; a 409
 * `QoSRuleParameterConflict` when the new value exceeds the policy's bandwidth limit.
 */
export async function updateMinimumBandwidthRule(client: NetworkingClient, policyId: string, ruleId: string, input: UpdateMinimumBandwidthRuleInput, options?: CallOptions): Promise<MinimumBandwidthRule> {
  return updateRule<MinimumBandwidthRule>('minimum_bandwidth', client, policyId, ruleId, input, options);
}

/** Deletes a minimum bandwidth rule from a QoS policy. Admin only by default. */
export async function deleteMinimumBandwidthRule(client: NetworkingClient, policyId: string, ruleId: string, options?: CallOptions): Promise<void> {
  return deleteRule('minimum_bandwidth', client, policyId, ruleId, options);
}

// ---- minimum packet rate

/** Filters of {@link listMinimumPacketRateRules}; each field is the query parameter of the same name. */
export interface ListMinimumPacketRateRulesQuery extends NeutronListQuery {
  id?: string | string[];
  min_kpps?: number;
  direction?: MinimumPacketRateRule['direction'];
}

/** The body of {@link createMinimumPacketRateRule}. */
export interface CreateMinimumPacketRateRuleInput {
  /** The guaranteed rate in thousands of packets per second. */
  min_kpps: number;
  /** Default `egress`; `any` covers both directions and excludes a rule for either one. */
  direction?: MinimumPacketRateRule['direction'];
}

/** The body of {@link updateMinimumPacketRateRule}. */
export type UpdateMinimumPacketRateRuleInput = Partial<CreateMinimumPacketRateRuleInput>;

/** Lists the minimum packet rate rules of a QoS policy (extension `qos-pps-minimum`). Sends nothing until iteration starts. */
export function listMinimumPacketRateRules(client: NetworkingClient, policyId: string, query: ListMinimumPacketRateRulesQuery = {}, options?: CallOptions): Paged<MinimumPacketRateRule> {
  return listRules<MinimumPacketRateRule>('minimum_packet_rate', client, policyId, query, options);
}

/** Shows one minimum packet rate rule of a QoS policy (extension `qos-pps-minimum`). */
export async function getMinimumPacketRateRule(client: NetworkingClient, policyId: string, ruleId: string, options?: CallOptions): Promise<MinimumPacketRateRule> {
  return getRule<MinimumPacketRateRule>('minimum_packet_rate', client, policyId, ruleId, options);
}

/**
 * Adds a minimum packet rate rule to a QoS policy (extension `qos-pps-minimum`). Admin only by
 * default; a 409 `QoSRuleParameterConflict` when a rule for `any` and one for a single direction
 * would meet, a 409 `QosRuleNotSupported` when the policy is in use by a port whose backend cannot enforce the kind.
 */
export async function createMinimumPacketRateRule(client: NetworkingClient, policyId: string, input: CreateMinimumPacketRateRuleInput, options?: CallOptions): Promise<MinimumPacketRateRule> {
  return createRule<MinimumPacketRateRule>('minimum_packet_rate', client, policyId, input, options);
}

/** Updates a minimum packet rate rule of a QoS policy (extension `qos-pps-minimum`). Admin only by default. */
export async function updateMinimumPacketRateRule(client: NetworkingClient, policyId: string, ruleId: string, input: UpdateMinimumPacketRateRuleInput, options?: CallOptions): Promise<MinimumPacketRateRule> {
  return updateRule<MinimumPacketRateRule>('minimum_packet_rate', client, policyId, ruleId, input, options);
}

/** Deletes a minimum packet rate rule from a QoS policy (extension `qos-pps-minimum`). Admin only by default. */
export async function deleteMinimumPacketRateRule(client: NetworkingClient, policyId: string, ruleId: string, options?: CallOptions): Promise<void> {
  return deleteRule('minimum_packet_rate', client, policyId, ruleId, options);
}

// ---- packet rate limit

/** Filters of {@link listPacketRateLimitRules}; each field is the query parameter of the same name. */
export interface ListPacketRateLimitRulesQuery extends NeutronListQuery {
  id?: string | string[];
  max_kpps?: number;
  max_burst_kpps?: number;
  direction?: QosDirection;
}

/** The body of {@link createPacketRateLimitRule}. */
export interface CreatePacketRateLimitRuleInput {
  /** The cap in thousands of packets per second. */
  max_kpps: number;
  /** The burst in thousands of packets per second. Default 0. */
  max_burst_kpps?: number;
  /** Default `egress`. */
  direction?: QosDirection;
}

/** The body of {@link updatePacketRateLimitRule}. */
export type UpdatePacketRateLimitRuleInput = Partial<CreatePacketRateLimitRuleInput>;

/** Lists the packet rate limit rules of a QoS policy (extension `qos-pps`). Sends nothing until iteration starts. */
export function listPacketRateLimitRules(client: NetworkingClient, policyId: string, query: ListPacketRateLimitRulesQuery = {}, options?: CallOptions): Paged<PacketRateLimitRule> {
  return listRules<PacketRateLimitRule>('packet_rate_limit', client, policyId, query, options);
}

/** Shows one packet rate limit rule of a QoS policy (extension `qos-pps`). */
export async function getPacketRateLimitRule(client: NetworkingClient, policyId: string, ruleId: string, options?: CallOptions): Promise<PacketRateLimitRule> {
  return getRule<PacketRateLimitRule>('packet_rate_limit', client, policyId, ruleId, options);
}

/**
 * Adds a packet rate limit rule to a QoS policy (extension `qos-pps`; at most one per direction).
 * Admin only by default; a 409 `QosRuleNotSupported` when the policy is in use by a port whose backend cannot enforce the kind.
 */
export async function createPacketRateLimitRule(client: NetworkingClient, policyId: string, input: CreatePacketRateLimitRuleInput, options?: CallOptions): Promise<PacketRateLimitRule> {
  return createRule<PacketRateLimitRule>('packet_rate_limit', client, policyId, input, options);
}

/** Updates a packet rate limit rule of a QoS policy (extension `qos-pps`). Admin only by default. */
export async function updatePacketRateLimitRule(client: NetworkingClient, policyId: string, ruleId: string, input: UpdatePacketRateLimitRuleInput, options?: CallOptions): Promise<PacketRateLimitRule> {
  return updateRule<PacketRateLimitRule>('packet_rate_limit', client, policyId, ruleId, input, options);
}

/** Deletes a packet rate limit rule from a QoS policy (extension `qos-pps`). Admin only by default. */
export async function deletePacketRateLimitRule(client: NetworkingClient, policyId: string, ruleId: string, options?: CallOptions): Promise<void> {
  return deleteRule('packet_rate_limit', client, policyId, ruleId, options);
}
