import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import type { NetworkingClient } from '../src/client.js';
import { createNetworkingClient } from '../src/client.js';
import { createNetwork, deleteNetwork, updateNetwork } from '../src/networks/index.js';
import { createQosPolicy, deleteQosPolicy, getQosPolicy, listQosPolicies, updateQosPolicy } from '../src/qos-policies/index.js';

/** The port fields this test reads; ports are created with raw requests to stay out of the ports folder. */
interface RawPort {
  id: string;
  qos_policy_id: string | null;
  qos_network_policy_id?: string | null;
}

describeWithService('network', 'QoS policies against the real Neutron', () => {
  describeAsAdmin('as admin', () => {
    const cleanup = useCleanup();
    let admin: NetworkingClient;
    let member: NetworkingClient;
    let id: string;
    let name: string;
    let network: string;
    let port: string;

    it('creates, gets and updates a policy', async () => {
      admin = await createNetworkingClient(await adminProvider());
      member = await createNetworkingClient(await memberProvider());
      name = uniqueName('qos-policy');
      // is_default stays false: a default policy would be given to every new network of the admin project.
      const policy = await createQosPolicy(admin, { name, description: 'acceptance', shared: false, is_default: false });
      id = policy.id;
      cleanup.add(`QoS policy ${name}`, async () => deleteQosPolicy(admin, policy.id));
      expect(policy).toMatchObject({ name, description: 'acceptance', shared: false, is_default: false, rules: [] });
      expect((await getQosPolicy(admin, id)).name).toBe(name);
      const updated = await updateQosPolicy(admin, id, { description: 'changed', shared: true });
      expect(updated).toMatchObject({ description: 'changed', shared: true });
      expect(updated.revision_number).toBeGreaterThan(policy.revision_number ?? 0);
    });

    it('lists by filters and pages one policy at a time', async () => {
      const other = uniqueName('qos-policy');
      const second = await createQosPolicy(admin, { name: other });
      cleanup.add(`QoS policy ${other}`, async () => deleteQosPolicy(admin, second.id));
      expect((await listQosPolicies(admin, { name, shared: true, fields: ['id', 'name'] }).all())).toEqual([{ id, name }]);
      const pages: string[][] = [];
      for await (const page of listQosPolicies(admin, { name: [name, other], limit: 1, sort_key: 'name', sort_dir: 'asc' }).byPage()) pages.push(page.map((p) => p.name));
      expect(pages.filter((page) => page.length > 0)).toEqual([[name, other].sort().slice(0, 1), [name, other].sort().slice(1)]);
    });

    it('a member sees the shared policy but may not create one (403 PolicyNotAuthorized)', async () => {
      expect((await listQosPolicies(member, { name }).all()).map((p) => p.id)).toEqual([id]);
      const error = await createQosPolicy(member, { name: uniqueName('qos-policy') }).catch((e: unknown) => e);
      expect(isHttpError(error, 403) && [error.serviceErrorType, error.serviceMessage]).toEqual(['PolicyNotAuthorized', 'rule:create_policy is disallowed by policy']);
    });

    it('attaches the (rule-less) policy to a network and a port', async () => {
      const networkName = uniqueName('network');
      network = (await createNetwork(admin, { name: networkName })).id;
      cleanup.add(`network ${networkName}`, async () => deleteNetwork(admin, network));
      expect((await updateNetwork(admin, network, { qos_policy_id: id })).qos_policy_id).toBe(id);
      const portName = uniqueName('port');
      const created = await admin.request<RawPort>({ method: 'POST', path: 'ports', json: { port: { name: portName, network_id: network, qos_policy_id: id } }, expectStatus: [201], unwrap: 'port' });
      port = created.id;
      cleanup.add(`port ${portName}`, async () => admin.execute({ method: 'DELETE', path: `ports/${created.id}`, expectStatus: [204] }));
      // Extension `qos-port-network-policy`: the port also shows its network's policy.
      expect([created.qos_policy_id, created.qos_network_policy_id]).toEqual([id, id]);
    });

    it('a policy in use cannot be deleted (409 QosPolicyInUse)', async () => {
      const error = await deleteQosPolicy(admin, id).catch((e: unknown) => e);
      expect(isHttpError(error, 409) && error.serviceErrorType).toBe('QosPolicyInUse');
      expect(isHttpError(error) && error.serviceMessage).toMatch(new RegExp(`^QoS Policy ${id} is used by (port ${port}|network ${network})\\.$`));
    });

    it('deletes it once detached; then it is QosPolicyNotFound', async () => {
      await admin.request<RawPort>({ method: 'PUT', path: `ports/${port}`, json: { port: { qos_policy_id: null } }, expectStatus: [200], unwrap: 'port' });
      await updateNetwork(admin, network, { qos_policy_id: null });
      await deleteQosPolicy(admin, id);
      const error = await getQosPolicy(admin, id).catch((e: unknown) => e);
      expect(isHttpError(error, 404) && error.serviceErrorType).toBe('QosPolicyNotFound');
    });
  });
});
