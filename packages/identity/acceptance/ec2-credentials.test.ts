import { expect, it } from '@jest/globals';
import { describeWithService, memberProvider, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { createIdentityClient } from '../src/client.js';
import { createEc2Credential, deleteEc2Credential, getEc2Credential, listEc2Credentials } from '../src/ec2-credentials/index.js';

describeWithService('identity', 'EC2 credentials against the real Keystone', () => {
  const cleanup = useCleanup();

  it('creates, lists, gets and deletes an EC2 credential of the member', async () => {
    const provider = await memberProvider();
    const keystone = await createIdentityClient(provider);
    const userId = provider.token?.body.user.id ?? '';
    const projectId = provider.token?.body.project?.id ?? '';
    // EC2 credentials have no name: Keystone generates the access key that identifies them.
    const credential = await createEc2Credential(keystone, userId, { tenant_id: projectId });
    cleanup.add(`EC2 credential ${credential.access}`, async () => deleteEc2Credential(keystone, userId, credential.access));
    expect(credential).toMatchObject({ user_id: userId, tenant_id: projectId, trust_id: null });
    expect(credential.secret).not.toBe('');
    expect((await listEc2Credentials(keystone, userId).all()).map((c) => c.access)).toContain(credential.access);
    expect((await getEc2Credential(keystone, userId, credential.access)).secret).toBe(credential.secret);
    await deleteEc2Credential(keystone, userId, credential.access);
    const missing = await getEc2Credential(keystone, userId, credential.access).catch((e: unknown) => e);
    expect(isHttpError(missing, 404) && missing.serviceMessage?.startsWith('Could not find credential')).toBe(true);
  });
});
