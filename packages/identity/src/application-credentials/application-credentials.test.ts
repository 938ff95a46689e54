import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { fakeKeystone, refusedField } from '../fake-keystone.fixtures.js';
import * as fx from './application-credentials.fixtures.js';
import {
  createApplicationCredential,
  deleteAccessRule,
  deleteApplicationCredential,
  getAccessRule,
  getApplicationCredential,
  listAccessRules,
  listApplicationCredentials,
} from './index.js';

const user = fx.create.application_credential.user_id;
const id = fx.create.application_credential.id;
const rule = fx.getRule.access_rule.id;
const base = `users/${user}/application_credentials`;

describe('application credentials', () => {
  it('creates one with roles and access rules and returns its generated secret once', async () => {
    const cloud = fakeKeystone();
    cloud.reply('POST', base, fx.create, { status: 201 });
    const input = {
      name: 'rec-appcred',
      description: 'recorded',
      expires_at: '2099-01-01T00:00:00',
      roles: [{ name: 'reader' }],
      unrestricted: false,
      access_rules: [{ path: '/v2.1/servers', method: 'GET', service: 'compute' }],
    };
    const created = await createApplicationCredential(cloud.client, user, input);
    expect(cloud.lastRequest()).toMatchObject({ method: 'POST', path: base, json: { application_credential: input } });
    expect(created.secret).toBe(fx.create.application_credential.secret);
    expect(created).toMatchObject({ name: 'rec-appcred', unrestricted: false, access_rules: [{ id: rule, service: 'compute' }] });
  });

  it('sends a chosen secret', async () => {
    const cloud = fakeKeystone();
    cloud.reply('POST', base, fx.createSecret, { status: 201 });
    const created = await createApplicationCredential(cloud.client, user, { name: 'rec-appcred-2', secret: 'rec-chosen-secret' });
    expect(cloud.lastRequest().json).toEqual({ application_credential: { name: 'rec-appcred-2', secret: 'rec-chosen-secret' } });
    expect(created.secret).toBe('rec-chosen-secret');
  });

  it('lists by name and gets, never with the secret', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', `${base}?name=rec-appcred`, fx.listName);
    cloud.reply('GET', `${base}/${id}`, fx.get);
    const listed = await listApplicationCredentials(cloud.client, user, { name: 'rec-appcred' }).all();
    expect(cloud.lastRequest().query).toEqual({ name: 'rec-appcred' });
    expect(listed.map((c) => c.id)).toEqual([id]);
    const got = await getApplicationCredential(cloud.client, user, id);
    expect(got).toMatchObject({ id, roles: [{ name: 'reader' }] });
    const secret = fx.create.application_credential.secret;
    expect(JSON.stringify([listed, got]).includes(secret)).toBe(false);
  });

  it('never shows the secret in an error', async () => {
    const cloud = fakeKeystone();
    cloud.reply('POST', base, fx.duplicate, { status: 409 });
    const error = await createApplicationCredential(cloud.client, user, { name: 'rec-appcred', secret: 'rec-do-not-leak' }).catch((e: unknown) => e);
    expect(isHttpError(error, 409) && [error.serviceErrorType, error.serviceMessage]).toEqual(['Conflict', fx.duplicate.error.message]);
    expect(String(error)).not.toContain('rec-do-not-leak');
    expect(JSON.stringify(error)).not.toContain('rec-do-not-leak');
    expect(JSON.stringify(isHttpError(error) ? [error.message, error.body, error.url] : null)).not.toContain('rec-do-not-leak');
  });

  it('deletes, then a get is 404 Not Found; another user’s list is 403', async () => {
    const cloud = fakeKeystone();
    cloud.reply('DELETE', `${base}/${id}`, undefined, { status: 204 });
    cloud.reply('GET', `${base}/${id}`, fx.getMissing, { status: 404 });
    cloud.reply('GET', 'users/21f13c8a76874d4fb3e0a6bfdcdf05af/application_credentials', fx.listOtherUser, { status: 403 });
    await deleteApplicationCredential(cloud.client, user, id);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `${base}/${id}` });
    const missing = await getApplicationCredential(cloud.client, user, id).catch((e: unknown) => e);
    expect(isHttpError(missing, 404) && [missing.serviceErrorType, missing.serviceMessage]).toEqual(['Not Found', fx.getMissing.error.message]);
    const forbidden = await listApplicationCredentials(cloud.client, '21f13c8a76874d4fb3e0a6bfdcdf05af').all().catch((e: unknown) => e);
    expect(isHttpError(forbidden, 403) && forbidden.serviceErrorType).toBe('Forbidden');
  });

  it('refuses an empty ID before sending', async () => {
    const cloud = fakeKeystone();
    expect(await refusedField(async () => getApplicationCredential(cloud.client, user, ''))).toBe('applicationCredentialId');
    expect(await refusedField(async () => deleteApplicationCredential(cloud.client, '', id))).toBe('userId');
    expect(await refusedField(async () => getAccessRule(cloud.client, user, ''))).toBe('accessRuleId');
    expect(cloud.serviceRequests()).toEqual([]);
  });
});

describe('access rules', () => {
  it('lists, gets and deletes; a rule in use is 403', async () => {
    const cloud = fakeKeystone();
    const rules = `users/${user}/access_rules`;
    cloud.reply('GET', rules, fx.listRules);
    cloud.reply('GET', `${rules}/${rule}`, fx.getRule);
    cloud.replyOnce('DELETE', `${rules}/${rule}`, fx.deleteRuleInUse, { status: 403 });
    cloud.replyOnce('DELETE', `${rules}/${rule}`, undefined, { status: 204 });
    expect((await listAccessRules(cloud.client, user).all()).map((r) => [r.service, r.method, r.path])).toEqual([['compute', 'GET', '/v2.1/servers']]);
    expect(cloud.lastRequest()).toMatchObject({ method: 'GET', path: rules });
    expect(await getAccessRule(cloud.client, user, rule)).toEqual(fx.getRule.access_rule);
    const inUse = await deleteAccessRule(cloud.client, user, rule).catch((e: unknown) => e);
    expect(isHttpError(inUse, 403) && inUse.serviceMessage).toBe('May not delete access rule in use');
    await deleteAccessRule(cloud.client, user, rule);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `${rules}/${rule}` });
  });

  it('a missing rule is 404', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', `users/${user}/access_rules/${rule}`, fx.getRuleMissing, { status: 404 });
    const error = await getAccessRule(cloud.client, user, rule).catch((e: unknown) => e);
    expect(isHttpError(error, 404) && error.serviceMessage).toBe(fx.getRuleMissing.error.message);
  });
});
