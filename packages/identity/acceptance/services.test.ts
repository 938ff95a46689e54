import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { createIdentityClient, type IdentityClient } from '../src/client.js';
import { createCatalogService, deleteCatalogService, getCatalogService, listCatalogServices, updateCatalogService } from '../src/services/index.js';

describeWithService('identity', 'catalog services against the real Keystone', () => {
  describeAsAdmin('as admin', () => {
    const cleanup = useCleanup();
    let keystone: IdentityClient;
    let id: string;
    const type = uniqueName('type');

    it('creates, lists by type, gets and updates a service', async () => {
      keystone = await createIdentityClient(await adminProvider());
      const name = uniqueName('service');
      const service = await createCatalogService(keystone, { type, name, description: 'acceptance', enabled: true });
      id = service.id;
      cleanup.add(`service ${name}`, async () => deleteCatalogService(keystone, service.id));
      expect(service).toMatchObject({ type, name, description: 'acceptance', enabled: true });
      expect((await listCatalogServices(keystone, { type }).all()).map((s) => s.id)).toEqual([id]);
      expect((await getCatalogService(keystone, id)).name).toBe(name);
      expect((await updateCatalogService(keystone, id, { enabled: false, description: 'changed' })).enabled).toBe(false);
    });

    it('a member may not create services (403)', async () => {
      const member = await createIdentityClient(await memberProvider());
      const error = await createCatalogService(member, { type }).catch((e: unknown) => e);
      expect(isHttpError(error, 403) && error.serviceMessage).toBe('You are not authorized to perform the requested action: identity:create_service.');
    });

    it('deletes it', async () => {
      await deleteCatalogService(keystone, id);
      expect(isHttpError(await getCatalogService(keystone, id).catch((e: unknown) => e), 404)).toBe(true);
    });
  });
});
