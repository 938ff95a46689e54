import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError, isNameLookupError } from '@openstack-ts/core';
import { createIdentityClient, type IdentityClient } from '../src/client.js';
import { createDomain, deleteDomain, findDomainId, getDomain, listDomains, updateDomain } from '../src/domains/index.js';

describeWithService('identity', 'domains against the real Keystone', () => {
  describeAsAdmin('as admin', () => {
    const cleanup = useCleanup();
    let keystone: IdentityClient;
    let id: string;
    let name: string;

    it('creates, lists, finds, gets and updates a domain', async () => {
      keystone = await createIdentityClient(await adminProvider());
      name = uniqueName('domain');
      const domain = await createDomain(keystone, { name, description: 'acceptance', enabled: true, tags: ['red'] });
      id = domain.id;
      cleanup.add(`domain ${name}`, async () => {
        await updateDomain(keystone, domain.id, { enabled: false });
        await deleteDomain(keystone, domain.id);
      });
      expect(domain).toMatchObject({ name, description: 'acceptance', enabled: true, tags: ['red'] });
      expect((await listDomains(keystone, { name, enabled: true }).all()).map((d) => d.id)).toEqual([id]);
      expect(await listDomains(keystone, { name, enabled: false }).all()).toEqual([]);
      expect(await findDomainId(keystone, name)).toEqual({ id, matchedBy: 'name' });
      expect(await findDomainId(keystone, id)).toEqual({ id, matchedBy: 'id' });
      expect(isNameLookupError(await findDomainId(keystone, uniqueName('domain')).catch((e: unknown) => e))).toBe(true);
      expect((await getDomain(keystone, id)).name).toBe(name);
      expect((await updateDomain(keystone, id, { description: 'changed' })).description).toBe('changed');
    });

    it('refuses to delete an enabled domain; deletes it once disabled', async () => {
      const refused = await deleteDomain(keystone, id).catch((e: unknown) => e);
      expect(isHttpError(refused, 403) && refused.serviceMessage).toBe('Cannot delete a domain that is enabled, please disable it first.');
      expect((await updateDomain(keystone, id, { enabled: false })).enabled).toBe(false);
      await deleteDomain(keystone, id);
      expect(isHttpError(await getDomain(keystone, id).catch((e: unknown) => e), 404)).toBe(true);
    });

    it('a member may not list domains (403)', async () => {
      const member = await createIdentityClient(await memberProvider());
      const error = await listDomains(member).all().catch((e: unknown) => e);
      expect(isHttpError(error, 403)).toBe(true);
    });
  });
});
