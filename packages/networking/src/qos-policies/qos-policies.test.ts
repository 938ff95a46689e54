import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeNeutron, invalidField } from '../fake-neutron.fixtures.js';
import { createQosPolicy, deleteQosPolicy, getQosPolicy, listQosPolicies, updateQosPolicy } from './index.js';
import * as fx from './qos-policies.fixtures.js';

const id = fx.create.policy.id;
const ZERO = '00000000-0000-0000-0000-000000000000';

describe('qos policies', () => {
  it('lists across pages following policies_links, with repeated names and fields', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/qos/policies?name=rec-qos-a&name=rec-qos-b&limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name', fx.listPage1);
    cloud.reply('GET', fx.listPage1.policies_links[0]?.href ?? '', fx.listPage2);
    cloud.reply('GET', fx.listPage2.policies_links[0]?.href ?? '', fx.listPage3);
    const policies = await listQosPolicies(cloud.client, { name: ['rec-qos-a', 'rec-qos-b'], limit: 1, sort_key: 'name', sort_dir: 'asc', fields: ['id', 'name'] }).all();
    expect(policies.map((p) => p.name)).toEqual(['rec-qos-a', 'rec-qos-b']);
    expect(cloud.serviceRequests()).toHaveLength(3);
  });

  it('passes every filter, joining tag filters with commas', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/qos/policies?id=i&name=rec-qos-b&shared=true&is_default=false&description=d&project_id=p&revision_number=0&tags=a%2Cb&tags-any=c&not-tags=d&not-tags-any=e%2Cf&marker=m&page_reverse=false', fx.listMember);
    const query = {
      id: 'i', name: 'rec-qos-b', shared: true, is_default: false, description: 'd', project_id: 'p', revision_number: 0,
      tags: ['a', 'b'], 'tags-any': ['c'], 'not-tags': ['d'], 'not-tags-any': ['e', 'f'], marker: 'm', page_reverse: false,
    };
    const [policy] = await listQosPolicies(cloud.client, query).all();
    expect(policy).toMatchObject({ name: 'rec-qos-b', shared: true, rules: [] });
    expect(cloud.lastRequest().query['not-tags-any']).toBe('e,f');
  });

  it('creates, gets, updates and deletes a policy', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/qos/policies', fx.create, { status: 201 });
    cloud.reply('GET', `v2.0/qos/policies/${id}`, fx.get);
    cloud.reply('PUT', `v2.0/qos/policies/${id}`, fx.update);
    cloud.reply('DELETE', `v2.0/qos/policies/${id}`, undefined, { status: 204 });
    const input = { name: 'rec-qos-a', description: 'recorded', shared: false, is_default: false, project_id: fx.create.policy.project_id };
    const created = await createQosPolicy(cloud.client, input);
    expect(cloud.lastRequest().json).toEqual({ policy: input });
    expect(created).toMatchObject({ id, name: 'rec-qos-a', description: 'recorded', shared: false, is_default: false, rules: [] });
    expect((await getQosPolicy(cloud.client, id)).revision_number).toBe(0);
    const changes = { name: 'rec-qos-a2', description: 'changed', shared: true, is_default: false };
    expect(await updateQosPolicy(cloud.client, id, changes)).toMatchObject({ ...changes, revision_number: 1 });
    expect(cloud.lastRequest()).toMatchObject({ method: 'PUT', json: { policy: changes } });
    await deleteQosPolicy(cloud.client, id);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `v2.0/qos/policies/${id}` });
  });

  it('shows the rules of each kind a policy holds', async () => {
    const cloud = fakeNeutron();
    const withRules = fx.getWithRules.policy;
    cloud.reply('GET', `v2.0/qos/policies/${withRules.id}`, fx.getWithRules);
    const policy = await getQosPolicy(cloud.client, withRules.id);
    expect(policy.rules.map((rule) => rule.type)).toEqual(['bandwidth_limit', 'bandwidth_limit', 'dscp_marking', 'minimum_bandwidth', 'minimum_packet_rate', 'packet_rate_limit']);
    expect(policy.rules.every((rule) => rule.qos_policy_id === withRules.id)).toBe(true);
    expect(policy.rules.find((rule) => rule.type === 'dscp_marking')?.dscp_mark).toBe(46);
  });

  it("surfaces Neutron's errors with their type", async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/qos/policies', fx.memberCreate, { status: 403 });
    cloud.reply('DELETE', `v2.0/qos/policies/${id}`, fx.deleteInUse, { status: 409 });
    cloud.reply('GET', `v2.0/qos/policies/${ZERO}`, fx.notFound, { status: 404 });
    const forbidden = await createQosPolicy(cloud.client, { name: 'rec-qos-member' }).catch((e: unknown) => e);
    expect(isHttpError(forbidden, 403) && [forbidden.serviceErrorType, forbidden.serviceMessage]).toEqual(['PolicyNotAuthorized', 'rule:create_policy is disallowed by policy']);
    const inUse = await deleteQosPolicy(cloud.client, id).catch((e: unknown) => e);
    expect(isHttpError(inUse, 409) && inUse.serviceErrorType).toBe('QosPolicyInUse');
    const missing = await getQosPolicy(cloud.client, ZERO).catch((e: unknown) => e);
    expect(isHttpError(missing, 404) && missing.serviceErrorType).toBe('QosPolicyNotFound');
  });

  it('refuses an empty policy ID without sending', async () => {
    const cloud = fakeNeutron();
    expect(invalidField(await rejectionOf(getQosPolicy(cloud.client, '')))).toBe('policyId');
    expect(invalidField(await rejectionOf(updateQosPolicy(cloud.client, ' ', { name: 'x' })))).toBe('policyId');
    expect(invalidField(await rejectionOf(deleteQosPolicy(cloud.client, '')))).toBe('policyId');
    expect(cloud.serviceRequests()).toHaveLength(0);
  });
});
