import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { createComputeClient, type ComputeClient } from '../src/client.js';
import { getServerDiagnostics } from '../src/server-diagnostics/index.js';
import { bootServer, memberCompute } from './helpers.js';

describeWithService('compute', 'server diagnostics against the real Nova', () => {
  const cleanup = useCleanup();
  let serverId: string;

  it('refuses a member by policy', async () => {
    const compute = await memberCompute();
    serverId = (await bootServer(compute, cleanup)).id;
    const error = await rejectionOf(async () => getServerDiagnostics(compute, serverId));
    expect(isHttpError(error, 403)).toBe(true);
    expect((error as Error).message).toContain('os_compute_api:os-server-diagnostics');
  });

  describeAsAdmin('as admin', () => {
    let admin: ComputeClient;

    it('gets the standardized diagnostics (2.48 and later)', async () => {
      admin = await createComputeClient(await adminProvider());
      const diagnostics = await getServerDiagnostics(admin, serverId, { microversion: '2.48' });
      expect(diagnostics.state).toBe('running');
      expect(typeof diagnostics.driver).toBe('string');
      expect(Array.isArray(diagnostics.cpu_details)).toBe(true);
      expect(Array.isArray(diagnostics.nic_details)).toBe(true);
      expect(diagnostics.memory_details).toHaveProperty('maximum');
    });

    it('gets the driver’s free-form diagnostics before 2.48', async () => {
      const diagnostics = await getServerDiagnostics(admin, serverId, { microversion: '2.47' });
      expect(diagnostics.state).toBeUndefined();
      expect(Object.keys(diagnostics).length).toBeGreaterThan(0);
    });
  });
});
