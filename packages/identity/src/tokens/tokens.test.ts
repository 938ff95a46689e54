import { describe, expect, it } from '@jest/globals';
import { isHttpError, isInvalidInputError } from '@openstack-ts/core';
import { fakeKeystone, refusedField } from '../fake-keystone.fixtures.js';
import { checkToken, revokeToken, validateToken } from './index.js';
import * as fx from './tokens.fixtures.js';

const subject = 'gAAAAAB-subject-token-under-test';

describe('tokens', () => {
  it('validates a token sent in X-Subject-Token, with nocatalog and allow_expired as bare flags', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', 'auth/tokens?nocatalog=&allow_expired=', fx.validateNoCatalog);
    const token = await validateToken(cloud.client, subject, { nocatalog: true, allow_expired: true });
    const sent = cloud.lastRequest();
    expect([sent.method, sent.headers['x-subject-token'], sent.url]).toEqual(['GET', subject, 'http://127.0.0.1:5000/v3/auth/tokens?nocatalog=&allow_expired=']);
    expect(token).toMatchObject({ methods: ['password'], user: { name: 'demo' }, project: { name: 'demo' } });
    expect(token.catalog).toBeUndefined();
  });

  it('validates without flags', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', 'auth/tokens', fx.validateOwn);
    expect((await validateToken(cloud.client, subject)).audit_ids).toEqual(fx.validateOwn.token.audit_ids);
    expect(cloud.lastRequest().query).toEqual({});
  });

  it('an invalid token is a 404 whose message does not contain the token', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', 'auth/tokens', fx.validateRevoked, { status: 404 });
    const error = await validateToken(cloud.client, subject).catch((e: unknown) => e);
    expect(isHttpError(error, 404) && [error.serviceErrorType, error.serviceMessage]).toEqual(['Not Found', 'Failed to validate token']);
    expect([JSON.stringify(error), String(error), (error as Error).stack ?? ''].join('\n')).not.toContain(subject);
  });

  it('checks a token: 200 is true, 404 is false, other errors are thrown', async () => {
    const cloud = fakeKeystone();
    cloud.replyOnce('HEAD', 'auth/tokens', undefined, { status: 200 });
    cloud.replyOnce('HEAD', 'auth/tokens', undefined, { status: 404 });
    cloud.replyOnce('HEAD', 'auth/tokens', undefined, { status: 403 });
    expect(await checkToken(cloud.client, subject)).toBe(true);
    expect(cloud.lastRequest()).toMatchObject({ method: 'HEAD', path: 'auth/tokens', headers: { 'x-subject-token': subject } });
    expect(await checkToken(cloud.client, subject)).toBe(false);
    expect(isHttpError(await checkToken(cloud.client, subject).catch((e: unknown) => e), 403)).toBe(true);
  });

  it('revokes a token; revoking it again is a 404', async () => {
    const cloud = fakeKeystone();
    cloud.replyOnce('DELETE', 'auth/tokens', undefined, { status: 204 });
    cloud.replyOnce('DELETE', 'auth/tokens', fx.revokeRevoked, { status: 404 });
    await revokeToken(cloud.client, subject);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', headers: { 'x-subject-token': subject } });
    const error = await revokeToken(cloud.client, subject).catch((e: unknown) => e);
    expect(isHttpError(error, 404) && error.serviceMessage).toBe('Failed to validate token');
  });

  it('refuses an empty subject token before sending', async () => {
    const cloud = fakeKeystone();
    expect(await refusedField(async () => validateToken(cloud.client, ''))).toBe('subjectToken');
    expect(await refusedField(async () => revokeToken(cloud.client, ''))).toBe('subjectToken');
    expect(isInvalidInputError(await checkToken(cloud.client, '').catch((e: unknown) => e))).toBe(true);
    expect(cloud.serviceRequests()).toEqual([]);
  });
});
