import { expect, it } from '@jest/globals';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { adminProvider, describeAsAdmin, describeWithService, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { authenticate, isAuthError, isHttpError } from '@openstack-ts/core';
import { createIdentityClient, type IdentityClient } from '../src/client.js';
import { createCredential, deleteCredential } from '../src/credentials/index.js';
import { createUser, deleteUser } from '../src/users/index.js';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31] ?? '';
      bits -= 5;
    }
  }
  return bits > 0 ? out + (BASE32[(value << (5 - bits)) & 31] ?? '') : out;
}

/** An RFC 6238 passcode (HMAC-SHA1, 30-second steps, 6 digits), as an authenticator app makes it. */
function totp(secret: Uint8Array, at = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = createHmac('sha1', secret).update(counter).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(code).padStart(6, '0');
}

const authUrl = (): string => 'http://127.0.0.1:5000/v3';

describeWithService('identity', 'TOTP authentication against the real Keystone', () => {
  describeAsAdmin('as admin, for a user of its own', () => {
    const cleanup = useCleanup();
    let keystone: IdentityClient;
    let userId: string;
    const password = randomUUID();
    const secret = randomBytes(20);

    it('gives a new user a TOTP credential', async () => {
      const admin = await adminProvider();
      keystone = await createIdentityClient(admin);
      const name = uniqueName('user');
      const user = await createUser(keystone, { name, domain_id: 'default', password });
      userId = user.id;
      cleanup.add(`user ${name}`, async () => deleteUser(keystone, user.id));
      const credential = await createCredential(keystone, { type: 'totp', user_id: user.id, blob: base32(secret) });
      cleanup.add(`TOTP credential of ${name}`, async () => deleteCredential(keystone, credential.id));
      expect(credential.type).toBe('totp');
    });

    it('authenticates with a passcode alone (method totp)', async () => {
      const provider = await authenticate({ auth: { authUrl: authUrl(), userId, passcode: () => totp(secret) } });
      expect(provider.token?.body.methods).toEqual(['totp']);
      expect(provider.token?.body.user.id).toBe(userId);
      expect(provider.canReauthenticate).toBe(true);
    });

    it('authenticates with password and passcode together (multi-factor)', async () => {
      const provider = await authenticate({ auth: { authUrl: authUrl(), userId, password, passcode: () => totp(secret) } });
      expect([...(provider.token?.body.methods ?? [])].sort()).toEqual(['password', 'totp']);
    });

    it('a wrong passcode is refused (AuthError with the 401 as cause) and names neither the passcode nor the password', async () => {
      const good = totp(secret);
      const wrong = String((Number(good) + 1) % 1_000_000).padStart(6, '0');
      const error = await authenticate({ auth: { authUrl: authUrl(), userId, password, passcode: wrong } }).catch((e: unknown) => e);
      expect(isAuthError(error) && error.reason).toBe('rejected');
      expect(isHttpError((error as Error).cause, 401)).toBe(true);
      expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(password);
    });
  });
});
