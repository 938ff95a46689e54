import { expect, it } from '@jest/globals';
import { describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { createIdentityClient, type IdentityClient } from '../src/client.js';
import { createCredential, deleteCredential, getCredential, listCredentials, updateCredential } from '../src/credentials/index.js';

describeWithService('identity', 'credentials against the real Keystone', () => {
  const cleanup = useCleanup();

  it('creates, lists, gets, updates and deletes a credential of the member', async () => {
    const provider = await memberProvider();
    const keystone: IdentityClient = await createIdentityClient(provider);
    const userId = provider.token?.body.user.id ?? '';
    const projectId = provider.token?.body.project?.id ?? '';
    // Credentials have no name: the blob carries the unique name so a leftover can be traced.
    const name = uniqueName('credential');
    const credential = await createCredential(keystone, { blob: JSON.stringify({ name }), type: 'cert', user_id: userId, project_id: projectId });
    // Keystone answers 403, not 404, for a credential already deleted: clean up only if the test did not.
    let deleted = false;
    cleanup.add(`credential ${name}`, async () => (deleted ? Promise.resolve() : deleteCredential(keystone, credential.id)));
    expect(credential).toMatchObject({ type: 'cert', user_id: userId, project_id: projectId, blob: JSON.stringify({ name }) });
    expect((await listCredentials(keystone, { user_id: userId, type: 'cert' }).all()).map((c) => c.id)).toContain(credential.id);
    expect((await getCredential(keystone, credential.id)).blob).toBe(JSON.stringify({ name }));
    expect((await updateCredential(keystone, credential.id, { blob: JSON.stringify({ name, changed: true }) })).blob).toBe(JSON.stringify({ name, changed: true }));
    const bad = await createCredential(keystone, { blob: 'not-json', type: 'ec2', user_id: userId, project_id: projectId }).catch((e: unknown) => e);
    expect(isHttpError(bad, 400) && bad.serviceMessage).toBe('Invalid blob in credential');
    await deleteCredential(keystone, credential.id);
    deleted = true;
    // Keystone hides whether a credential exists from those who may not see it: a deleted one is 403.
    expect(isHttpError(await getCredential(keystone, credential.id).catch((e: unknown) => e), 403)).toBe(true);
  });
});
