import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider } from '@openstack-ts/acceptance';
import { createIdentityClient } from '../src/client.js';
import { getAuthCatalog, listAuthDomains, listAuthProjects, listAuthSystem } from '../src/catalog/index.js';

describeWithService('identity', "the caller's catalog and scopes against the real Keystone", () => {
  it("gives the member its token's catalog, its projects and no domain or system", async () => {
    const member = await createIdentityClient(await memberProvider());
    const catalog = await getAuthCatalog(member);
    const identity = catalog.find((entry) => entry.type === 'identity');
    expect(identity?.endpoints.map((e) => e.interface)).toContain('public');
    expect(catalog.some((entry) => entry.type === 'compute')).toBe(true);
    expect((await listAuthProjects(member).all()).map((p) => p.name)).toContain('demo');
    expect(await listAuthDomains(member).all()).toEqual([]);
    expect(await listAuthSystem(member).all()).toEqual([]);
  });

  describeAsAdmin('as admin', () => {
    it('the admin may scope to the whole system', async () => {
      const admin = await createIdentityClient(await adminProvider());
      expect(await listAuthSystem(admin).all()).toEqual([{ all: true }]);
      expect((await listAuthProjects(admin).all()).map((p) => p.name)).toContain('admin');
    });
  });
});
