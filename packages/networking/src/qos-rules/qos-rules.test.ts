import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeNeutron, invalidField } from '../fake-neutron.fixtures.js';
import {
  createBandwidthLimitRule,
  createDscpMarkingRule,
  createMinimumBandwidthRule,
  createMinimumPacketRateRule,
  createPacketRateLimitRule,
  deleteBandwidthLimitRule,
  deleteDscpMarkingRule,
  deleteMinimumBandwidthRule,
  deleteMinimumPacketRateRule,
  deletePacketRateLimitRule,
  getBandwidthLimitRule,
  getDscpMarkingRule,
  getMinimumBandwidthRule,
  getMinimumPacketRateRule,
  getPacketRateLimitRule,
  listBandwidthLimitRules,
  listDscpMarkingRules,
  listMinimumBandwidthRules,
  listMinimumPacketRateRules,
  listPacketRateLimitRules,
  updateBandwidthLimitRule,
  updateDscpMarkingRule,
  updateMinimumBandwidthRule,
  updateMinimumPacketRateRule,
  updatePacketRateLimitRule,
} from './index.js';
import * as fx from './qos-rules.fixtures.js';

/** The policy the rules were recorded on. */
const POLICY = '6b70bd4c-bf10-4f63-9b2b-de17bec797cb';
const ZERO = '00000000-0000-0000-0000-000000000000';
const base = `v2.0/qos/policies/${POLICY}`;

describe('qos bandwidth limit rules', () => {
  const id = fx.bwCreate.bandwidth_limit_rule.id;

  it('creates with every field, and with Neutron filling the defaults', async () => {
    const cloud = fakeNeutron();
    cloud.replyOnce('POST', `${base}/bandwidth_limit_rules`, fx.bwCreate, { status: 201 });
    cloud.replyOnce('POST', `${base}/bandwidth_limit_rules`, fx.bwCreateDefault, { status: 201 });
    const rule = await createBandwidthLimitRule(cloud.client, POLICY, { max_kbps: 10000, max_burst_kbps: 8000, direction: 'ingress' });
    expect(cloud.lastRequest().json).toEqual({ bandwidth_limit_rule: { max_kbps: 10000, max_burst_kbps: 8000, direction: 'ingress' } });
    expect(rule).toEqual({ id, max_kbps: 10000, max_burst_kbps: 8000, direction: 'ingress' });
    expect(await createBandwidthLimitRule(cloud.client, POLICY, { max_kbps: 2000 })).toMatchObject({ max_kbps: 2000, max_burst_kbps: 0, direction: 'egress' });
    expect(cloud.lastRequest().json).toEqual({ bandwidth_limit_rule: { max_kbps: 2000 } });
  });

  it('lists across pages following bandwidth_limit_rules_links', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `${base}/bandwidth_limit_rules?limit=1&sort_key=max_kbps&sort_dir=asc`, fx.bwListPage1);
    cloud.reply('GET', fx.bwListPage1.bandwidth_limit_rules_links[0]?.href ?? '', fx.bwListPage2);
    cloud.reply('GET', fx.bwListPage2.bandwidth_limit_rules_links[0]?.href ?? '', fx.bwListPage3);
    const rules = await listBandwidthLimitRules(cloud.client, POLICY, { limit: 1, sort_key: 'max_kbps', sort_dir: 'asc' }).all();
    expect(rules.map((rule) => [rule.max_kbps, rule.direction])).toEqual([[2000, 'egress'], [10000, 'ingress']]);
  });

  it('passes its filters', async () => {
    const cloud = fakeNeutron();
    // The recorded second page, trimmed of its links.
    cloud.reply('GET', `${base}/bandwidth_limit_rules?id=${id}&max_kbps=10000&max_burst_kbps=8000&direction=ingress`, { bandwidth_limit_rules: fx.bwListPage2.bandwidth_limit_rules });
    const rules = await listBandwidthLimitRules(cloud.client, POLICY, { id, max_kbps: 10000, max_burst_kbps: 8000, direction: 'ingress' }).all();
    expect(rules.map((rule) => rule.id)).toEqual([id]);
  });

  it("Zed refuses the direction filter the API reference documents (400)", async () => {
    const cloud = fakeNeutron();
    const policy = '6d595eb7-e029-414e-b7a8-81a892dacfd4';
    cloud.reply('GET', `v2.0/qos/policies/${policy}/bandwidth_limit_rules?direction=ingress`, fx.bwListByDirection, { status: 400 });
    const error = await listBandwidthLimitRules(cloud.client, policy, { direction: 'ingress' }).all().catch((e: unknown) => e);
    expect(isHttpError(error, 400) && error.serviceMessage).toBe("['direction'] is invalid attribute for filtering");
  });

  it('gets, updates and deletes', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `${base}/bandwidth_limit_rules/${id}`, fx.bwGet);
    cloud.reply('PUT', `${base}/bandwidth_limit_rules/${id}`, fx.bwUpdate);
    cloud.reply('DELETE', `${base}/bandwidth_limit_rules/${id}`, undefined, { status: 204 });
    expect(await getBandwidthLimitRule(cloud.client, POLICY, id)).toEqual(fx.bwGet.bandwidth_limit_rule);
    expect(await updateBandwidthLimitRule(cloud.client, POLICY, id, { max_kbps: 20000, max_burst_kbps: 16000 })).toMatchObject({ max_kbps: 20000, max_burst_kbps: 16000, direction: 'ingress' });
    expect(cloud.lastRequest().json).toEqual({ bandwidth_limit_rule: { max_kbps: 20000, max_burst_kbps: 16000 } });
    await deleteBandwidthLimitRule(cloud.client, POLICY, id);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `${base}/bandwidth_limit_rules/${id}` });
  });

  it('a second rule for the same direction is a QoSRulesConflict; a missing rule a QosRuleNotFound', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', `${base}/bandwidth_limit_rules`, fx.bwConflict, { status: 409 });
    cloud.reply('GET', `${base}/bandwidth_limit_rules/${ZERO}`, fx.bwNotFound, { status: 404 });
    cloud.reply('DELETE', `${base}/bandwidth_limit_rules/${id}`, fx.bwDeleteAgain, { status: 404 });
    const conflict = await createBandwidthLimitRule(cloud.client, POLICY, { max_kbps: 5000, direction: 'ingress' }).catch((e: unknown) => e);
    expect(isHttpError(conflict, 409) && conflict.serviceErrorType).toBe('QoSRulesConflict');
    const missing = await getBandwidthLimitRule(cloud.client, POLICY, ZERO).catch((e: unknown) => e);
    expect(isHttpError(missing, 404) && missing.serviceErrorType).toBe('QosRuleNotFound');
    const gone = await deleteBandwidthLimitRule(cloud.client, POLICY, id).catch((e: unknown) => e);
    expect(isHttpError(gone, 404) && gone.serviceMessage).toBe(`QoS rule ${id} for policy ${POLICY} could not be found.`);
  });
});

