import { beforeAll, expect, it } from '@jest/globals';
import { describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { getAccount, updateAccount } from '../src/accounts/index.js';
import { createObjectStorageClient, type ObjectStorageClient } from '../src/client.js';

describeWithService('object-store', 'the account against the real Swift', () => {
  const cleanup = useCleanup();
  // Metadata keys of this run only: the account is shared with every other test.
  const city = uniqueName('meta-city');
  const plain = uniqueName('meta-plain');
  let swift: ObjectStorageClient;

  beforeAll(async () => {
    swift = await createObjectStorageClient(await memberProvider());
  });

  it("reads the account's totals and its per-policy totals", async () => {
    const account = await getAccount(swift);
    expect(account.container_count).toEqual(expect.any(Number));
    expect(account.object_count).toEqual(expect.any(Number));
    expect(account.bytes_used).toEqual(expect.any(Number));
    expect(account.timestamp).toMatch(/^\d+\.\d+$/);
    expect(Object.keys(account.headers)).toEqual(expect.arrayContaining(['x-account-storage-policy-policy-0-object-count']));
    expect(account.metadata[city]).toBeUndefined();
  });

  it('sets metadata with non-ASCII values, reads it back decoded, and removes it', async () => {
    cleanup.add(`account metadata ${city}, ${plain}`, async () => updateAccount(swift, { remove_metadata: [city, plain] }));
    await updateAccount(swift, { metadata: { [city]: 'München € 🦊', [plain]: 'plain' } });
    expect((await getAccount(swift)).metadata).toMatchObject({ [city]: 'München € 🦊', [plain]: 'plain' });

    await updateAccount(swift, { metadata: { [plain]: 'changed' }, remove_metadata: [city] });
    const after = (await getAccount(swift)).metadata;
    expect([after[city], after[plain]]).toEqual([undefined, 'changed']);

    await updateAccount(swift, { remove_metadata: [plain] });
    expect((await getAccount(swift)).metadata[plain]).toBeUndefined();
  });

  it("sends the call's extra headers as given", async () => {
    await updateAccount(swift, {}, { headers: { [`X-Account-Meta-${plain}`]: 'from headers' } });
    expect((await getAccount(swift)).metadata[plain]).toBe('from headers');
    await updateAccount(swift, { remove_metadata: [plain] });
  });
});
