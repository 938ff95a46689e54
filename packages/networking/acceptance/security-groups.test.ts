import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import type { NetworkingClient } from '../src/client.js';
import { createNetworkingClient } from '../src/client.js';
import { createSecurityGroup, deleteSecurityGroup, findSecurityGroupId, getSecurityGroup, listSecurityGroups, updateSecurityGroup } from '../src/security-groups/index.js';

describeWithService('network', 'security groups against the real Neutron', () => {
  const cleanup = useCleanup();
  let neutron: NetworkingClient;
  let id: string;
  let name: string;
  let project: string;

  it('creates a group that starts with the two egress rules, finds, gets and lists it', async () => {
    neutron = await createNetworkingClient(await memberProvider());
    name = uniqueName('secgroup');
    const group = await createSecurityGroup(neutron, { name, description: 'acceptance', stateful: true });
    id = group.id;
    project = group.project_id;
    cleanup.add(`security group ${name}`, async () => deleteSecurityGroup(neutron, group.id));
    expect(group).toMatchObject({ name, description: 'acceptance', stateful: true });
    expect(group.security_group_rules.map((rule) => `${rule.direction} ${rule.ethertype}`).sort()).toEqual(['egress IPv4', 'egress IPv6']);
    expect(await findSecurityGroupId(neutron, name)).toEqual({ id, matchedBy: 'name' });
    expect(await findSecurityGroupId(neutron, id)).toEqual({ id, matchedBy: 'id' });
    expect((await getSecurityGroup(neutron, id)).name).toBe(name);
    const listed = await listSecurityGroups(neutron, { name, fields: ['id', 'name', 'stateful'] }).all();
    expect(listed).toEqual([{ id, name, stateful: true }]);
  });

  it('updates its name, description and statefulness', async () => {
    name = uniqueName('secgroup');
    const updated = await updateSecurityGroup(neutron, id, { name, description: 'changed', stateful: false });
    expect(updated).toMatchObject({ id, name, description: 'changed', stateful: false });
  });

  it("shows the project's default group and its rules; it cannot be renamed or deleted", async () => {
    const [group, ...others] = await listSecurityGroups(neutron, { name: 'default' }).all();
    expect(others).toEqual([]);
    const rules = group!.security_group_rules.map((rule) => [rule.direction, rule.ethertype, rule.remote_group_id === group!.id]);
    expect(rules.sort()).toEqual([
      ['egress', 'IPv4', false],
      ['egress', 'IPv6', false],
      ['ingress', 'IPv4', true],
      ['ingress', 'IPv6', true],
    ]);
    const renamed = await updateSecurityGroup(neutron, group!.id, { name: uniqueName('secgroup') }).catch((e: unknown) => e);
    expect(isHttpError(renamed, 409) && renamed.serviceErrorType).toBe('SecurityGroupCannotUpdateDefault');
    const deleted = await deleteSecurityGroup(neutron, group!.id).catch((e: unknown) => e);
    expect(isHttpError(deleted, 409) && deleted.serviceErrorType).toBe('SecurityGroupCannotRemoveDefault');
  });

  it('refuses a second group named default', async () => {
    const error = await createSecurityGroup(neutron, { name: 'default' }).catch((e: unknown) => e);
    expect(isHttpError(error, 409) && error.serviceErrorType).toBe('SecurityGroupDefaultAlreadyExists');
  });

  it('deletes it; a second delete is SecurityGroupNotFound', async () => {
    await deleteSecurityGroup(neutron, id);
    const error = await deleteSecurityGroup(neutron, id).catch((e: unknown) => e);
    expect(isHttpError(error, 404) && error.serviceErrorType).toBe('SecurityGroupNotFound');
  });

  describeAsAdmin('as admin', () => {
    it("creates a group in the member's project", async () => {
      const admin = await createNetworkingClient(await adminProvider());
      const adminName = uniqueName('secgroup');
      const group = await createSecurityGroup(admin, { name: adminName, project_id: project });
      cleanup.add(`security group ${adminName}`, async () => deleteSecurityGroup(admin, group.id));
      expect(group.project_id).toBe(project);
      expect(await findSecurityGroupId(neutron, adminName)).toEqual({ id: group.id, matchedBy: 'name' });
    });
  });
});
