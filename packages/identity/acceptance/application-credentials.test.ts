import { expect, it } from '@jest/globals';
import { adminProvider, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { authenticate, isAuthError, isHttpError } from '@openstack-ts/core';
import { createIdentityClient, type IdentityClient } from '../src/client.js';
import {
  createApplicationCredential,
  deleteAccessRule,
  deleteApplicationCredential,
  getAccessRule,
  getApplicationCredential,
  listAccessRules,
  listApplicationCredentials,
  type CreatedApplicationCredential,
} from '../src/application-credentials/index.js';

const authUrl = 'http://127.0.0.1:5000/v3';

describeWithService('identity', 'application credentials and access rules against the real Keystone', () => {
  const cleanup = useCleanup();
  let keystone: IdentityClient;
  let userId: string;
  let created: CreatedApplicationCredential;
  let ruleId: string;

  it('creates one with a role and an access rule; the secret comes back only here', async () => {
    const provider = await memberProvider();
    keystone = await createIdentityClient(provider);
    userId = provider.token?.body.user.id ?? '';
    const name = uniqueName('appcred');
    created = await createApplicationCredential(keystone, userId, {
      name, description: 'acceptance', expires_at: '2099-01-01T00:00:00', roles: [{ name: 'reader' }], unrestricted: false,
      access_rules: [{ service: 'identity', path: '/v3/auth/tokens', method: 'GET' }],
    });
    ruleId = created.access_rules?.[0]?.id ?? '';
    // Registered first so it runs last: Keystone refuses to delete a rule an application credential uses.
    cleanup.add(`access rule of ${name}`, async () => deleteAccessRule(keystone, userId, ruleId));
    cleanup.add(`application credential ${name}`, async () => deleteApplicationCredential(keystone, userId, created.id));
    expect(created.secret.length).toBeGreaterThan(10);
    expect(created).toMatchObject({ name, unrestricted: false, roles: [{ name: 'reader' }] });
    const got = await getApplicationCredential(keystone, userId, created.id);
    const listed = await listApplicationCredentials(keystone, userId, { name }).all();
    expect(listed.map((c) => c.id)).toEqual([created.id]);
    expect(got).not.toHaveProperty('secret');
    expect(JSON.stringify([got, listed])).not.toContain(created.secret);
  });

  it('authenticates with it by ID, and by name and user', async () => {
    const byId = await authenticate({ auth: { authUrl, applicationCredentialId: created.id, applicationCredentialSecret: created.secret } });
    expect(byId.token?.body.methods).toEqual(['application_credential']);
    expect(byId.token?.body.user.id).toBe(userId);
    const byName = await authenticate({ auth: { authUrl, applicationCredentialName: created.name, userId, applicationCredentialSecret: created.secret } });
    expect(byName.token?.body.project?.id).toBe(created.project_id);
    const wrong = await authenticate({ auth: { authUrl, applicationCredentialId: created.id, applicationCredentialSecret: 'wrong' } }).catch((e: unknown) => e);
    // A refused secret is an AuthError (rejected) whose cause is Keystone's 401.
    expect(isAuthError(wrong) && wrong.reason).toBe('rejected');
    expect(isHttpError((wrong as Error).cause, 401)).toBe(true);
  });

  it('lists and gets its access rule; deleting it in use is 403', async () => {
    expect((await listAccessRules(keystone, userId).all()).find((r) => r.id === ruleId)).toMatchObject({ service: 'identity', path: '/v3/auth/tokens', method: 'GET' });
    expect(await getAccessRule(keystone, userId, ruleId)).toMatchObject({ id: ruleId, service: 'identity' });
    const inUse = await deleteAccessRule(keystone, userId, ruleId).catch((e: unknown) => e);
    expect(isHttpError(inUse, 403) && inUse.serviceMessage).toBe('May not delete access rule in use');
  });

  it('deletes the credential, then its rule', async () => {
    await deleteApplicationCredential(keystone, userId, created.id);
    const missing = await getApplicationCredential(keystone, userId, created.id).catch((e: unknown) => e);
    expect(isHttpError(missing, 404) && missing.serviceErrorType).toBe('Not Found');
    await deleteAccessRule(keystone, userId, ruleId);
    expect(isHttpError(await getAccessRule(keystone, userId, ruleId).catch((e: unknown) => e), 404)).toBe(true);
  });

  it('a member may not list another user’s application credentials (403)', async () => {
    const adminId = (await adminProvider()).token?.body.user.id ?? '';
    const error = await listApplicationCredentials(keystone, adminId).all().catch((e: unknown) => e);
    expect(isHttpError(error, 403) && error.serviceMessage).toBe('You are not authorized to perform the requested action: identity:list_application_credentials.');
  });
});
