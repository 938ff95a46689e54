import { beforeAll, expect, it } from '@jest/globals';
import { describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { bulkDelete } from '../src/bulk/index.js';
import { createObjectStorageClient, type ObjectStorageClient } from '../src/client.js';
import { createContainer, getContainer } from '../src/containers/index.js';
import { listObjects, uploadObject } from '../src/objects/index.js';
import { emptyAndDelete } from './helpers.js';

describeWithService('object-store', 'bulk delete against the real Swift', () => {
  const cleanup = useCleanup();
  const objects = uniqueName('bulk');
  const full = uniqueName('bulk-full');
  const names = Array.from({ length: 25 }, (_, i) => `dir ${String(i % 3)}/öbject ${String(i)}`);
  let swift: ObjectStorageClient;

  beforeAll(async () => {
    swift = await createObjectStorageClient(await memberProvider());
    await createContainer(swift, objects);
    cleanup.add(`container ${objects}`, async () => emptyAndDelete(swift, objects));
    await createContainer(swift, full);
    cleanup.add(`container ${full}`, async () => emptyAndDelete(swift, full));
    for (const name of names) await uploadObject(swift, objects, name, name);
    await uploadObject(swift, full, 'keep', 'keep');
  });

  it('deletes 25 objects in batches of 10, counting a missing path and reporting a container that is not empty', async () => {
    const result = await bulkDelete(
      swift,
      [...names.map((name) => ({ container: objects, name })), { container: objects, name: 'not-there' }, { container: full }],
      { batch_size: 10 },
    );
    expect(result).toEqual({ deleted: 25, not_found: 1, errors: [{ path: `/${full}`, status: '409 Conflict' }] });
    expect(await listObjects(swift, objects).all()).toEqual([]);
    expect((await getContainer(swift, full)).object_count).toBe(1);
  });

  it('deletes objects before containers within a request', async () => {
    const result = await bulkDelete(swift, [{ container: full }, { container: full, name: 'keep' }, { container: objects }]);
    expect(result).toEqual({ deleted: 3, not_found: 0, errors: [] });
  });
});
