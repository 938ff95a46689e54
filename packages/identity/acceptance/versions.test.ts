import { expect, it } from '@jest/globals';
import { describeWithService, memberProvider } from '@openstack-ts/acceptance';
import { createIdentityClient } from '../src/client.js';
import { getIdentityVersion, listIdentityVersions } from '../src/versions/index.js';

describeWithService('identity', 'identity versions against the real Keystone', () => {
  it('lists the versions at the root and shows v3', async () => {
    const keystone = await createIdentityClient(await memberProvider());
    const versions = await listIdentityVersions(keystone).all();
    const v3 = versions.find((version) => version.id.startsWith('v3.'));
    expect(v3?.status).toBe('stable');
    expect(v3?.links.find((link) => link.rel === 'self')?.href).toBe(keystone.endpoint);
    const version = await getIdentityVersion(keystone);
    expect(version.id).toBe(v3?.id);
    expect(version['media-types'].map((m) => m.base)).toContain('application/json');
  });
});
