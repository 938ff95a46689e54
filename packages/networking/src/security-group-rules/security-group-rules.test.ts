import { describe, expect, it } from '@jest/globals';
import { isHttpError, isInvalidInputError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeNeutron } from '../fake-neutron.fixtures.js';
import { createSecurityGroupRule, createSecurityGroupRules, deleteSecurityGroupRule, getSecurityGroupRule, listSecurityGroupRules } from './index.js';
import * as fx from './security-group-rules.fixtures.js';

const group = fx.createCidr.security_group_rule.security_group_id;
const remoteGroup = fx.createIcmp.security_group_rule.remote_group_id;
const addressGroup = fx.createAddressGroup.security_group_rule.remote_address_group_id;
const ruleId = fx.createCidr.security_group_rule.id;

describe('security group rules', () => {
  it('creates an ingress TCP 22 rule from a CIDR and reports the normalized CIDR', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/security-group-rules', fx.createCidr, { status: 201 });
    const input = { security_group_id: group, direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', port_range_min: 22, port_range_max: 22, remote_ip_prefix: '192.0.2.5/24', description: 'ssh' };
    const rule = await createSecurityGroupRule(cloud.client, input);
    expect(cloud.lastRequest()).toMatchObject({ method: 'POST', path: 'v2.0/security-group-rules', json: { security_group_rule: input } });
    expect(rule).toMatchObject({ protocol: 'tcp', port_range_min: 22, remote_ip_prefix: '192.0.2.5/24', normalized_cidr: '192.0.2.0/24', remote_group_id: null, description: 'ssh' });
  });

  it('creates ICMP from a remote group, UDP from an address group, and as admin in another project', async () => {
    const cloud = fakeNeutron();
    cloud.replyOnce('POST', 'v2.0/security-group-rules', fx.createIcmp, { status: 201 });
    cloud.replyOnce('POST', 'v2.0/security-group-rules', fx.createAddressGroup, { status: 201 });
    cloud.replyOnce('POST', 'v2.0/security-group-rules', fx.createAdmin, { status: 201 });

    const icmp = await createSecurityGroupRule(cloud.client, { security_group_id: group, direction: 'ingress', ethertype: 'IPv4', protocol: 'icmp', port_range_min: 8, port_range_max: 0, remote_group_id: remoteGroup });
    expect(cloud.lastRequest().json).toEqual({ security_group_rule: { security_group_id: group, direction: 'ingress', ethertype: 'IPv4', protocol: 'icmp', port_range_min: 8, port_range_max: 0, remote_group_id: remoteGroup } });
    expect(icmp).toMatchObject({ protocol: 'icmp', port_range_min: 8, port_range_max: 0, remote_group_id: remoteGroup, remote_ip_prefix: null, normalized_cidr: null });

    const fromAddresses = await createSecurityGroupRule(cloud.client, { security_group_id: group, direction: 'ingress', protocol: 'udp', port_range_min: 5000, port_range_max: 5100, remote_address_group_id: addressGroup });
    expect(cloud.lastRequest().json).toEqual({ security_group_rule: { security_group_id: group, direction: 'ingress', protocol: 'udp', port_range_min: 5000, port_range_max: 5100, remote_address_group_id: addressGroup } });
    expect(fromAddresses).toMatchObject({ ethertype: 'IPv4', remote_address_group_id: addressGroup, description: '' });

    const admin = fx.createAdmin.security_group_rule;
    const rule = await createSecurityGroupRule(cloud.client, { security_group_id: admin.security_group_id, direction: 'ingress', ethertype: 'IPv6', protocol: 'ipv6-icmp', project_id: admin.project_id });
    expect(cloud.lastRequest().json).toEqual({ security_group_rule: { security_group_id: admin.security_group_id, direction: 'ingress', ethertype: 'IPv6', protocol: 'ipv6-icmp', project_id: admin.project_id } });
    expect(rule.project_id).toBe(admin.project_id);
  });

  it('creates rules in bulk', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/security-group-rules', fx.bulk, { status: 201 });
    const inputs = [
      { security_group_id: group, direction: 'egress', ethertype: 'IPv6', protocol: 'udp', port_range_min: 53, port_range_max: 53, remote_ip_prefix: '2001:db8::/64' },
      { security_group_id: group, direction: 'ingress', ethertype: 'IPv4', protocol: '112', description: 'vrrp' },
    ];
    const rules = await createSecurityGroupRules(cloud.client, inputs);
    expect(cloud.lastRequest().json).toEqual({ security_group_rules: inputs });
    expect(rules.map((rule) => [rule.direction, rule.protocol, rule.normalized_cidr])).toEqual([
      ['egress', 'udp', '2001:db8::/64'],
      ['ingress', '112', null],
    ]);
  });

  it('gets and deletes a rule', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/security-group-rules/${ruleId}`, fx.get);
    cloud.reply('DELETE', `v2.0/security-group-rules/${ruleId}`, undefined, { status: 204 });
    expect(await getSecurityGroupRule(cloud.client, ruleId)).toEqual(fx.get.security_group_rule);
    expect(cloud.lastRequest()).toMatchObject({ method: 'GET', path: `v2.0/security-group-rules/${ruleId}` });
    await deleteSecurityGroupRule(cloud.client, ruleId);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `v2.0/security-group-rules/${ruleId}`, text: undefined });
  });

  it('lists with the rule filters', async () => {
    const cloud = fakeNeutron();
    cloud.reply(
      'GET',
      `v2.0/security-group-rules?security_group_id=${group}&direction=ingress&ethertype=IPv4&protocol=tcp&port_range_min=22&port_range_max=22&remote_ip_prefix=192.0.2.5/24`,
      fx.list,
    );
    cloud.reply('GET', `v2.0/security-group-rules?remote_group_id=${remoteGroup}&fields=id&fields=remote_group_id`, fx.listByRemoteGroup);
    cloud.reply('GET', `v2.0/security-group-rules?remote_address_group_id=${addressGroup}&fields=id&fields=remote_address_group_id`, fx.listByRemoteAddressGroup);
    cloud.reply('GET', 'v2.0/security-group-rules?description=vrrp&revision_number=0&fields=id&fields=description', fx.listByDescription);
    cloud.reply('GET', 'v2.0/security-group-rules?id=a&id=b&belongs_to_default_sg=true&project_id=p&tags=x%2Cy', { security_group_rules: [] });

    const ssh = await listSecurityGroupRules(cloud.client, { security_group_id: group, direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', port_range_min: 22, port_range_max: 22, remote_ip_prefix: '192.0.2.5/24' }).all();
    expect(ssh.map((rule) => rule.id)).toEqual([ruleId]);
    expect(cloud.lastRequest().query.remote_ip_prefix).toBe('192.0.2.5/24');
    expect((await listSecurityGroupRules(cloud.client, { remote_group_id: remoteGroup, fields: ['id', 'remote_group_id'] }).all()).map((rule) => rule.id)).toEqual([fx.createIcmp.security_group_rule.id]);
    expect((await listSecurityGroupRules(cloud.client, { remote_address_group_id: addressGroup, fields: ['id', 'remote_address_group_id'] }).all()).map((rule) => rule.id)).toEqual([
      fx.createAddressGroup.security_group_rule.id,
    ]);
    expect((await listSecurityGroupRules(cloud.client, { description: 'vrrp', revision_number: 0, fields: ['id', 'description'] }).all()).map((rule) => rule.description)).toEqual(['vrrp']);
    expect(await listSecurityGroupRules(cloud.client, { id: ['a', 'b'], belongs_to_default_sg: true, project_id: 'p', tags: ['x', 'y'] }).all()).toEqual([]);
    expect(cloud.lastRequest().query.tags).toBe('x,y');
  });

  it('follows security_group_rules_links', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/security-group-rules?security_group_id=${group}&limit=5&sort_key=protocol&sort_dir=asc&fields=id&fields=protocol`, fx.listPage1);
    cloud.reply('GET', fx.listPage1.security_group_rules_links.find((link) => link.rel === 'next')!.href, fx.listPage2);
    const sizes: number[] = [];
    const protocols: (string | null)[] = [];
    for await (const page of listSecurityGroupRules(cloud.client, { security_group_id: group, limit: 5, sort_key: 'protocol', sort_dir: 'asc', fields: ['id', 'protocol'] }).byPage()) {
      sizes.push(page.length);
      protocols.push(...page.map((rule) => rule.protocol));
    }
    expect(sizes).toEqual([5, 3]);
    expect(protocols).toEqual([null, null, '112', 'icmp', 'tcp', 'tcp', 'udp', 'udp']);
  });

  it("Neutron's errors name their type", async () => {
    const cloud = fakeNeutron();
    const missing = '00000000-0000-0000-0000-000000000000';
    const deleted = '22becdd1-f111-49bc-bb7b-346c7716db8b';
    cloud.replyOnce('POST', 'v2.0/security-group-rules', fx.createDuplicate, { status: 409 });
    cloud.replyOnce('POST', 'v2.0/security-group-rules', fx.createBadRange, { status: 400 });
    cloud.replyOnce('POST', 'v2.0/security-group-rules', fx.createBothRemotes, { status: 400 });
    cloud.replyOnce('POST', 'v2.0/security-group-rules', fx.createNoGroup, { status: 404 });
    cloud.reply('GET', `v2.0/security-group-rules/${missing}`, fx.getMissing, { status: 404 });
    cloud.reply('DELETE', `v2.0/security-group-rules/${deleted}`, fx.deleteMissing, { status: 404 });

    const failure = async (promise: Promise<unknown>): Promise<[number, string | undefined, string | undefined] | undefined> => {
      const error = await promise.then(() => undefined, (e: unknown) => e);
      return isHttpError(error) ? [error.status, error.serviceErrorType, error.serviceMessage] : undefined;
    };
    expect(await failure(createSecurityGroupRule(cloud.client, { security_group_id: group, direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', port_range_min: 22, port_range_max: 22, remote_ip_prefix: '192.0.2.0/24' }))).toEqual([
      409,
      'SecurityGroupRuleExists',
      'Security group rule already exists. Rule id is 82757c5b-d947-47ea-9e49-8958f43e2b7c.',
    ]);
    expect((await failure(createSecurityGroupRule(cloud.client, { security_group_id: group, direction: 'ingress', protocol: 'tcp', port_range_min: 100, port_range_max: 90 })))?.[1]).toBe('SecurityGroupInvalidPortRange');
    expect((await failure(createSecurityGroupRule(cloud.client, { security_group_id: group, direction: 'ingress', remote_ip_prefix: '10.0.0.0/8', remote_group_id: remoteGroup })))?.[1]).toBe('SecurityGroupMultipleRemoteEntites');
    expect((await failure(createSecurityGroupRule(cloud.client, { security_group_id: missing, direction: 'ingress' })))?.slice(0, 2)).toEqual([404, 'SecurityGroupNotFound']);
    expect((await failure(getSecurityGroupRule(cloud.client, missing)))?.slice(0, 2)).toEqual([404, 'SecurityGroupRuleNotFound']);
    expect((await failure(deleteSecurityGroupRule(cloud.client, deleted)))?.slice(0, 2)).toEqual([404, 'SecurityGroupRuleNotFound']);
  });

  it('refuses an empty bulk and empty IDs before sending', async () => {
    const cloud = fakeNeutron();
    const empty = await rejectionOf(createSecurityGroupRules(cloud.client, []));
    expect(isInvalidInputError(empty) && empty.field).toBe('inputs');
    for (const call of [async () => getSecurityGroupRule(cloud.client, ''), async () => deleteSecurityGroupRule(cloud.client, '  ')]) {
      const error = await rejectionOf(call);
      expect(isInvalidInputError(error) && error.field).toBe('securityGroupRuleId');
    }
    expect(cloud.requests).toEqual([]);
  });
});
