import { expect, it } from '@jest/globals';
import { describeAsAdmin, describeWithService, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import type { BlockStorageClient } from '../src/client.js';
import { listAvailabilityZones } from '../src/availability-zones/index.js';
import { listBlockStorageVersions } from '../src/versions/index.js';
import { getLimits } from '../src/limits/index.js';
import { deleteMessage, getMessage, listMessages } from '../src/messages/index.js';
import { listBackendPoolSummaries, listBackendPools } from '../src/pools/index.js';
import { deleteQuotaSet, getDefaultQuotaSet, getQuotaSet, getQuotaSetDetail, updateQuotaSet } from '../src/quota-sets/index.js';
import { disableService, enableService, freezeHost, listServices, thawHost } from '../src/services/index.js';
import { extendVolume, waitForVolumeStatus } from '../src/volumes/index.js';
import { adminBlockStorage, createTestVolume, memberBlockStorage } from './helpers.js';

/** The project ID Cinder's endpoint ends in. */
const projectOf = (client: BlockStorageClient): string => /\/v3\/([0-9a-f]{32})\/?$/.exec(client.endpoint)?.[1] ?? '';

describeWithService('block-storage', 'availability zones, limits, quotas, messages, services and pools against the real Cinder', () => {
  const cleanup = useCleanup();
  let cinder: BlockStorageClient;

  it('lists the availability zones and reads the limits', async () => {
    cinder = await memberBlockStorage();
    expect(await listAvailabilityZones(cinder).all()).toContainEqual({ zoneName: 'nova', zoneState: { available: true } });
    const limits = await getLimits(cinder);
    expect(limits.absolute.maxTotalVolumes).toBeGreaterThan(0);
    expect(limits.absolute.totalVolumesUsed).toBeGreaterThanOrEqual(0);
  });

  it("reads the member's own quotas, with usage and the defaults; refuses the member's update (403)", async () => {
    const project = projectOf(cinder);
    const quota = await getQuotaSet(cinder, project);
    expect(quota.id).toBe(project);
    expect(quota.volumes).toEqual(expect.any(Number));
    const detail = await getQuotaSetDetail(cinder, project);
    expect(detail.volumes).toEqual({ limit: quota.volumes, in_use: expect.any(Number) as unknown, reserved: expect.any(Number) as unknown });
    expect((await getDefaultQuotaSet(cinder, project)).backups).toEqual(expect.any(Number));
    expect(isHttpError(await rejectionOf(async () => updateQuotaSet(cinder, project, { volumes: 1 })), 403)).toBe(true);
  });

  it("finds the fake driver's failed extend among the user messages, reads and deletes it", async () => {
    const volume = await createTestVolume(cinder, cleanup);
    await extendVolume(cinder, volume.id, 2);
    await waitForVolumeStatus(cinder, volume.id, 'error_extending', { intervalMs: 1000, timeoutMs: 60_000, failOn: [] });
    const [message] = await listMessages(cinder, { resource_uuid: volume.id }).all();
    expect(message).toMatchObject({ resource_type: 'VOLUME', resource_uuid: volume.id, message_level: 'ERROR', user_message: 'extend volume:Volume Driver failed to extend volume.' });
    expect(await getMessage(cinder, message?.id ?? '')).toEqual(message);
    await deleteMessage(cinder, message?.id ?? '');
    expect(isHttpError(await rejectionOf(async () => getMessage(cinder, message?.id ?? '')), 404)).toBe(true);
  });

  it('refuses the admin listings to the member (403)', async () => {
    expect(isHttpError(await rejectionOf(() => listServices(cinder)), 403)).toBe(true);
    expect(isHttpError(await rejectionOf(() => listBackendPools(cinder)), 403)).toBe(true);
  });

  describeAsAdmin('as admin', () => {
    let admin: BlockStorageClient;

    it('lists the services and the backend pools', async () => {
      admin = await adminBlockStorage();
      const services = await listServices(admin).all();
      expect(services.map((s) => s.binary)).toEqual(expect.arrayContaining(['cinder-volume', 'cinder-scheduler', 'cinder-backup']));
      expect(services.find((s) => s.binary === 'cinder-volume')).toMatchObject({ state: 'up', frozen: false });
      const pools = await listBackendPools(admin).all();
      expect(pools.length).toBeGreaterThan(0);
      expect(pools[0]?.capabilities.volume_backend_name).toEqual(expect.any(String));
      expect(await listBackendPoolSummaries(admin, { name: pools[0]?.name ?? '' }).all()).toEqual([{ name: pools[0]?.name }]);
    });

    it('disables the scheduler service with a reason and enables it again', async () => {
      // The scheduler's own service record: disabling it stops no volume or backup placement.
      const target = { host: 'localhost', binary: 'cinder-scheduler' };
      const [scheduler] = await listServices(admin, { binary: target.binary }).all();
      target.host = scheduler?.host ?? target.host;
      cleanup.add('re-enable cinder-scheduler', async () => {
        await enableService(admin, target);
      });
      expect(await disableService(admin, { ...target, disabled_reason: 'osts acceptance' })).toMatchObject({ disabled: true, status: 'disabled', disabled_reason: 'osts acceptance' });
      expect((await listServices(admin, target).all())[0]).toMatchObject({ status: 'disabled', disabled_reason: 'osts acceptance' });
      expect(await disableService(admin, target)).toMatchObject({ disabled: true });
      expect(await enableService(admin, target)).toMatchObject({ disabled: false, status: 'enabled' });
      expect(isHttpError(await rejectionOf(async () => enableService(admin, { host: 'osts-no-such-host', binary: 'cinder-volume' })), 404)).toBe(true);
    });

    it("meets Cinder's 400 freezing or thawing a host with no service (the shared volume host is left alone)", async () => {
      for (const call of [async () => freezeHost(admin, 'osts-no-such-host'), async () => thawHost(admin, 'osts-no-such-host')]) {
        const error = await rejectionOf(call);
        expect(isHttpError(error, 400)).toBe(true);
        expect((error as Error).message).toContain('No service found with host=osts-no-such-host');
      }
    });

    it("updates the admin project's quotas and reverts them to the defaults", async () => {
      const project = projectOf(admin);
      const defaults = await getDefaultQuotaSet(admin, project);
      cleanup.add('revert the admin quotas', async () => deleteQuotaSet(admin, project));
      expect(await updateQuotaSet(admin, project, { backups: defaults.backups + 2 })).toMatchObject({ backups: defaults.backups + 2 });
      expect((await getQuotaSet(admin, project)).backups).toBe(defaults.backups + 2);
      await deleteQuotaSet(admin, project);
      expect((await getQuotaSet(admin, project)).backups).toBe(defaults.backups);
    });
  });
});

describeWithService('block-storage', "Cinder's versions document", () => {
  it('lists v3.0 with the microversion range the client negotiated', async () => {
    const cinder = await memberBlockStorage();
    const versions = await listBlockStorageVersions(cinder).all();
    expect(versions).toContainEqual(expect.objectContaining({ id: 'v3.0', status: 'CURRENT', min_version: '3.0', version: cinder.microversion }));
  });
});