describe('qos DSCP marking rules', () => {
  const id = fx.dscpCreate.dscp_marking_rule.id;

  it('creates, lists, gets, updates and deletes', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', `${base}/dscp_marking_rules`, fx.dscpCreate, { status: 201 });
    cloud.reply('GET', `${base}/dscp_marking_rules?dscp_mark=26&id=${id}`, fx.dscpList);
    cloud.reply('GET', `${base}/dscp_marking_rules/${id}`, fx.dscpGet);
    cloud.reply('PUT', `${base}/dscp_marking_rules/${id}`, fx.dscpUpdate);
    cloud.reply('DELETE', `${base}/dscp_marking_rules/${id}`, undefined, { status: 204 });
    expect(await createDscpMarkingRule(cloud.client, POLICY, { dscp_mark: 26 })).toEqual({ id, dscp_mark: 26 });
    expect(cloud.lastRequest().json).toEqual({ dscp_marking_rule: { dscp_mark: 26 } });
    expect(await listDscpMarkingRules(cloud.client, POLICY, { dscp_mark: 26, id }).all()).toEqual([{ id, dscp_mark: 26 }]);
    expect((await getDscpMarkingRule(cloud.client, POLICY, id)).dscp_mark).toBe(26);
    expect((await updateDscpMarkingRule(cloud.client, POLICY, id, { dscp_mark: 46 })).dscp_mark).toBe(46);
    expect(cloud.lastRequest().json).toEqual({ dscp_marking_rule: { dscp_mark: 46 } });
    await deleteDscpMarkingRule(cloud.client, POLICY, id);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `${base}/dscp_marking_rules/${id}` });
  });

  it('a mark Neutron does not accept is a 400; a missing policy a QosPolicyNotFound', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', `${base}/dscp_marking_rules`, fx.dscpInvalid, { status: 400 });
    cloud.reply('GET', `v2.0/qos/policies/${ZERO}/dscp_marking_rules`, fx.policyMissing, { status: 404 });
    const invalid = await createDscpMarkingRule(cloud.client, POLICY, { dscp_mark: 7 }).catch((e: unknown) => e);
    expect(isHttpError(invalid, 400) && invalid.serviceMessage).toBe('Invalid input for dscp_mark. Reason: 7 is not in valid_values.');
    const missing = await listDscpMarkingRules(cloud.client, ZERO).all().catch((e: unknown) => e);
    expect(isHttpError(missing, 404) && missing.serviceErrorType).toBe('QosPolicyNotFound');
  });
});

