import { expect, it } from '@jest/globals';
import { describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import type { NetworkingClient } from '../src/client.js';
import { createAddressGroup, deleteAddressGroup } from '../src/address-groups/index.js';
import { createNetworkingClient } from '../src/client.js';
import {
  createSecurityGroupRule,
  createSecurityGroupRules,
  deleteSecurityGroupRule,
  getSecurityGroupRule,
  listSecurityGroupRules,
  type SecurityGroupRule,
} from '../src/security-group-rules/index.js';
import { createSecurityGroup, deleteSecurityGroup, getSecurityGroup, listSecurityGroups } from '../src/security-groups/index.js';

describeWithService('network', 'security group rules against the real Neutron', () => {
  const cleanup = useCleanup();
  let neutron: NetworkingClient;
  let group: string;
  let remote: string;
  let ssh: SecurityGroupRule;

  const track = (rule: SecurityGroupRule): SecurityGroupRule => {
    cleanup.add(`security group rule ${rule.id}`, async () => deleteSecurityGroupRule(neutron, rule.id));
    return rule;
  };

  it('allows ingress TCP 22 from a CIDR, reporting the normalized CIDR', async () => {
    neutron = await createNetworkingClient(await memberProvider());
    for (const which of ['group', 'remote'] as const) {
      const name = uniqueName('secgroup');
      const created = await createSecurityGroup(neutron, { name });
      cleanup.add(`security group ${name}`, async () => deleteSecurityGroup(neutron, created.id));
      if (which === 'group') group = created.id;
      else remote = created.id;
    }
    ssh = track(
      await createSecurityGroupRule(neutron, {
        security_group_id: group,
        direction: 'ingress',
        ethertype: 'IPv4',
        protocol: 'tcp',
        port_range_min: 22,
        port_range_max: 22,
        remote_ip_prefix: '192.0.2.5/24',
        description: 'ssh',
      }),
    );
    expect(ssh).toMatchObject({ security_group_id: group, protocol: 'tcp', port_range_min: 22, port_range_max: 22, remote_ip_prefix: '192.0.2.5/24', normalized_cidr: '192.0.2.0/24', description: 'ssh' });
    expect(await getSecurityGroupRule(neutron, ssh.id)).toMatchObject({ id: ssh.id, direction: 'ingress' });
  });

  it('allows ICMP echo from the members of another group', async () => {
    const icmp = track(await createSecurityGroupRule(neutron, { security_group_id: group, direction: 'ingress', protocol: 'icmp', port_range_min: 8, port_range_max: 0, remote_group_id: remote }));
    expect(icmp).toMatchObject({ ethertype: 'IPv4', protocol: 'icmp', port_range_min: 8, port_range_max: 0, remote_group_id: remote, remote_ip_prefix: null });
  });

  it('allows UDP from an address group, which then cannot be deleted', async () => {
    const name = uniqueName('addrgroup');
    const addresses = await createAddressGroup(neutron, { name, addresses: ['198.51.100.0/24'] });
    cleanup.add(`address group ${name}`, async () => deleteAddressGroup(neutron, addresses.id));
    const rule = track(
      await createSecurityGroupRule(neutron, { security_group_id: group, direction: 'ingress', protocol: 'udp', port_range_min: 5000, port_range_max: 5100, remote_address_group_id: addresses.id }),
    );
    expect(rule).toMatchObject({ remote_address_group_id: addresses.id, remote_ip_prefix: null, remote_group_id: null });
    const inUse = await deleteAddressGroup(neutron, addresses.id).catch((e: unknown) => e);
    expect(isHttpError(inUse, 409) && inUse.serviceErrorType).toBe('AddressGroupInUse');
    expect((await listSecurityGroupRules(neutron, { remote_address_group_id: addresses.id }).all()).map((r) => r.id)).toEqual([rule.id]);
  });

  it('creates rules in bulk', async () => {
    const rules = await createSecurityGroupRules(neutron, [
      { security_group_id: group, direction: 'egress', ethertype: 'IPv6', protocol: 'udp', port_range_min: 53, port_range_max: 53, remote_ip_prefix: '2001:db8::/64' },
      { security_group_id: group, direction: 'ingress', protocol: 'vrrp', description: 'vrrp' },
    ]);
    rules.forEach(track);
    expect(rules.map((rule) => [rule.direction, rule.ethertype, rule.protocol])).toEqual([
      ['egress', 'IPv6', 'udp'],
      ['ingress', 'IPv4', 'vrrp'],
    ]);
  });

  it('refuses a duplicate rule with SecurityGroupRuleExists naming the existing rule', async () => {
    const error = await createSecurityGroupRule(neutron, { security_group_id: group, direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', port_range_min: 22, port_range_max: 22, remote_ip_prefix: '192.0.2.5/24' }).catch((e: unknown) => e);
    expect(isHttpError(error, 409) && [error.serviceErrorType, error.serviceMessage]).toEqual(['SecurityGroupRuleExists', `Security group rule already exists. Rule id is ${ssh.id}.`]);
  });

  it("lists the group's rules with filters and pages", async () => {
    const tcp = await listSecurityGroupRules(neutron, { security_group_id: group, direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', port_range_min: 22, port_range_max: 22, remote_ip_prefix: '192.0.2.5/24' }).all();
    expect(tcp.map((rule) => rule.id)).toEqual([ssh.id]);
    expect((await listSecurityGroupRules(neutron, { remote_group_id: remote, fields: ['id', 'protocol'] }).all()).map((rule) => rule.protocol)).toEqual(['icmp']);
    const sizes: number[] = [];
    for await (const page of listSecurityGroupRules(neutron, { security_group_id: group, limit: 4, sort_key: 'protocol', sort_dir: 'asc', fields: ['id', 'protocol'] }).byPage()) sizes.push(page.length);
    // Two egress rules came with the group; five were added.
    expect(sizes.filter((n) => n > 0)).toEqual([4, 3]);
    expect((await getSecurityGroup(neutron, group)).security_group_rules).toHaveLength(7);
  });

  it("shows the default group's rules", async () => {
    const [defaultGroup] = await listSecurityGroups(neutron, { name: 'default', fields: ['id'] }).all();
    const rules = await listSecurityGroupRules(neutron, { security_group_id: defaultGroup!.id, direction: 'ingress' }).all();
    expect(rules.map((rule) => [rule.ethertype, rule.remote_group_id]).sort()).toEqual([
      ['IPv4', defaultGroup!.id],
      ['IPv6', defaultGroup!.id],
    ]);
  });

  it('deletes a rule; a second delete is SecurityGroupRuleNotFound', async () => {
    await deleteSecurityGroupRule(neutron, ssh.id);
    const error = await deleteSecurityGroupRule(neutron, ssh.id).catch((e: unknown) => e);
    expect(isHttpError(error, 404) && error.serviceErrorType).toBe('SecurityGroupRuleNotFound');
  });
});
