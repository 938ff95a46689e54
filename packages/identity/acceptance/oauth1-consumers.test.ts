import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { createIdentityClient } from '../src/client.js';
import { createOAuth1Consumer, deleteOAuth1Consumer, getOAuth1Consumer, listOAuth1Consumers, updateOAuth1Consumer } from '../src/oauth1-consumers/index.js';

describeWithService('identity', 'OAuth1 consumers against the real Keystone', () => {
  describeAsAdmin('as admin', () => {
    const cleanup = useCleanup();

    it('creates a consumer (its secret shown once), lists, gets, updates, deletes', async () => {
      const admin = await createIdentityClient(await adminProvider());
      const name = uniqueName('consumer');
      const consumer = await createOAuth1Consumer(admin, { description: name });
      cleanup.add(`OAuth1 consumer ${name}`, async () => deleteOAuth1Consumer(admin, consumer.id));
      expect(consumer.description).toBe(name);
      expect(consumer.secret).toMatch(/\S{16,}/);
      const listed = (await listOAuth1Consumers(admin).all()).find((c) => c.id === consumer.id);
      expect(listed?.description).toBe(name);
      expect(listed).not.toHaveProperty('secret');
      expect(await getOAuth1Consumer(admin, consumer.id)).not.toHaveProperty('secret');
      const changed = `${name}-changed`;
      expect((await updateOAuth1Consumer(admin, consumer.id, { description: changed })).description).toBe(changed);
      await deleteOAuth1Consumer(admin, consumer.id);
      const error = await getOAuth1Consumer(admin, consumer.id).catch((e: unknown) => e);
      expect(isHttpError(error, 404) && error.serviceMessage).toBe('Consumer not found');
    });

    it('a member may not list them (403)', async () => {
      const member = await createIdentityClient(await memberProvider());
      const error = await listOAuth1Consumers(member).all().catch((e: unknown) => e);
      expect(isHttpError(error, 403) && error.serviceMessage).toBe('You are not authorized to perform the requested action: identity:list_consumers.');
    });
  });
});