describe('qos minimum bandwidth rules', () => {
  const id = fx.minbwCreate.minimum_bandwidth_rule.id;

  it('creates, lists, gets, updates and deletes', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', `${base}/minimum_bandwidth_rules`, fx.minbwCreate, { status: 201 });
    cloud.reply('GET', `${base}/minimum_bandwidth_rules?direction=egress&min_kbps=1000&id=${id}`, fx.minbwList);
    cloud.reply('GET', `${base}/minimum_bandwidth_rules/${id}`, fx.minbwGet);
    cloud.reply('PUT', `${base}/minimum_bandwidth_rules/${id}`, fx.minbwUpdate);
    cloud.reply('DELETE', `${base}/minimum_bandwidth_rules/${id}`, undefined, { status: 204 });
    expect(await createMinimumBandwidthRule(cloud.client, POLICY, { min_kbps: 1000, direction: 'egress' })).toEqual({ id, min_kbps: 1000, direction: 'egress' });
    expect(cloud.lastRequest().json).toEqual({ minimum_bandwidth_rule: { min_kbps: 1000, direction: 'egress' } });
    expect((await listMinimumBandwidthRules(cloud.client, POLICY, { direction: 'egress', min_kbps: 1000, id }).all()).map((rule) => rule.id)).toEqual([id]);
    expect((await getMinimumBandwidthRule(cloud.client, POLICY, id)).min_kbps).toBe(1000);
    expect((await updateMinimumBandwidthRule(cloud.client, POLICY, id, { min_kbps: 1500 })).min_kbps).toBe(1500);
    expect(cloud.lastRequest().json).toEqual({ minimum_bandwidth_rule: { min_kbps: 1500 } });
    await deleteMinimumBandwidthRule(cloud.client, POLICY, id);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `${base}/minimum_bandwidth_rules/${id}` });
  });

  it('a minimum above the bandwidth limit is a QoSRuleParameterConflict', async () => {
    const cloud = fakeNeutron();
    cloud.reply('PUT', `${base}/minimum_bandwidth_rules/${id}`, fx.minbwUpdateConflict, { status: 409 });
    const error = await updateMinimumBandwidthRule(cloud.client, POLICY, id, { min_kbps: 3000 }).catch((e: unknown) => e);
    expect(isHttpError(error, 409) && error.serviceErrorType).toBe('QoSRuleParameterConflict');
  });
});

