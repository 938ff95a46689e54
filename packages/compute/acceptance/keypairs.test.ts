import { createHash, generateKeyPairSync } from 'node:crypto';
import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError, isMicroversionError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { createComputeClient, type ComputeClient } from '../src/client.js';
import { createKeypair, deleteKeypair, getKeypair, listKeypairs } from '../src/keypairs/index.js';

/** A fresh ed25519 public key in OpenSSH format, and its MD5 fingerprint as Nova writes it. */
function ed25519PublicKey(): { publicKey: string; fingerprint: string } {
  const { publicKey } = generateKeyPairSync('ed25519');
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url');
  const field = (bytes: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    return Buffer.concat([length, bytes]);
  };
  const blob = Buffer.concat([field(Buffer.from('ssh-ed25519')), field(raw)]);
  const fingerprint = (createHash('md5').update(blob).digest('hex').match(/../g) ?? []).join(':');
  return { publicKey: `ssh-ed25519 ${blob.toString('base64')} osts-acceptance`, fingerprint };
}

describeWithService('compute', 'keypairs against the real Nova', () => {
  const cleanup = useCleanup();
  let compute: ComputeClient;
  let userId: string;
  const names: string[] = [];

  it('imports two public keys made with node:crypto', async () => {
    const provider = await memberProvider();
    compute = await createComputeClient(provider);
    userId = provider.token?.body.user.id ?? '';
    for (let i = 0; i < 2; i += 1) {
      const name = uniqueName('keypair');
      const key = ed25519PublicKey();
      const keypair = await createKeypair(compute, { name, public_key: key.publicKey, type: 'ssh' });
      cleanup.add(`keypair ${name}`, async () => deleteKeypair(compute, name));
      names.push(name);
      expect(keypair).toEqual({ name, public_key: key.publicKey, fingerprint: key.fingerprint, type: 'ssh', user_id: userId });
    }
  });

  it('gets one with its details', async () => {
    const keypair = await getKeypair(compute, names[0] ?? '');
    expect(keypair).toMatchObject({ name: names[0], type: 'ssh', user_id: userId, deleted: false, deleted_at: null });
    expect(typeof keypair.id).toBe('number');
    expect(typeof keypair.created_at).toBe('string');
  });

  it('lists them one per page, unwrapped', async () => {
    const pages: string[][] = [];
    for await (const page of listKeypairs(compute, { limit: 1 }).byPage()) pages.push(page.map((keypair) => keypair.name));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.every((page) => page.length === 1)).toBe(true);
    expect(pages.flat()).toEqual(expect.arrayContaining(names));
    const all = await listKeypairs(compute).all();
    expect(all.find((keypair) => keypair.name === names[1])).toMatchObject({ type: 'ssh', fingerprint: expect.stringMatching(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/) as unknown });
  });

  it('generates a keypair with microversion 2.91 pinned for the call, and refuses to from 2.92', async () => {
    const name = uniqueName('keypair');
    const generated = await createKeypair(compute, { name, type: 'ssh' }, { microversion: '2.91' });
    cleanup.add(`keypair ${name}`, async () => deleteKeypair(compute, name));
    expect(generated.private_key).toMatch(/^-----BEGIN [A-Z ]*PRIVATE KEY-----/);
    expect(generated.public_key).toMatch(/^ssh-rsa /);
    expect((await getKeypair(compute, name)).fingerprint).toBe(generated.fingerprint);
    await deleteKeypair(compute, name);

    const refused = uniqueName('keypair');
    const error = await rejectionOf(async () => createKeypair(compute, { name: refused }, { microversion: '2.92' }));
    expect(isMicroversionError(error)).toBe(true);
    expect(isHttpError(await rejectionOf(async () => getKeypair(compute, refused)), 404)).toBe(true);
  });

  it('deletes a keypair with 204 (202 before 2.2)', async () => {
    await deleteKeypair(compute, names[0] ?? '');
    const error = await rejectionOf(async () => getKeypair(compute, names[0] ?? ''));
    expect(isHttpError(error, 404)).toBe(true);
    expect((error as Error).message).toContain(`Keypair ${names[0] ?? ''} not found`);
    await deleteKeypair(compute, names[1] ?? '', {}, { microversion: '2.1' });
    expect(isHttpError(await rejectionOf(async () => getKeypair(compute, names[1] ?? '')), 404)).toBe(true);
  });

  describeAsAdmin('as admin, for the member', () => {
    it('imports, lists, gets and deletes another user’s keypair by user_id', async () => {
      const admin = await createComputeClient(await adminProvider());
      const memberId = (await memberProvider()).token?.body.user.id ?? '';
      const name = uniqueName('keypair');
      const key = ed25519PublicKey();
      const created = await createKeypair(admin, { name, public_key: key.publicKey, user_id: memberId });
      cleanup.add(`keypair ${name} (of the member)`, async () => deleteKeypair(admin, name, { user_id: memberId }));
      expect(created).toMatchObject({ name, user_id: memberId, fingerprint: key.fingerprint });
      expect((await listKeypairs(admin, { user_id: memberId }).all()).map((keypair) => keypair.name)).toContain(name);
      expect((await listKeypairs(admin).all()).map((keypair) => keypair.name)).not.toContain(name);
      expect((await getKeypair(admin, name, { user_id: memberId })).user_id).toBe(memberId);
      await deleteKeypair(admin, name, { user_id: memberId });
      expect(isHttpError(await rejectionOf(async () => getKeypair(admin, name, { user_id: memberId })), 404)).toBe(true);
    });
  });
});
