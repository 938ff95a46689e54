import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import type { NetworkingClient } from '../src/client.js';
import { createNetworkingClient } from '../src/client.js';
import { createNetwork, deleteNetwork, getNetwork } from '../src/networks/index.js';
import { createRbacPolicy, deleteRbacPolicy, getRbacPolicy, listRbacPolicies, updateRbacPolicy } from '../src/rbac-policies/index.js';

describeWithService('network', 'RBAC policies against the real Neutron', () => {
  describeAsAdmin('the member shares a network with the admin project', () => {
    const cleanup = useCleanup();
    let member: NetworkingClient;
    let admin: NetworkingClient;
    let memberProject: string;
    let adminProject: string;
    let network: string;
    let policy: string;

    it('creates an access_as_shared policy; the admin project then sees the network as shared', async () => {
      const memberSide = await memberProvider();
      const adminSide = await adminProvider();
      member = await createNetworkingClient(memberSide);
      admin = await createNetworkingClient(adminSide);
      memberProject = memberSide.token?.body.project?.id ?? '';
      adminProject = adminSide.token?.body.project?.id ?? '';
      const name = uniqueName('network');
      network = (await createNetwork(member, { name })).id;
      cleanup.add(`network ${name}`, async () => deleteNetwork(member, network));
      const created = await createRbacPolicy(member, { object_type: 'network', object_id: network, action: 'access_as_shared', target_tenant: adminProject });
      policy = created.id;
      cleanup.add(`RBAC policy ${policy}`, async () => deleteRbacPolicy(member, policy));
      expect(created).toMatchObject({ object_type: 'network', object_id: network, action: 'access_as_shared', target_tenant: adminProject, project_id: memberProject });
      expect((await getNetwork(admin, network)).shared).toBe(true);
    });

    it('gets it, lists it by filters, and refuses a duplicate', async () => {
      expect((await getRbacPolicy(member, policy)).target_tenant).toBe(adminProject);
      const listed = await listRbacPolicies(member, { object_id: network, object_type: 'network', action: 'access_as_shared', target_tenant: adminProject, fields: ['id', 'target_tenant'] }).all();
      expect(listed).toEqual([{ id: policy, target_tenant: adminProject }]);
      const error = await createRbacPolicy(member, { object_type: 'network', object_id: network, action: 'access_as_shared', target_tenant: adminProject }).catch((e: unknown) => e);
      expect(isHttpError(error, 409) && error.serviceErrorType).toBe('DuplicateRbacPolicy');
    });

    it('retargets it; the admin project no longer sees the network as shared', async () => {
      expect((await updateRbacPolicy(member, policy, { target_tenant: memberProject })).target_tenant).toBe(memberProject);
      expect((await getNetwork(admin, network)).shared).toBe(false);
    });

    it('deletes it; then it is RbacPolicyNotFound', async () => {
      await deleteRbacPolicy(member, policy);
      const error = await getRbacPolicy(member, policy).catch((e: unknown) => e);
      expect(isHttpError(error, 404) && error.serviceErrorType).toBe('RbacPolicyNotFound');
      expect(await listRbacPolicies(member, { object_id: network }).all()).toEqual([]);
    });
  });
});
