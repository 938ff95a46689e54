import { expect, it } from '@jest/globals';
import { describe } from '@jest/globals';
import { providerFromCloud } from '@openstack-ts/config';
import { sleepFor } from './sleep.js';
import { createIdentityClient } from '../src/client.js';
import { listAuthProjects } from '../src/catalog/index.js';

// Runs only against a Keystone whose tokens live OSTS_TOKEN_LIFETIME seconds (tooling/test.sh
// restarts the local Keystone with a short lifetime for this file alone).
const lifetime = Number(process.env.OSTS_TOKEN_LIFETIME ?? '0');
const suite = lifetime > 0 && lifetime <= 120 ? describe : describe.skip;

suite(`token expiry against a real Keystone with ${String(lifetime)} s tokens${lifetime > 0 ? '' : ' (skipped: needs OSTS_TOKEN_LIFETIME; run by npm test)'}`, () => {
  it('re-authenticates once after a 401 for an expired token, and refreshes ahead of expiry by default', async () => {
    const cloud = process.env.OSTS_MEMBER_CLOUD ?? '';
    const expiredReasons: string[] = [];
    const refreshedReasons: string[] = [];
    // A clock ten minutes slow and no refresh margin: the client believes its token is still good
    // and sends it after it expired, so Keystone's 401 must trigger the re-authentication.
    const late = await providerFromCloud(cloud, {
      refreshMarginMs: 0,
      now: () => Date.now() - 10 * 60_000,
      hooks: { onAuthenticate: (e) => expiredReasons.push(e.reason) },
    });
    // The default margin (a quarter of the lifetime here): refreshed before Keystone would reject it.
    const early = await providerFromCloud(cloud, { hooks: { onAuthenticate: (e) => refreshedReasons.push(e.reason) } });
    const first = late.token?.expiresAt.getTime() ?? 0;
    expect(first - Date.now()).toBeLessThanOrEqual(lifetime * 1000);
    expect(first - Date.now()).toBeGreaterThan(0);
    const lateClient = await createIdentityClient(late);
    const earlyClient = await createIdentityClient(early);
    await sleepFor(first - Date.now() + 2000);
    expect((await listAuthProjects(lateClient).all()).length).toBeGreaterThan(0);
    expect((await listAuthProjects(earlyClient).all()).length).toBeGreaterThan(0);
    expect(expiredReasons).toEqual(['initial', 'unauthorized']);
    expect(refreshedReasons).toEqual(['initial', 'expiring']);
    expect((late.token?.expiresAt.getTime() ?? 0)).toBeGreaterThan(first);
  });
});
