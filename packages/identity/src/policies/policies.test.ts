import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { fakeKeystone, refusedField } from '../fake-keystone.fixtures.js';
import { createPolicy, deletePolicy, getPolicy, listPolicies, updatePolicy } from './index.js';
import * as fx from './policies.fixtures.js';

const id = fx.create.policy.id;

describe('policies', () => {
  it('creates, lists by type, gets, updates and deletes a policy', async () => {
    const cloud = fakeKeystone();
    cloud.reply('POST', 'policies', fx.create, { status: 201 });
    cloud.reply('GET', 'policies?type=application%2Fjson', fx.list);
    cloud.reply('GET', `policies/${id}`, fx.get);
    cloud.reply('PATCH', `policies/${id}`, fx.update);
    cloud.reply('DELETE', `policies/${id}`, undefined, { status: 204 });
    const input = { blob: '{"rec": "rule:admin_required"}', type: 'application/json' };
    expect(await createPolicy(cloud.client, input)).toMatchObject({ id, ...input });
    expect(cloud.lastRequest()).toMatchObject({ method: 'POST', path: 'policies', json: { policy: input } });
    expect((await listPolicies(cloud.client, { type: 'application/json' }).all()).map((p) => p.id)).toEqual([id]);
    expect(cloud.lastRequest().query).toEqual({ type: 'application/json' });
    expect((await getPolicy(cloud.client, id)).blob).toBe(input.blob);
    expect(await updatePolicy(cloud.client, id, { blob: '{"rec": "role:member"}', type: 'application/x-rec' })).toMatchObject({ type: 'application/x-rec' });
    expect(cloud.lastRequest()).toMatchObject({ method: 'PATCH', json: { policy: { blob: '{"rec": "role:member"}', type: 'application/x-rec' } } });
    await deletePolicy(cloud.client, id);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `policies/${id}` });
  });

  it("surfaces Keystone's 403 and 404", async () => {
    const cloud = fakeKeystone();
    cloud.reply('POST', 'policies', fx.memberCreate, { status: 403 });
    cloud.reply('GET', `policies/${id}`, fx.getMissing, { status: 404 });
    const forbidden = await createPolicy(cloud.client, { blob: '{}', type: 'application/json' }).catch((e: unknown) => e);
    expect(isHttpError(forbidden, 403) && [forbidden.serviceErrorType, forbidden.serviceMessage]).toEqual(['Forbidden', 'You are not authorized to perform the requested action: identity:create_policy.']);
    const missing = await getPolicy(cloud.client, id).catch((e: unknown) => e);
    expect(isHttpError(missing, 404) && missing.serviceErrorType).toBe('Not Found');
  });

  it('refuses an empty ID before sending', async () => {
    const cloud = fakeKeystone();
    expect(await refusedField(async () => getPolicy(cloud.client, ''))).toBe('policyId');
    expect(cloud.serviceRequests()).toEqual([]);
  });
});
