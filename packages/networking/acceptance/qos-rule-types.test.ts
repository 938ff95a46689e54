import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import type { NetworkingClient } from '../src/client.js';
import { createNetworkingClient } from '../src/client.js';
import { getQosRuleType, listQosRuleTypes } from '../src/qos-rule-types/index.js';

const KINDS = ['bandwidth_limit', 'dscp_marking', 'minimum_bandwidth', 'minimum_packet_rate', 'packet_rate_limit'];

describeWithService('network', 'QoS rule types against the real Neutron', () => {
  let member: NetworkingClient;
  let all: string[];
  let anySupported: string[];

  it('lists the kinds Neutron implements, those some driver supports, and those all support', async () => {
    member = await createNetworkingClient(await memberProvider());
    all = (await listQosRuleTypes(member, { all_rules: true }).all()).map((t) => t.type);
    expect(all).toEqual(expect.arrayContaining(KINDS));
    anySupported = (await listQosRuleTypes(member, { all_supported: true, fields: ['type'] }).all()).map((t) => t.type);
    const everySupported = (await listQosRuleTypes(member).all()).map((t) => t.type);
    // The local cloud's `test` mechanism driver supports no kind: both of these are empty there.
    expect(all).toEqual(expect.arrayContaining(anySupported));
    expect(anySupported).toEqual(expect.arrayContaining(everySupported));
  });

  describeAsAdmin('as admin', () => {
    it('shows each kind with the drivers that support it (none for the unsupported ones)', async () => {
      const admin = await createNetworkingClient(await adminProvider());
      for (const kind of KINDS) {
        const details = await getQosRuleType(admin, kind);
        expect(details.type).toBe(kind);
        expect((details.drivers ?? []).length > 0).toBe(anySupported.includes(kind));
      }
    });

    it('a member may not see the details (403 NotAuthorized)', async () => {
      const error = await getQosRuleType(member, 'bandwidth_limit').catch((e: unknown) => e);
      expect(isHttpError(error, 403) && [error.serviceErrorType, error.serviceMessage]).toEqual(['NotAuthorized', 'Not authorized.']);
    });
  });
});
