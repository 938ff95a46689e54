import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeNeutron, invalidField } from '../fake-neutron.fixtures.js';
import { getQosRuleType, listQosRuleTypes } from './index.js';
import * as fx from './qos-rule-types.fixtures.js';

const ALL = ['minimum_packet_rate', 'bandwidth_limit', 'minimum_bandwidth', 'packet_rate_limit', 'dscp_marking'];

describe('qos rule types', () => {
  it('lists those every loaded driver supports: none without a QoS-capable driver', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/qos/rule-types', fx.list);
    cloud.reply('GET', 'v2.0/qos/rule-types?all_supported=true', fx.listAllSupported);
    expect(await listQosRuleTypes(cloud.client).all()).toEqual([]);
    expect(cloud.lastRequest().query).toEqual({});
    expect(await listQosRuleTypes(cloud.client, { all_supported: true }).all()).toEqual([]);
  });

  it('lists every kind Neutron implements with all_rules, in one page', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/qos/rule-types?all_rules=true', fx.listAllRules);
    cloud.reply('GET', 'v2.0/qos/rule-types?all_rules=true&fields=type', fx.listMember);
    expect((await listQosRuleTypes(cloud.client, { all_rules: true }).all()).map((t) => t.type)).toEqual(ALL);
    expect((await listQosRuleTypes(cloud.client, { all_rules: true, fields: ['type'] }).all()).map((t) => t.type)).toEqual(ALL);
    expect(cloud.serviceRequests()).toHaveLength(2);
  });

  it('shows a kind with its drivers', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/qos/rule-types/bandwidth_limit', fx.get);
    expect(await getQosRuleType(cloud.client, 'bandwidth_limit')).toEqual({ type: 'bandwidth_limit', drivers: [] });
  });

  it('details are admin only; an unknown kind is a 500 in Zed', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/qos/rule-types/bandwidth_limit', fx.getMember, { status: 403 });
    cloud.reply('GET', 'v2.0/qos/rule-types/nonsense', fx.getUnknown, { status: 500 });
    const forbidden = await getQosRuleType(cloud.client, 'bandwidth_limit').catch((e: unknown) => e);
    expect(isHttpError(forbidden, 403) && forbidden.serviceErrorType).toBe('NotAuthorized');
    const unknown = await getQosRuleType(cloud.client, 'nonsense').catch((e: unknown) => e);
    expect(isHttpError(unknown, 500) && unknown.serviceErrorType).toBe('HTTPInternalServerError');
  });

  it('refuses an empty kind without sending', async () => {
    const cloud = fakeNeutron();
    expect(invalidField(await rejectionOf(getQosRuleType(cloud.client, '')))).toBe('ruleType');
    expect(cloud.serviceRequests()).toHaveLength(0);
  });
});
