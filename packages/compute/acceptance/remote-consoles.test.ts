import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { createComputeClient, type ComputeClient } from '../src/client.js';
import { createServerRemoteConsole, getConsoleAuthToken, getServerConsoleLegacy } from '../src/remote-consoles/index.js';
import { bootServer, memberCompute } from './helpers.js';

/**
 * The local cloud runs Nova with every console type disabled, so each console request proves
 * itself well-formed by Nova's specific refusal ("Unavailable console type …"), given only after
 * the body passed Nova's schema and the server was found.
 */
describeWithService('compute', 'remote consoles against the real Nova', () => {
  const cleanup = useCleanup();
  let compute: ComputeClient;
  let serverId: string;

  async function refusal(promise: Promise<unknown>): Promise<unknown> {
    return promise.then(
      () => new Error('expected Nova to refuse the console'),
      (e: unknown) => e,
    );
  }

  it('creates remote consoles (2.6, mks from 2.8): refused as unavailable by this cloud', async () => {
    compute = await memberCompute();
    serverId = (await bootServer(compute, cleanup)).id;
    for (const [protocol, type] of [['vnc', 'novnc'], ['spice', 'spice-html5'], ['serial', 'serial'], ['mks', 'webmks']] as const) {
      const error = await refusal(createServerRemoteConsole(compute, serverId, { protocol, type }));
      expect(isHttpError(error, 400)).toBe(true);
      expect((error as Error).message).toContain(`Unavailable console type ${type}.`);
    }
  });

  it('gets consoles with the legacy actions below 2.6: refused as unavailable by this cloud', async () => {
    for (const type of ['novnc', 'spice-html5', 'serial'] as const) {
      const error = await refusal(getServerConsoleLegacy(compute, serverId, { type }, { microversion: '2.5' }));
      expect(isHttpError(error, 400)).toBe(true);
      expect((error as Error).message).toContain(`Unavailable console type ${type}.`);
    }
  });

  it('refuses a member the console auth tokens by policy', async () => {
    const error = await refusal(getConsoleAuthToken(compute, 'osts-no-such-token'));
    expect(isHttpError(error, 403)).toBe(true);
    expect((error as Error).message).toContain('os_compute_api:os-console-auth-tokens');
  });

  describeAsAdmin('as admin', () => {
    it('shows a console auth token: Nova knows none, as no console can be created here', async () => {
      const admin = await createComputeClient(await adminProvider());
      const error = await refusal(getConsoleAuthToken(admin, 'osts-no-such-token'));
      expect(isHttpError(error, 404)).toBe(true);
      expect((error as Error).message).toContain('Token not found');
    });
  });
});
