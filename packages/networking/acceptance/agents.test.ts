import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import type { NetworkingClient } from '../src/client.js';
import {
  addDhcpAgentNetwork,
  addL3AgentRouter,
  deleteAgent,
  getAgent,
  listAgents,
  listDhcpAgentNetworks,
  listL3AgentRouters,
  listNetworkAvailabilityZones,
  listNetworkDhcpAgents,
  listRouterL3Agents,
  removeDhcpAgentNetwork,
  removeL3AgentRouter,
  updateAgent,
} from '../src/agents/index.js';
import { createNetworkingClient } from '../src/client.js';
import { createNetwork, deleteNetwork } from '../src/networks/index.js';

// No agent runs in the local cloud (the ML2 `test` driver needs none): lists are empty, and every
// call on an agent answers 404 AgentNotFound, which proves the request reached the right handler.
const UNKNOWN = '00000000-0000-0000-0000-000000000000';

function expectAgentNotFound(error: unknown): void {
  expect(isHttpError(error, 404) && [error.serviceErrorType, error.serviceMessage]).toEqual(['AgentNotFound', `Agent ${UNKNOWN} could not be found.`]);
}

describeWithService('network', 'agents against the real Neutron', () => {
  describeAsAdmin('as admin', () => {
    const cleanup = useCleanup();
    let admin: NetworkingClient;
    let network: string;
    let router: string;

    it('lists the agents (none run here); a member sees none either', async () => {
      admin = await createNetworkingClient(await adminProvider());
      // The local cloud has none; a cloud with agents lists them whole.
      for (const agent of await listAgents(admin).all()) expect(agent).toEqual(expect.objectContaining({ id: expect.any(String), agent_type: expect.any(String), alive: expect.any(Boolean) }));
      expect(await listAgents(admin, { agent_type: 'DHCP agent', alive: true, host: 'osts-no-such-host', fields: ['id', 'host'] }).all()).toEqual([]);
      expect(await listAgents(await createNetworkingClient(await memberProvider())).all()).toEqual([]);
    });

    it('gets, updates and deletes an agent: AgentNotFound for an unknown one', async () => {
      expectAgentNotFound(await getAgent(admin, UNKNOWN).catch((e: unknown) => e));
      expectAgentNotFound(await updateAgent(admin, UNKNOWN, { admin_state_up: false, description: 'acceptance' }).catch((e: unknown) => e));
      expectAgentNotFound(await deleteAgent(admin, UNKNOWN).catch((e: unknown) => e));
    });

    it('DHCP scheduling: no agent serves a new network', async () => {
      const name = uniqueName('network');
      network = (await createNetwork(admin, { name })).id;
      cleanup.add(`network ${name}`, async () => deleteNetwork(admin, network));
      expect(await listNetworkDhcpAgents(admin, network).all()).toEqual([]);
      expectAgentNotFound(await listDhcpAgentNetworks(admin, UNKNOWN).all().catch((e: unknown) => e));
      expectAgentNotFound(await addDhcpAgentNetwork(admin, UNKNOWN, { network_id: network }).catch((e: unknown) => e));
      expectAgentNotFound(await removeDhcpAgentNetwork(admin, UNKNOWN, network).catch((e: unknown) => e));
    });

    it('L3 scheduling: no agent hosts a new router', async () => {
      const name = uniqueName('router');
      // A raw request: the routers module is not what this test is about.
      router = (await admin.request<{ id: string }>({ method: 'POST', path: 'routers', json: { router: { name } }, expectStatus: [201], unwrap: 'router' })).id;
      cleanup.add(`router ${name}`, async () => admin.execute({ method: 'DELETE', path: `routers/${router}`, expectStatus: [204] }));
      expect(await listRouterL3Agents(admin, router).all()).toEqual([]);
      expectAgentNotFound(await listL3AgentRouters(admin, UNKNOWN).all().catch((e: unknown) => e));
      expectAgentNotFound(await addL3AgentRouter(admin, UNKNOWN, { router_id: router }).catch((e: unknown) => e));
      expectAgentNotFound(await removeL3AgentRouter(admin, UNKNOWN, router).catch((e: unknown) => e));
      const missing = await listRouterL3Agents(admin, UNKNOWN).all().catch((e: unknown) => e);
      expect(isHttpError(missing, 404) && missing.serviceErrorType).toBe('RouterNotFound');
    });

    it('lists availability zones (none without agents)', async () => {
      for (const zone of await listNetworkAvailabilityZones(admin).all()) expect(['network', 'router']).toContain(zone.resource);
      expect(await listNetworkAvailabilityZones(admin, { name: 'osts-no-such-zone', resource: 'network', state: 'available' }).all()).toEqual([]);
    });
  });
});
