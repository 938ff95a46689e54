import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import {
  addFlavorAccess,
  type ComputeClient,
  createComputeClient,
  createFlavor,
  deleteFlavor,
  deleteFlavorExtraSpec,
  findFlavorId,
  getFlavor,
  getFlavorExtraSpec,
  getFlavorExtraSpecs,
  listFlavorAccess,
  listFlavorSummaries,
  listFlavors,
  removeFlavorAccess,
  setFlavorExtraSpecs,
  updateFlavor,
  updateFlavorExtraSpec,
} from '../src/index.js';

describeWithService('compute', 'flavors against the real Nova', () => {
  it('fetches one page at a time with page(), resuming from the cursor of the page before', async () => {
    const compute = await createComputeClient(await memberProvider());
    const first = await listFlavorSummaries(compute, { limit: 1 }).page();
    expect(first.items).toHaveLength(1);
    expect(first.next).toMatch(/^flavors\?.*marker=/);
    expect(first.marker).toBe(first.items[0]?.id);
    const second = await listFlavorSummaries(compute, { limit: 1 }).page(first.next);
    expect(second.items).toHaveLength(1);
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
  });

  it('lists the flavors a member can use, page by page, and finds one by name', async () => {
    const compute = await createComputeClient(await memberProvider());
    const pages: number[] = [];
    for await (const page of listFlavorSummaries(compute, { limit: 1 }).byPage()) pages.push(page.length);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.every((n) => n === 1)).toBe(true);
    const [first] = await listFlavors(compute, { limit: 1 }).all();
    if (first === undefined) throw new Error('the cloud has no flavor');
    expect(typeof first.ram).toBe('number');
    expect(await findFlavorId(compute, first.name)).toEqual({ id: first.id, matchedBy: 'name' });
    expect(await findFlavorId(compute, first.id)).toEqual({ id: first.id, matchedBy: 'id' });
  });

  describeAsAdmin('as admin', () => {
    const cleanup = useCleanup();
    let compute: ComputeClient;
    let flavorId: string;

    it('creates a private flavor with a description and reads it back', async () => {
      compute = await createComputeClient(await adminProvider());
      const name = uniqueName('flavor');
      const flavor = await createFlavor(compute, { name, ram: 128, vcpus: 1, disk: 0, 'os-flavor-access:is_public': false, description: 'acceptance' });
      flavorId = flavor.id;
      cleanup.add(`flavor ${name}`, async () => deleteFlavor(compute, flavor.id));
      expect(flavor).toMatchObject({ name, ram: 128, vcpus: 1, disk: 0, 'os-flavor-access:is_public': false, description: 'acceptance' });
      expect((await getFlavor(compute, flavor.id)).name).toBe(name);
      expect((await listFlavors(compute, { is_public: false }).all()).map((f) => f.id)).toContain(flavor.id);
      expect((await updateFlavor(compute, flavor.id, { description: 'changed' })).description).toBe('changed');
    });

    it('sets, reads, updates and deletes extra specs', async () => {
      expect(await setFlavorExtraSpecs(compute, flavorId, { 'hw:cpu_policy': 'shared', 'hw:numa_nodes': '1' })).toEqual({ 'hw:cpu_policy': 'shared', 'hw:numa_nodes': '1' });
      expect(await getFlavorExtraSpec(compute, flavorId, 'hw:numa_nodes')).toEqual({ 'hw:numa_nodes': '1' });
      await updateFlavorExtraSpec(compute, flavorId, 'hw:numa_nodes', '2');
      await deleteFlavorExtraSpec(compute, flavorId, 'hw:cpu_policy');
      expect(await getFlavorExtraSpecs(compute, flavorId)).toEqual({ 'hw:numa_nodes': '2' });
    });

    it('grants and revokes a project’s access', async () => {
      const project = (await memberProvider()).token?.body.project?.id ?? '';
      expect(await addFlavorAccess(compute, flavorId, project)).toEqual([{ flavor_id: flavorId, tenant_id: project }]);
      expect(await listFlavorAccess(compute, flavorId).all()).toEqual([{ flavor_id: flavorId, tenant_id: project }]);
      expect(await removeFlavorAccess(compute, flavorId, project)).toEqual([]);
    });

    it('deletes the flavor', async () => {
      await deleteFlavor(compute, flavorId);
      const error = await rejectionOf(async () => getFlavor(compute, flavorId));
      expect(isHttpError(error, 404)).toBe(true);
    });
  });
});
