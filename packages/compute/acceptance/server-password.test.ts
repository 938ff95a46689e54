import { expect, it } from '@jest/globals';
import { describeWithService, useCleanup } from '@openstack-ts/acceptance';
import { clearServerPassword, getServerPassword } from '../src/server-password/index.js';
import { bootServer, memberCompute } from './helpers.js';
import type { ComputeClient } from '../src/client.js';

describeWithService('compute', 'server password against the real Nova', () => {
  const cleanup = useCleanup();
  let compute: ComputeClient;
  let serverId: string;

  it('gets an empty password: the fake guest stores none', async () => {
    compute = await memberCompute();
    serverId = (await bootServer(compute, cleanup)).id;
    expect(await getServerPassword(compute, serverId)).toBe('');
  });

  it('clears it', async () => {
    await clearServerPassword(compute, serverId);
    expect(await getServerPassword(compute, serverId)).toBe('');
  });
});
