import { describe, expect, it } from '@jest/globals';
import { cloudHas, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import type { NetworkingClient } from '../src/client.js';
import { createNetworkingClient } from '../src/client.js';
import { createNetwork, deleteNetwork } from '../src/networks/index.js';
import { addTrunkSubports, createTrunk, deleteTrunk, getTrunk, listTrunkSubports, listTrunks, removeTrunkSubports, updateTrunk } from '../src/trunks/index.js';

const ZERO = '00000000-0000-0000-0000-000000000000';

/**
 * Whether Neutron loaded the trunk extension: the catalog having a network service is not enough,
 * the trunk plugin needs a trunk-capable mechanism driver (the local cloud's `test` driver is not).
 * Asked before the suites are declared, so the suite's title says which one runs and why.
 */
async function trunkExtensionLoaded(): Promise<boolean> {
  const neutron = await createNetworkingClient(await memberProvider());
  try {
    await neutron.request({ method: 'GET', path: 'extensions/trunk', unwrap: 'extension' });
    return true;
  } catch (error) {
    if (isHttpError(error, 404)) return false;
    throw error;
  }
}

const loaded = cloudHas('network') && (await trunkExtensionLoaded());

/** Ports come from raw requests: they are another folder's operations. */
async function createRawPort(neutron: NetworkingClient, name: string, networkId: string): Promise<{ id: string }> {
  return neutron.request<{ id: string }>({ method: 'POST', path: 'ports', json: { port: { name, network_id: networkId } }, expectStatus: [201], unwrap: 'port' });
}

describeWithService('network', 'trunks against the real Neutron', () => {
  if (loaded) {
    describe('the trunk extension is loaded: full lifecycle', () => {
      const cleanup = useCleanup();
      let neutron: NetworkingClient;
      let trunk: string;
      let parent: string;
      let child: string;
      const name = uniqueName('trunk');

      it('creates a trunk on a parent port, finds and updates it', async () => {
        neutron = await createNetworkingClient(await memberProvider());
        const networkName = uniqueName('network');
        const network = (await createNetwork(neutron, { name: networkName })).id;
        cleanup.add(`network ${networkName}`, async () => deleteNetwork(neutron, network));
        for (const role of ['parent', 'child'] as const) {
          const portName = uniqueName('port');
          const port = (await createRawPort(neutron, portName, network)).id;
          cleanup.add(`port ${portName}`, async () => neutron.execute({ method: 'DELETE', path: `ports/${port}`, expectStatus: [204] }));
          if (role === 'parent') parent = port;
          else child = port;
        }
        const created = await createTrunk(neutron, { port_id: parent, name, description: 'acceptance', admin_state_up: true });
        trunk = created.id;
        cleanup.add(`trunk ${name}`, async () => deleteTrunk(neutron, created.id));
        expect(created).toMatchObject({ name, port_id: parent, description: 'acceptance', admin_state_up: true, sub_ports: [] });
        expect((await listTrunks(neutron, { port_id: parent }).all()).map((t) => t.id)).toEqual([trunk]);
        expect((await getTrunk(neutron, trunk)).name).toBe(name);
        expect((await updateTrunk(neutron, trunk, { description: 'changed' })).description).toBe('changed');
      });

      it('adds, lists and removes a subport', async () => {
        const added = await addTrunkSubports(neutron, trunk, [{ port_id: child, segmentation_type: 'vlan', segmentation_id: 100 }]);
        expect(added.sub_ports).toEqual([{ port_id: child, segmentation_type: 'vlan', segmentation_id: 100 }]);
        expect(await listTrunkSubports(neutron, trunk).all()).toEqual(added.sub_ports);
        expect((await removeTrunkSubports(neutron, trunk, [{ port_id: child }])).sub_ports).toEqual([]);
      });

      it('deletes it; then getTrunk is a 404', async () => {
        await deleteTrunk(neutron, trunk);
        expect(isHttpError(await getTrunk(neutron, trunk).catch((e: unknown) => e), 404)).toBe(true);
      });
    });
  } else {
    describe('the trunk extension is not loaded (GET /extensions/trunk is 404: no trunk-capable mechanism driver), so every trunk call is a 404', () => {
      it("GET /extensions/trunk says the alias does not exist", async () => {
        const neutron = await createNetworkingClient(await memberProvider());
        const error = await neutron.request({ method: 'GET', path: 'extensions/trunk', unwrap: 'extension' }).catch((e: unknown) => e);
        expect(isHttpError(error, 404) && error.serviceMessage).toMatch(/Extension with alias trunk does not exist/);
      });

      it('list, create, get, update, delete and the subport actions are Neutron’s 404 HTTPNotFound', async () => {
        const neutron = await createNetworkingClient(await memberProvider());
        // One at a time, so no rejection waits unhandled.
        const calls: (() => Promise<unknown>)[] = [
          async () => listTrunks(neutron, { name: 'x' }).all(),
          async () => createTrunk(neutron, { port_id: ZERO, name: uniqueName('trunk'), sub_ports: [{ port_id: ZERO, segmentation_type: 'vlan', segmentation_id: 100 }] }),
          async () => getTrunk(neutron, ZERO),
          async () => updateTrunk(neutron, ZERO, { name: 'x' }),
          async () => deleteTrunk(neutron, ZERO),
          async () => addTrunkSubports(neutron, ZERO, [{ port_id: ZERO, segmentation_type: 'inherit' }]),
          async () => removeTrunkSubports(neutron, ZERO, [{ port_id: ZERO }]),
          async () => listTrunkSubports(neutron, ZERO).all(),
        ];
        for (const call of calls) {
          const error = await call().catch((e: unknown) => e);
          expect(isHttpError(error, 404) && [error.serviceErrorType, error.serviceMessage]).toEqual(['HTTPNotFound', 'The resource could not be found.']);
        }
      });
    });
  }
});
