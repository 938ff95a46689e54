import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { createComputeClient, type ComputeClient } from '../src/client.js';
import {
  deleteComputeService,
  disableComputeService,
  enableComputeService,
  forceDownComputeService,
  listComputeServices,
  updateComputeService,
  type ComputeService,
} from '../src/services/index.js';

// Disabling (or forcing down) the only compute host makes other tests' boots fail with NoValidHost
// while it lasts: every change below is undone at once, and again in cleanup should a test fail.
describeWithService('compute', 'compute services against the real Nova', () => {
  describeAsAdmin('as admin', () => {
    const cleanup = useCleanup();
    let compute: ComputeClient;
    let service: ComputeService;

    it('lists the services, and filters by binary and host', async () => {
      compute = await createComputeClient(await adminProvider());
      const all = await listComputeServices(compute).all();
      expect(all.map((s) => s.binary)).toEqual(expect.arrayContaining(['nova-compute', 'nova-scheduler', 'nova-conductor']));
      const computes = await listComputeServices(compute, { binary: 'nova-compute' }).all();
      expect(computes.length).toBeGreaterThanOrEqual(1);
      service = computes.find((s) => s.status === 'enabled' && s.state === 'up') ?? computes[0] ?? service;
      expect(service.id).toMatch(/^[0-9a-f-]{36}$/);
      const onHost = await listComputeServices(compute, { binary: 'nova-compute', host: service.host }).all();
      expect(onHost.map((s) => s.id)).toEqual([service.id]);
      expect(onHost[0]?.forced_down).toBe(false);
    });

    it('disables nova-compute with a reason and enables it again (2.53)', async () => {
      cleanup.add(`re-enable nova-compute on ${service.host}`, async () => updateComputeService(compute, String(service.id), { status: 'enabled' }));
      const disabled = await updateComputeService(compute, String(service.id), { status: 'disabled', disabled_reason: 'osts-acc services test' });
      const enabled = await updateComputeService(compute, String(service.id), { status: 'enabled' });
      expect(disabled).toMatchObject({ id: service.id, binary: 'nova-compute', status: 'disabled', disabled_reason: 'osts-acc services test' });
      expect(enabled).toMatchObject({ id: service.id, status: 'enabled', disabled_reason: null });
    });

    it('disables, enables and forces down and up by host and binary (before 2.53)', async () => {
      const legacy = { microversion: '2.52' };
      const name = { host: service.host, binary: 'nova-compute' };
      cleanup.add(`clear forced_down of nova-compute on ${service.host}`, async () => updateComputeService(compute, String(service.id), { forced_down: false }));
      const disabled = await disableComputeService(compute, { ...name, disabled_reason: 'osts-acc services test' }, legacy);
      const enabled = await enableComputeService(compute, name, legacy);
      const down = await forceDownComputeService(compute, { ...name, forced_down: true }, legacy);
      const up = await forceDownComputeService(compute, { ...name, forced_down: false }, legacy);
      expect(disabled).toEqual({ ...name, status: 'disabled', disabled_reason: 'osts-acc services test' });
      expect(enabled).toEqual({ ...name, status: 'enabled' });
      expect(down).toEqual({ ...name, forced_down: true });
      expect(up).toEqual({ ...name, forced_down: false });
      const [after] = await listComputeServices(compute, name).all();
      expect(after).toMatchObject({ status: 'enabled', forced_down: false, disabled_reason: null });
    });

    it('refuses to update a service other than nova-compute', async () => {
      const [scheduler] = await listComputeServices(compute, { binary: 'nova-scheduler' }).all();
      if (scheduler === undefined) return;
      const error = await rejectionOf(async () => updateComputeService(compute, String(scheduler.id), { status: 'disabled' }));
      expect(isHttpError(error, 400)).toBe(true);
      expect(String(error)).toContain('Only nova-compute services can be updated');
    });

    // Deleting a real service would break the cloud: prove the request's shape with an unknown ID.
    it('deletes a service by ID: Nova answers 404 for an unknown one', async () => {
      const id = '00000000-0000-4000-8000-000000000000';
      const error = await rejectionOf(async () => deleteComputeService(compute, id));
      expect(isHttpError(error, 404)).toBe(true);
      expect(String(error)).toContain(`Service ${id} not found`);
      const legacy = await rejectionOf(async () => deleteComputeService(compute, 999_999_999, { microversion: '2.52' }));
      expect(isHttpError(legacy, 404)).toBe(true);
      expect(String(legacy)).toContain('Service 999999999 not found');
    });
  });
});
