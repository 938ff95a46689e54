import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider } from '@openstack-ts/acceptance';
import { authenticate, isHttpError } from '@openstack-ts/core';
import { createIdentityClient, type IdentityClient } from '../src/client.js';
import { checkToken, revokeToken, validateToken } from '../src/tokens/index.js';

describeWithService('identity', 'tokens against the real Keystone', () => {
  let member: IdentityClient;
  let memberToken: string;

  it('the member validates and checks their own token', async () => {
    member = await createIdentityClient(await memberProvider());
    memberToken = await member.provider.getTokenId();
    const token = await validateToken(member, memberToken);
    expect(token.methods).toContain('password');
    expect(token.project?.id).toBe(member.provider.token?.body.project?.id);
    expect(token.project?.id).toEqual(expect.any(String));
    expect(token.catalog?.some((service) => service.type === 'identity')).toBe(true);
    expect(await checkToken(member, memberToken)).toBe(true);
  });

  describeAsAdmin('as admin', () => {
    let admin: IdentityClient;

    it("validates the member's token without its catalog", async () => {
      admin = await createIdentityClient(await adminProvider());
      const own = await validateToken(member, memberToken, { nocatalog: true });
      const token = await validateToken(admin, memberToken, { nocatalog: true, allow_expired: true });
      expect(token.catalog).toBeUndefined();
      expect([token.user.id, token.audit_ids]).toEqual([own.user.id, own.audit_ids]);
      expect(await checkToken(admin, memberToken)).toBe(true);
    });

    it("a member may not check the admin's token: 403, and the token is not in the error", async () => {
      const adminToken = await admin.provider.getTokenId();
      const error = await checkToken(member, adminToken).catch((e: unknown) => e);
      expect(isHttpError(error, 403)).toBe(true);
      expect(String(error)).not.toContain(adminToken);
    });

    it('revokes a token obtained for the purpose; checking it then answers false', async () => {
      const own = await validateToken(member, memberToken, { nocatalog: true });
      const spare = await authenticate({ auth: { authUrl: member.endpoint, token: memberToken, projectId: own.project?.id, allowReauth: false } });
      const spareToken = await spare.getTokenId();
      expect(spareToken).not.toBe(memberToken);
      expect(await checkToken(admin, spareToken)).toBe(true);
      await revokeToken(admin, spareToken);
      expect(await checkToken(admin, spareToken)).toBe(false);
      const error = await validateToken(admin, spareToken).catch((e: unknown) => e);
      expect(isHttpError(error, 404) && error.serviceMessage).toBe('Failed to validate token');
      expect(String(error)).not.toContain(spareToken);
      expect(await checkToken(member, memberToken)).toBe(true);
    });
  });
});
