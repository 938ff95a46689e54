import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { getServerDiagnostics } from './index.js';
import * as fx from './server-diagnostics.fixtures.js';
import { fakeNova as nova } from '../fake-nova.fixtures.js';

const id = '541f486a-ba52-44f6-bd89-aadc975a90fe';
const path = `servers/${id}/diagnostics`;

describe('server diagnostics', () => {
  it('gets the standardized diagnostics from 2.48', async () => {
    const cloud = nova();
    cloud.reply('GET', path, fx.diagnostics);
    const diagnostics = await getServerDiagnostics(cloud.client, id);
    expect(cloud.lastRequest().method).toBe('GET');
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('compute 2.93');
    expect(diagnostics).toMatchObject({ state: 'running', driver: 'libvirt', num_cpus: 1, config_drive: true });
    expect(diagnostics.cpu_details?.[0]).toEqual({ id: 0, time: 17300000000, utilisation: 15 });
    expect(diagnostics.memory_details).toEqual({ maximum: 524288, used: 0 });
    expect(diagnostics.nic_details?.[0]?.mac_address).toBe('01:23:45:67:89:ab');
  });

  it('gets the driver’s free-form diagnostics before 2.48', async () => {
    const cloud = nova('2.47');
    cloud.reply('GET', path, fx.diagnostics247);
    const diagnostics = await getServerDiagnostics(cloud.client, id);
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('compute 2.47');
    expect(diagnostics.state).toBeUndefined();
    expect(diagnostics.cpu0_time).toBe(17300000000);
    expect(diagnostics.vda_read).toBe(262144);
  });

  it('passes on the policy refusal a member gets', async () => {
    const cloud = nova();
    cloud.reply('GET', path, fx.diagnosticsMember, { status: 403 });
    const error = await rejectionOf(async () => getServerDiagnostics(cloud.client, id));
    expect(isHttpError(error, 403)).toBe(true);
    expect((error as Error).message).toContain('os_compute_api:os-server-diagnostics');
  });
});
