import { InvalidInputError, linkedPages, paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import { joinListFilters } from '@openstack-ts/core/internal';
import type { NetworkingClient } from '../client.js';
import { TAG_FILTERS, type NeutronListQuery } from '../common.js';
import type { SecurityGroupRule, SecurityGroupRuleDirection, SecurityGroupRuleEthertype } from './results.js';
import { securityGroupRulePath, securityGroupRulesPath } from './urls.js';

/**
 * Filters of {@link listSecurityGroupRules}; each field is the query parameter of the same name.
 * Arrays match any value. Filters compare stored values: `remote_ip_prefix` matches the prefix as
 * it was given, not its normalized form.
 */
export interface ListSecurityGroupRulesQuery extends NeutronListQuery {
  id?: string | string[];
  security_group_id?: string | string[];
  direction?: SecurityGroupRuleDirection;
  ethertype?: SecurityGroupRuleEthertype;
  protocol?: string;
  port_range_min?: number;
  port_range_max?: number;
  remote_ip_prefix?: string;
  remote_group_id?: string;
  /** Extension `security-groups-remote-address-group`. */
  remote_address_group_id?: string;
  /** Extension `security-groups-rules-belongs-to-default-sg` (newer than Zed). */
  belongs_to_default_sg?: boolean;
}

/**
 * The body of {@link createSecurityGroupRule}. At most one of `remote_ip_prefix`,
 * `remote_group_id` and `remote_address_group_id` (Neutron answers 400
 * `SecurityGroupMultipleRemoteEntites`); with none the rule matches any remote address.
 */
export interface CreateSecurityGroupRuleInput {
  security_group_id: string;
  direction: SecurityGroupRuleDirection;
  /** Default `IPv4`; must match the IP version of `remote_ip_prefix`. */
  ethertype?: SecurityGroupRuleEthertype;
  /** A protocol name (`tcp`, `udp`, `icmp`, `ipv6-icmp`, `vrrp`, …) or its number as a string; omitted or `null`: any. */
  protocol?: string | null;
  /** First port (TCP, UDP, SCTP…) or the ICMP type; needs `protocol`. */
  port_range_min?: number | null;
  /** Last port or the ICMP code; for TCP and UDP at least `port_range_min`. */
  port_range_max?: number | null;
  /** A CIDR; Neutron keeps it as given and reports the normalized form in `normalized_cidr`. */
  remote_ip_prefix?: string | null;
  remote_group_id?: string | null;
  /** Extension `security-groups-remote-address-group`. */
  remote_address_group_id?: string | null;
  description?: string;
  /** Admin: the project owning the rule. */
  project_id?: string;
}

/** Lists the security group rules the project can see. Sends nothing until iteration starts. */
export function listSecurityGroupRules(client: NetworkingClient, query: ListSecurityGroupRulesQuery = {}, options?: CallOptions): Paged<SecurityGroupRule> {
  return paginate<SecurityGroupRule>(
    client,
    () => ({ path: securityGroupRulesPath(), query: joinListFilters(query, TAG_FILTERS), itemsKey: 'security_group_rules', strategy: linkedPages('security_group_rules_links') }),
    options,
  );
}

/** Shows one security group rule. */
export async function getSecurityGroupRule(client: NetworkingClient, id: string, options?: CallOptions): Promise<SecurityGroupRule> {
  return client.request<SecurityGroupRule>({ method: 'GET', path: securityGroupRulePath(id), unwrap: 'security_group_rule' }, options);
}

/**
 * Adds a rule to a security group. An identical rule (same group, direction, ethertype, protocol,
 * ports and remote; the description does not count) is a 409 `SecurityGroupRuleExists` naming the
 * existing rule's ID.
 */
export async function createSecurityGroupRule(client: NetworkingClient, input: CreateSecurityGroupRuleInput, options?: CallOptions): Promise<SecurityGroupRule> {
  return client.request<SecurityGroupRule>(
    { method: 'POST', path: securityGroupRulesPath(), json: { security_group_rule: input }, expectStatus: [201], unwrap: 'security_group_rule' },
    options,
  );
}

/**
 * Adds several rules in one request, all or none (one duplicate fails them all). The rules may
 * belong to different groups. An empty list is refused before sending (Neutron would answer
 * 400 `Resources required`).
 */
export async function createSecurityGroupRules(client: NetworkingClient, inputs: readonly CreateSecurityGroupRuleInput[], options?: CallOptions): Promise<SecurityGroupRule[]> {
  const given: unknown = inputs;
  if (!Array.isArray(given) || given.length === 0) throw new InvalidInputError('createSecurityGroupRules needs at least one rule', 'inputs');
  return client.request<SecurityGroupRule[]>(
    { method: 'POST', path: securityGroupRulesPath(), json: { security_group_rules: inputs }, expectStatus: [201], unwrap: 'security_group_rules' },
    options,
  );
}

/** Deletes a security group rule. Rules cannot be updated: delete one and create its replacement. */
export async function deleteSecurityGroupRule(client: NetworkingClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: securityGroupRulePath(id), expectStatus: [204] }, options);
}
