import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import type { NetworkingClient } from '../src/client.js';
import { createNetworkingClient } from '../src/client.js';
import { createNetwork, deleteNetwork, updateNetwork } from '../src/networks/index.js';
import { createQosPolicy, deleteQosPolicy, getQosPolicy } from '../src/qos-policies/index.js';
import { listQosRuleTypes } from '../src/qos-rule-types/index.js';
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
} from '../src/qos-rules/index.js';

const KINDS = ['bandwidth_limit', 'dscp_marking', 'minimum_bandwidth', 'minimum_packet_rate', 'packet_rate_limit'] as const;
type Kind = (typeof KINDS)[number];

describeWithService('network', 'QoS rules against the real Neutron', () => {
  describeAsAdmin('as admin', () => {
    const cleanup = useCleanup();
    let admin: NetworkingClient;
    let policy: string;
    const rules = {} as Record<Kind, string>;

    it('adds a rule of every kind to a policy', async () => {
      admin = await createNetworkingClient(await adminProvider());
      const name = uniqueName('qos-policy');
      policy = (await createQosPolicy(admin, { name })).id;
      cleanup.add(`QoS policy ${name}`, async () => deleteQosPolicy(admin, policy));
      const bw = await createBandwidthLimitRule(admin, policy, { max_kbps: 10000, max_burst_kbps: 8000, direction: 'ingress' });
      expect(bw).toMatchObject({ max_kbps: 10000, max_burst_kbps: 8000, direction: 'ingress' });
      const dscp = await createDscpMarkingRule(admin, policy, { dscp_mark: 26 });
      expect(dscp.dscp_mark).toBe(26);
      const minbw = await createMinimumBandwidthRule(admin, policy, { min_kbps: 1000 });
      expect(minbw).toMatchObject({ min_kbps: 1000, direction: 'egress' });
      const minpps = await createMinimumPacketRateRule(admin, policy, { min_kpps: 1000, direction: 'any' });
      expect(minpps).toMatchObject({ min_kpps: 1000, direction: 'any' });
      const pps = await createPacketRateLimitRule(admin, policy, { max_kpps: 1000 });
      expect(pps).toMatchObject({ max_kpps: 1000, max_burst_kpps: 0, direction: 'egress' });
      Object.assign(rules, { bandwidth_limit: bw.id, dscp_marking: dscp.id, minimum_bandwidth: minbw.id, minimum_packet_rate: minpps.id, packet_rate_limit: pps.id });
      const shown = await getQosPolicy(admin, policy);
      expect(shown.rules.map((rule) => [rule.type, rule.id]).sort()).toEqual(KINDS.map((kind) => [kind, rules[kind]]).sort());
    });

    it('lists, gets and updates each rule', async () => {
      expect((await listBandwidthLimitRules(admin, policy, { max_kbps: 10000, max_burst_kbps: 8000 }).all()).map((r) => r.id)).toEqual([rules.bandwidth_limit]);
      // The API reference lists `direction` as a filter of this kind; Zed refuses it.
      const byDirection = await listBandwidthLimitRules(admin, policy, { direction: 'ingress' }).all().catch((e: unknown) => e);
      expect(isHttpError(byDirection, 400) && byDirection.serviceMessage).toBe("['direction'] is invalid attribute for filtering");
      expect((await getBandwidthLimitRule(admin, policy, rules.bandwidth_limit)).max_kbps).toBe(10000);
      expect(await updateBandwidthLimitRule(admin, policy, rules.bandwidth_limit, { max_kbps: 20000, max_burst_kbps: 16000 })).toMatchObject({ max_kbps: 20000, max_burst_kbps: 16000 });

      expect((await listDscpMarkingRules(admin, policy, { dscp_mark: 26 }).all()).map((r) => r.id)).toEqual([rules.dscp_marking]);
      expect((await getDscpMarkingRule(admin, policy, rules.dscp_marking)).dscp_mark).toBe(26);
      expect((await updateDscpMarkingRule(admin, policy, rules.dscp_marking, { dscp_mark: 46 })).dscp_mark).toBe(46);

      expect((await listMinimumBandwidthRules(admin, policy, { min_kbps: 1000 }).all()).map((r) => r.id)).toEqual([rules.minimum_bandwidth]);
      expect((await getMinimumBandwidthRule(admin, policy, rules.minimum_bandwidth)).direction).toBe('egress');
      expect((await updateMinimumBandwidthRule(admin, policy, rules.minimum_bandwidth, { min_kbps: 1500 })).min_kbps).toBe(1500);

      expect((await listMinimumPacketRateRules(admin, policy, { direction: 'any' }).all()).map((r) => r.id)).toEqual([rules.minimum_packet_rate]);
      expect((await getMinimumPacketRateRule(admin, policy, rules.minimum_packet_rate)).min_kpps).toBe(1000);
      expect(await updateMinimumPacketRateRule(admin, policy, rules.minimum_packet_rate, { min_kpps: 2000, direction: 'ingress' })).toMatchObject({ min_kpps: 2000, direction: 'ingress' });

      expect((await listPacketRateLimitRules(admin, policy, { max_kpps: 1000, fields: ['id'] }).all())).toEqual([{ id: rules.packet_rate_limit }]);
      expect((await getPacketRateLimitRule(admin, policy, rules.packet_rate_limit)).max_burst_kpps).toBe(0);
      expect(await updatePacketRateLimitRule(admin, policy, rules.packet_rate_limit, { max_kpps: 4000, max_burst_kpps: 1000 })).toMatchObject({ max_kpps: 4000, max_burst_kpps: 1000 });
    });

    it('refuses conflicting rules: QoSRulesConflict, QoSRuleParameterConflict, a 400 for an invalid mark', async () => {
      const twice = await createBandwidthLimitRule(admin, policy, { max_kbps: 5000, direction: 'ingress' }).catch((e: unknown) => e);
      expect(isHttpError(twice, 409) && twice.serviceErrorType).toBe('QoSRulesConflict');
      // The bandwidth limit for ingress is 20000 kbps now: a larger ingress minimum conflicts with it.
      const above = await updateMinimumBandwidthRule(admin, policy, rules.minimum_bandwidth, { min_kbps: 30000, direction: 'ingress' }).catch((e: unknown) => e);
      expect(isHttpError(above, 409) && above.serviceErrorType).toBe('QoSRuleParameterConflict');
      const mark = await updateDscpMarkingRule(admin, policy, rules.dscp_marking, { dscp_mark: 7 }).catch((e: unknown) => e);
      expect(isHttpError(mark, 400) && mark.serviceMessage).toBe('Invalid input for dscp_mark. Reason: 7 is not in valid_values.');
    });

    it('attaches to a network and a port only the kinds the rule types list supports', async () => {
      const supported = new Set((await listQosRuleTypes(admin).all()).map((t) => t.type));
      const networkName = uniqueName('network');
      const network = (await createNetwork(admin, { name: networkName })).id;
      cleanup.add(`network ${networkName}`, async () => deleteNetwork(admin, network));
      const portName = uniqueName('port');
      // A raw request: ports are another folder's operations.
      const port = (await admin.request<{ id: string }>({ method: 'POST', path: 'ports', json: { port: { name: portName, network_id: network } }, expectStatus: [201], unwrap: 'port' })).id;
      cleanup.add(`port ${portName}`, async () => admin.execute({ method: 'DELETE', path: `ports/${port}`, expectStatus: [204] }));
      const setPortPolicy = async (qos_policy_id: string | null): Promise<unknown> =>
        admin.request({ method: 'PUT', path: `ports/${port}`, json: { port: { qos_policy_id } }, expectStatus: [200], unwrap: 'port' });

      // With a rule of every kind, the first kind no driver supports is named; the local cloud's
      // `test` mechanism driver supports none (the rule types list is empty).
      const unsupported = KINDS.filter((kind) => !supported.has(kind));
      const toNetwork = await updateNetwork(admin, network, { qos_policy_id: policy }).catch((e: unknown) => e);
      const toPort = await setPortPolicy(policy).catch((e: unknown) => e);
      if (unsupported.length === 0) {
        expect(isHttpError(toNetwork) || isHttpError(toPort)).toBe(false);
        await setPortPolicy(null);
        await updateNetwork(admin, network, { qos_policy_id: null });
        return;
      }
      expect(isHttpError(toNetwork, 409) && toNetwork.serviceErrorType).toBe('QosRuleNotSupportedByNetwork');
      expect(isHttpError(toNetwork) && toNetwork.serviceMessage).toMatch(new RegExp(`^Rule (${unsupported.join('|')}) is not supported by network ${network}$`));
      expect(isHttpError(toPort, 409) && toPort.serviceErrorType).toBe('QosRuleNotSupported');
      expect(isHttpError(toPort) && toPort.serviceMessage).toMatch(new RegExp(`^Rule (${unsupported.join('|')}) is not supported by port ${port}$`));

      // A policy already on the port accepts no rule its driver cannot enforce either.
      const emptyName = uniqueName('qos-policy');
      const empty = (await createQosPolicy(admin, { name: emptyName })).id;
      cleanup.add(`QoS policy ${emptyName}`, async () => deleteQosPolicy(admin, empty));
      await setPortPolicy(empty);
      cleanup.add(`port ${portName} QoS policy`, async () => setPortPolicy(null));
      if (!supported.has('dscp_marking')) {
        const error = await createDscpMarkingRule(admin, empty, { dscp_mark: 26 }).catch((e: unknown) => e);
        expect(isHttpError(error, 409) && [error.serviceErrorType, error.serviceMessage]).toEqual(['QosRuleNotSupported', `Rule dscp_marking is not supported by port ${port}`]);
      }
    });

    it('deletes each rule; a second delete is QosRuleNotFound', async () => {
      await deleteBandwidthLimitRule(admin, policy, rules.bandwidth_limit);
      await deleteDscpMarkingRule(admin, policy, rules.dscp_marking);
      await deleteMinimumBandwidthRule(admin, policy, rules.minimum_bandwidth);
      await deleteMinimumPacketRateRule(admin, policy, rules.minimum_packet_rate);
      await deletePacketRateLimitRule(admin, policy, rules.packet_rate_limit);
      expect((await getQosPolicy(admin, policy)).rules).toEqual([]);
      const again = await deleteBandwidthLimitRule(admin, policy, rules.bandwidth_limit).catch((e: unknown) => e);
      expect(isHttpError(again, 404) && again.serviceErrorType).toBe('QosRuleNotFound');
    });
  });
});
