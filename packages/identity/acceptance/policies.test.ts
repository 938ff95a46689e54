import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { createIdentityClient } from '../src/client.js';
import { createPolicy, deletePolicy, getPolicy, listPolicies, updatePolicy } from '../src/policies/index.js';

describeWithService('identity', 'policies against the real Keystone', () => {
  describeAsAdmin('as admin', () => {
    const cleanup = useCleanup();

    it('creates, lists, gets, updates and deletes a policy', async () => {
      const admin = await createIdentityClient(await adminProvider());
      const name = uniqueName('policy');
      const blob = JSON.stringify({ [name]: 'rule:admin_required' });
      const policy = await createPolicy(admin, { blob, type: 'application/json' });
      cleanup.add(`policy ${name}`, async () => deletePolicy(admin, policy.id));
      expect(policy).toMatchObject({ blob, type: 'application/json' });
      expect((await listPolicies(admin, { type: 'application/json' }).all()).map((p) => p.id)).toContain(policy.id);
      expect((await getPolicy(admin, policy.id)).blob).toBe(blob);
      const type = 'application/x-osts-acc';
      expect((await updatePolicy(admin, policy.id, { type })).type).toBe(type);
      expect((await listPolicies(admin, { type }).all()).map((p) => p.id)).toEqual([policy.id]);
      await deletePolicy(admin, policy.id);
      expect(isHttpError(await getPolicy(admin, policy.id).catch((e: unknown) => e), 404)).toBe(true);
    });

    it('a member may not create one (403)', async () => {
      const member = await createIdentityClient(await memberProvider());
      const error = await createPolicy(member, { blob: '{}', type: 'application/json' }).catch((e: unknown) => e);
      expect(isHttpError(error, 403) && error.serviceMessage).toBe('You are not authorized to perform the requested action: identity:create_policy.');
    });
  });
});
