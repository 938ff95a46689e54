import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { createIdentityClient, type IdentityClient } from '../src/client.js';
import { createEndpoint, deleteEndpoint, getEndpoint, listEndpoints, updateEndpoint } from '../src/endpoints/index.js';
import { createRegion, deleteRegion } from '../src/regions/index.js';
import { createCatalogService, deleteCatalogService } from '../src/services/index.js';

describeWithService('identity', 'endpoints against the real Keystone', () => {
  describeAsAdmin('as admin', () => {
    const cleanup = useCleanup();
    let keystone: IdentityClient;
    let serviceId: string;
    let publicId: string;
    let internalId: string;
    const region = uniqueName('region');

    it('creates public and internal endpoints of a new service', async () => {
      keystone = await createIdentityClient(await adminProvider());
      await createRegion(keystone, { id: region });
      cleanup.add(`region ${region}`, async () => deleteRegion(keystone, region));
      const name = uniqueName('service');
      const service = await createCatalogService(keystone, { type: uniqueName('type'), name });
      serviceId = service.id;
      cleanup.add(`service ${name}`, async () => deleteCatalogService(keystone, service.id));
      const pub = await createEndpoint(keystone, { service_id: serviceId, interface: 'public', url: 'http://acceptance.example.test/v1', region_id: region, enabled: true });
      publicId = pub.id;
      cleanup.add(`endpoint ${pub.id}`, async () => deleteEndpoint(keystone, pub.id));
      expect(pub).toMatchObject({ service_id: serviceId, interface: 'public', region_id: region, enabled: true });
      const internal = await createEndpoint(keystone, { service_id: serviceId, interface: 'internal', url: 'http://acceptance.internal.test/v1' });
      internalId = internal.id;
      cleanup.add(`endpoint ${internal.id}`, async () => deleteEndpoint(keystone, internal.id));
      expect(internal.region_id).toBeNull();
    });

    it('lists by service, interface and region; gets and updates one', async () => {
      expect((await listEndpoints(keystone, { service_id: serviceId }).all()).map((e) => e.id).sort()).toEqual([publicId, internalId].sort());
      expect((await listEndpoints(keystone, { service_id: serviceId, interface: 'internal' }).all()).map((e) => e.id)).toEqual([internalId]);
      expect((await listEndpoints(keystone, { region_id: region }).all()).map((e) => e.id)).toEqual([publicId]);
      expect((await getEndpoint(keystone, publicId)).url).toBe('http://acceptance.example.test/v1');
      expect(await updateEndpoint(keystone, publicId, { url: 'http://acceptance.example.test/v2', enabled: false })).toMatchObject({ url: 'http://acceptance.example.test/v2', enabled: false });
    });

    it('refuses an unknown interface (400)', async () => {
      const error = await createEndpoint(keystone, { service_id: serviceId, interface: 'bogus', url: 'http://x' }).catch((e: unknown) => e);
      expect(isHttpError(error, 400) && error.serviceMessage?.startsWith("Invalid input for field 'interface'")).toBe(true);
    });

    it('deletes the endpoints, then the service', async () => {
      await deleteEndpoint(keystone, publicId);
      await deleteEndpoint(keystone, internalId);
      expect(isHttpError(await getEndpoint(keystone, publicId).catch((e: unknown) => e), 404)).toBe(true);
      await deleteCatalogService(keystone, serviceId);
      expect(await listEndpoints(keystone, { service_id: serviceId }).all()).toEqual([]);
    });
  });
});
