import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { createIdentityClient, type IdentityClient } from '../src/client.js';
import { createRegion, deleteRegion, getRegion, listRegions, updateRegion } from '../src/regions/index.js';

describeWithService('identity', 'regions against the real Keystone', () => {
  describeAsAdmin('as admin', () => {
    const cleanup = useCleanup();
    let keystone: IdentityClient;
    const parent = uniqueName('region');
    const child = uniqueName('region');

    it('creates a region tree and lists a region\'s children', async () => {
      keystone = await createIdentityClient(await adminProvider());
      expect(await createRegion(keystone, { id: parent, description: 'acceptance' })).toMatchObject({ id: parent, parent_region_id: null });
      cleanup.add(`region ${parent}`, async () => deleteRegion(keystone, parent));
      expect((await createRegion(keystone, { id: child, parent_region_id: parent })).parent_region_id).toBe(parent);
      cleanup.add(`region ${child}`, async () => deleteRegion(keystone, child));
      expect((await listRegions(keystone, { parent_region_id: parent }).all()).map((r) => r.id)).toEqual([child]);
      expect((await getRegion(keystone, parent)).description).toBe('acceptance');
      expect((await updateRegion(keystone, child, { description: 'changed' })).description).toBe('changed');
    });

    it('a member may read regions but not create them', async () => {
      const member = await createIdentityClient(await memberProvider());
      expect((await getRegion(member, parent)).id).toBe(parent);
      const error = await createRegion(member, { id: uniqueName('region') }).catch((e: unknown) => e);
      expect(isHttpError(error, 403)).toBe(true);
    });

    it('deleting the parent deletes its child too', async () => {
      await deleteRegion(keystone, parent);
      expect(isHttpError(await getRegion(keystone, child).catch((e: unknown) => e), 404)).toBe(true);
    });
  });
});