describe('qos minimum packet rate rules', () => {
  const id = fx.minppsCreate.minimum_packet_rate_rule.id;

  it('creates for any direction, lists, gets, updates and deletes', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', `${base}/minimum_packet_rate_rules`, fx.minppsCreate, { status: 201 });
    cloud.reply('GET', `${base}/minimum_packet_rate_rules?direction=any&min_kpps=1000&id=${id}`, fx.minppsList);
    cloud.reply('GET', `${base}/minimum_packet_rate_rules/${id}`, fx.minppsGet);
    cloud.reply('PUT', `${base}/minimum_packet_rate_rules/${id}`, fx.minppsUpdate);
    cloud.reply('DELETE', `${base}/minimum_packet_rate_rules/${id}`, undefined, { status: 204 });
    expect(await createMinimumPacketRateRule(cloud.client, POLICY, { min_kpps: 1000, direction: 'any' })).toEqual({ id, min_kpps: 1000, direction: 'any' });
    expect(cloud.lastRequest().json).toEqual({ minimum_packet_rate_rule: { min_kpps: 1000, direction: 'any' } });
    expect((await listMinimumPacketRateRules(cloud.client, POLICY, { direction: 'any', min_kpps: 1000, id }).all()).map((rule) => rule.direction)).toEqual(['any']);
    expect((await getMinimumPacketRateRule(cloud.client, POLICY, id)).min_kpps).toBe(1000);
    expect(await updateMinimumPacketRateRule(cloud.client, POLICY, id, { min_kpps: 2000, direction: 'ingress' })).toEqual({ id, min_kpps: 2000, direction: 'ingress' });
    expect(cloud.lastRequest().json).toEqual({ minimum_packet_rate_rule: { min_kpps: 2000, direction: 'ingress' } });
    await deleteMinimumPacketRateRule(cloud.client, POLICY, id);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `${base}/minimum_packet_rate_rules/${id}` });
  });

  it('a rule for one direction beside one for any is a QoSRuleParameterConflict', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', `${base}/minimum_packet_rate_rules`, fx.minppsConflict, { status: 409 });
    const error = await createMinimumPacketRateRule(cloud.client, POLICY, { min_kpps: 500, direction: 'egress' }).catch((e: unknown) => e);
    expect(isHttpError(error, 409) && error.serviceErrorType).toBe('QoSRuleParameterConflict');
  });
});

describe('qos packet rate limit rules', () => {
  const id = fx.ppsCreate.packet_rate_limit_rule.id;

  it('creates, lists, gets, updates and deletes', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', `${base}/packet_rate_limit_rules`, fx.ppsCreate, { status: 201 });
    cloud.reply('GET', `${base}/packet_rate_limit_rules?max_kpps=1000&max_burst_kpps=500&direction=egress&id=${id}`, fx.ppsList);
    cloud.reply('GET', `${base}/packet_rate_limit_rules/${id}`, fx.ppsGet);
    cloud.reply('PUT', `${base}/packet_rate_limit_rules/${id}`, fx.ppsUpdate);
    cloud.reply('DELETE', `${base}/packet_rate_limit_rules/${id}`, undefined, { status: 204 });
    const input = { max_kpps: 1000, max_burst_kpps: 500, direction: 'egress' };
    expect(await createPacketRateLimitRule(cloud.client, POLICY, input)).toEqual({ id, ...input });
    expect(cloud.lastRequest().json).toEqual({ packet_rate_limit_rule: input });
    expect((await listPacketRateLimitRules(cloud.client, POLICY, { ...input, id }).all()).map((rule) => rule.id)).toEqual([id]);
    expect((await getPacketRateLimitRule(cloud.client, POLICY, id)).max_burst_kpps).toBe(500);
    expect(await updatePacketRateLimitRule(cloud.client, POLICY, id, { max_kpps: 4000, max_burst_kpps: 1000 })).toEqual({ id, max_kpps: 4000, max_burst_kpps: 1000, direction: 'egress' });
    expect(cloud.lastRequest().json).toEqual({ packet_rate_limit_rule: { max_kpps: 4000, max_burst_kpps: 1000 } });
    await deletePacketRateLimitRule(cloud.client, POLICY, id);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `${base}/packet_rate_limit_rules/${id}` });
  });
});

describe('qos rule IDs', () => {
  it('refuses an empty policy or rule ID without sending', async () => {
    const cloud = fakeNeutron();
    expect(invalidField(await rejectionOf(() => listBandwidthLimitRules(cloud.client, '')))).toBe('policyId');
    expect(invalidField(await rejectionOf(getDscpMarkingRule(cloud.client, POLICY, '')))).toBe('ruleId');
    expect(invalidField(await rejectionOf(createMinimumBandwidthRule(cloud.client, '', { min_kbps: 1 })))).toBe('policyId');
    expect(invalidField(await rejectionOf(updateMinimumPacketRateRule(cloud.client, POLICY, ' ', { min_kpps: 1 })))).toBe('ruleId');
    expect(invalidField(await rejectionOf(deletePacketRateLimitRule(cloud.client, '', 'r')))).toBe('policyId');
    expect(cloud.serviceRequests()).toHaveLength(0);
  });
});
