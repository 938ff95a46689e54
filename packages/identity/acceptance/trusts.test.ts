import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { authenticate, isHttpError } from '@openstack-ts/core';
import { createIdentityClient, type IdentityClient } from '../src/client.js';
import { createTrust, deleteTrust, getTrust, getTrustRole, listTrustRoles, listTrusts, type Trust } from '../src/trusts/index.js';
import { createUser, deleteUser } from '../src/users/index.js';

const authUrl = 'http://127.0.0.1:5000/v3';

describeWithService('identity', 'trusts against the real Keystone', () => {
  describeAsAdmin('as admin', () => {
    const cleanup = useCleanup();
    let keystone: IdentityClient;
    let trust: Trust;
    let trusteeName: string;
    const password = `pw-${uniqueName('trustee')}`;

    it('creates a trust from admin to a new user on project admin', async () => {
      const provider = await adminProvider();
      keystone = await createIdentityClient(provider);
      const adminId = provider.token?.body.user.id ?? '';
      const projectId = provider.token?.body.project?.id ?? '';
      trusteeName = uniqueName('trustee');
      const trustee = await createUser(keystone, { name: trusteeName, domain_id: 'default', password });
      cleanup.add(`user ${trusteeName}`, async () => deleteUser(keystone, trustee.id));
      trust = await createTrust(keystone, {
        trustor_user_id: adminId, trustee_user_id: trustee.id, project_id: projectId, roles: [{ name: 'member' }], impersonation: false,
        expires_at: '2099-01-01T00:00:00.000000Z', remaining_uses: null, allow_redelegation: true, redelegation_count: 1,
      });
      cleanup.add(`trust to ${trusteeName}`, async () => deleteTrust(keystone, trust.id));
      expect(trust).toMatchObject({ trustor_user_id: adminId, trustee_user_id: trustee.id, project_id: projectId, impersonation: false, redelegation_count: 1 });
    });

    it('lists, gets, and checks its roles', async () => {
      const listed = await listTrusts(keystone, { trustor_user_id: trust.trustor_user_id, trustee_user_id: trust.trustee_user_id }).all();
      expect(listed.map((t) => t.id)).toEqual([trust.id]);
      expect((await getTrust(keystone, trust.id)).roles?.map((r) => r.name)).toEqual(['member']);
      const roles = await listTrustRoles(keystone, trust.id).all();
      expect(roles.map((r) => r.name)).toEqual(['member']);
      expect((await getTrustRole(keystone, trust.id, roles[0]?.id ?? '')).name).toBe('member');
      const notDelegated = await getTrustRole(keystone, trust.id, 'f00000000000000000000000000000ff').catch((e: unknown) => e);
      expect(isHttpError(notDelegated, 404) && notDelegated.serviceMessage).toBe('Could not find role: f00000000000000000000000000000ff.');
    });

    it('the trustee authenticates with the trust as scope', async () => {
      const trustee = await authenticate({ auth: { authUrl, username: trusteeName, userDomainId: 'default', password, trustId: trust.id } });
      expect(trustee.token?.body['OS-TRUST:trust']).toMatchObject({ id: trust.id, trustee_user: { id: trust.trustee_user_id }, trustor_user: { id: trust.trustor_user_id } });
      expect(trustee.token?.body.project?.id).toBe(trust.project_id);
    });

    it('the member may not see the trust (403)', async () => {
      const member = await createIdentityClient(await memberProvider());
      const error = await getTrust(member, trust.id).catch((e: unknown) => e);
      expect(isHttpError(error, 403) && error.serviceMessage).toBe('You are not authorized to perform the requested action: identity:get_trust.');
    });

    it('deletes it; then it is 404', async () => {
      await deleteTrust(keystone, trust.id);
      const missing = await getTrust(keystone, trust.id).catch((e: unknown) => e);
      expect(isHttpError(missing, 404) && missing.serviceMessage).toBe(`Could not find trust: ${trust.id}.`);
    });
  });
});
