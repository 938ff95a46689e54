import { paginate, singlePage, type CallOptions, type Paged } from '@openstack-ts/core';
import type { NetworkingClient } from '../client.js';
import type { QosRuleKind, QosRuleType, QosRuleTypeDetails } from './results.js';
import { qosRuleTypePath, qosRuleTypesPath } from './urls.js';

/**
 * Options of {@link listQosRuleTypes}. Not a `NeutronListQuery`: rule types are not stored
 * resources, and Neutron (Zed) refuses filters and sort keys with a 400 and answers `limit` with a 500.
 */
export interface ListQosRuleTypesQuery {
  /** Every kind some loaded driver supports, rather than those all of them support (extension `qos-rule-type-filter`). */
  all_supported?: boolean;
  /** Every kind Neutron implements, whatever the drivers (extension `qos-rule-type-filter`). */
  all_rules?: boolean;
  /** Only these fields in each item. */
  fields?: string[];
}

/**
 * Lists the QoS rule kinds. By default only those every loaded QoS driver supports, which is
 * empty when no mechanism driver enforces QoS; `all_supported` and `all_rules` widen it. One
 * page: Neutron does not page this list. Sends nothing until iteration starts.
 */
export function listQosRuleTypes(client: NetworkingClient, query: ListQosRuleTypesQuery = {}, options?: CallOptions): Paged<QosRuleType> {
  return paginate<QosRuleType>(client, () => ({ path: qosRuleTypesPath(), query: { ...query }, itemsKey: 'rule_types', strategy: singlePage() }), options);
}

/**
 * Shows a QoS rule kind with the loaded drivers that support it and the parameter values each
 * accepts. Admin only by default (a member gets 403 `NotAuthorized`). Neutron (Zed) answers a
 * kind it does not know with a 500, not a 404.
 */
export async function getQosRuleType(client: NetworkingClient, ruleType: QosRuleKind, options?: CallOptions): Promise<QosRuleTypeDetails> {
  return client.request<QosRuleTypeDetails>({ method: 'GET', path: qosRuleTypePath(ruleType), unwrap: 'rule_type' }, options);
}
