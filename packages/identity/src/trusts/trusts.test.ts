import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { fakeKeystone, refusedField } from '../fake-keystone.fixtures.js';
import * as fx from './trusts.fixtures.js';
import { createTrust, deleteTrust, getTrust, getTrustRole, listTrustRoles, listTrusts } from './index.js';

const { id, trustor_user_id, trustee_user_id, project_id } = fx.create.trust;
const roleId = fx.role.role.id;

describe('trusts', () => {
  it('creates with every field, lists by trustor and trustee, gets and deletes', async () => {
    const cloud = fakeKeystone();
    cloud.reply('POST', 'OS-TRUST/trusts', fx.create, { status: 201 });
    cloud.reply('GET', `OS-TRUST/trusts?trustor_user_id=${trustor_user_id}&trustee_user_id=${trustee_user_id}`, fx.list);
    cloud.reply('GET', `OS-TRUST/trusts/${id}`, fx.get);
    cloud.reply('DELETE', `OS-TRUST/trusts/${id}`, undefined, { status: 204 });
    const input = {
      trustor_user_id, trustee_user_id, project_id, roles: [{ name: 'member' }], impersonation: false,
      expires_at: '2099-01-01T00:00:00.000000Z', remaining_uses: null, allow_redelegation: true, redelegation_count: 1,
    };
    const trust = await createTrust(cloud.client, input);
    expect(cloud.lastRequest()).toMatchObject({ method: 'POST', path: 'OS-TRUST/trusts', json: { trust: input } });
    expect(trust).toMatchObject({ id, impersonation: false, redelegation_count: 1, roles: [{ name: 'member' }] });
    const listed = await listTrusts(cloud.client, { trustor_user_id, trustee_user_id }).all();
    expect(cloud.lastRequest().query).toEqual({ trustor_user_id, trustee_user_id });
    expect(listed.map((t) => [t.id, t.roles])).toEqual([[id, undefined]]);
    expect((await getTrust(cloud.client, id)).roles?.map((r) => r.id)).toEqual([roleId]);
    await deleteTrust(cloud.client, id);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `OS-TRUST/trusts/${id}` });
  });

  it('lists and checks the delegated roles', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', `OS-TRUST/trusts/${id}/roles`, fx.roles);
    cloud.reply('GET', `OS-TRUST/trusts/${id}/roles/${roleId}`, fx.role);
    cloud.reply('GET', `OS-TRUST/trusts/${id}/roles/cdfe5b7839564033a287c2cef78ae265`, fx.roleMissing, { status: 404 });
    expect((await listTrustRoles(cloud.client, id).all()).map((r) => r.name)).toEqual(['member']);
    expect(await getTrustRole(cloud.client, id, roleId)).toEqual(fx.role.role);
    expect(cloud.lastRequest()).toMatchObject({ method: 'GET', path: `OS-TRUST/trusts/${id}/roles/${roleId}` });
    const missing = await getTrustRole(cloud.client, id, 'cdfe5b7839564033a287c2cef78ae265').catch((e: unknown) => e);
    expect(isHttpError(missing, 404) && [missing.serviceErrorType, missing.serviceMessage]).toEqual(['Not Found', fx.roleMissing.error.message]);
  });

  it('passes Keystone’s 403 for another trustor and 404 for a deleted trust', async () => {
    const cloud = fakeKeystone();
    cloud.reply('POST', 'OS-TRUST/trusts', fx.createOtherTrustor, { status: 403 });
    cloud.reply('GET', `OS-TRUST/trusts/${id}`, fx.getMissing, { status: 404 });
    const forbidden = await createTrust(cloud.client, { trustor_user_id: trustee_user_id, trustee_user_id: trustor_user_id, project_id, roles: [{ name: 'member' }], impersonation: false }).catch((e: unknown) => e);
    expect(isHttpError(forbidden, 403) && forbidden.serviceMessage).toBe(fx.createOtherTrustor.error.message);
    const missing = await getTrust(cloud.client, id).catch((e: unknown) => e);
    expect(isHttpError(missing, 404) && missing.serviceMessage).toBe(`Could not find trust: ${id}.`);
  });

  it('refuses empty IDs before sending', async () => {
    const cloud = fakeKeystone();
    expect(await refusedField(async () => getTrust(cloud.client, ''))).toBe('trustId');
    expect(await refusedField(async () => getTrustRole(cloud.client, id, ''))).toBe('roleId');
    expect(cloud.serviceRequests()).toEqual([]);
  });
});
