import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import {
  addAggregateHost,
  cacheAggregateImages,
  createAggregate,
  deleteAggregate,
  getAggregate,
  listAggregates,
  removeAggregateHost,
  setAggregateMetadata,
  updateAggregate,
} from '../src/aggregates/index.js';
import { createComputeClient, type ComputeClient } from '../src/client.js';
import { listHypervisorSummaries } from '../src/hypervisors/index.js';
import { listComputeServices } from '../src/services/index.js';
import { testImageId } from './helpers.js';

describeWithService('compute', 'aggregates against the real Nova', () => {
  describeAsAdmin('as admin', () => {
    const cleanup = useCleanup();
    let compute: ComputeClient;
    let host: string;

    it('finds the compute host through the services and hypervisors', async () => {
      compute = await createComputeClient(await adminProvider());
      const [service] = await listComputeServices(compute, { binary: 'nova-compute' }).all();
      expect(service).toBeDefined();
      host = service?.host ?? '';
      const hypervisors = await listHypervisorSummaries(compute).all();
      expect(hypervisors.map((h) => h.hypervisor_hostname)).toContain(host);
    });

    it('creates an aggregate that is an availability zone, reads, lists and renames it', async () => {
      const name = uniqueName('aggregate');
      const zone = uniqueName('az');
      const created = await createAggregate(compute, { name, availability_zone: zone });
      cleanup.add(`aggregate ${name}`, async () => deleteAggregate(compute, created.id));
      expect(created).toMatchObject({ name, availability_zone: zone, deleted: false });
      expect(created.uuid).toMatch(/^[0-9a-f-]{36}$/);

      const aggregate = await getAggregate(compute, created.id);
      expect(aggregate).toMatchObject({ id: created.id, name, hosts: [], metadata: { availability_zone: zone } });
      expect((await listAggregates(compute).all()).map((a) => a.id)).toContain(created.id);

      const renamed = uniqueName('aggregate');
      const updated = await updateAggregate(compute, created.id, { name: renamed });
      expect(updated).toMatchObject({ id: created.id, name: renamed, availability_zone: zone });

      await deleteAggregate(compute, created.id);
      const error = await rejectionOf(async () => getAggregate(compute, created.id));
      expect(isHttpError(error, 404)).toBe(true);
    });

    // No availability zone here: moving a host that runs servers (other tests') between zones is refused (409).
    it('adds the real host, sets and removes metadata, pre-caches an image, removes the host, deletes', async () => {
      const name = uniqueName('aggregate');
      const created = await createAggregate(compute, { name });
      cleanup.add(`aggregate ${name}`, async () => deleteAggregate(compute, created.id));
      expect(created.availability_zone).toBeNull();

      const withHost = await addAggregateHost(compute, created.id, host);
      cleanup.add(`host ${host} in aggregate ${name}`, async () => removeAggregateHost(compute, created.id, host));
      expect(withHost.hosts).toEqual([host]);

      const set = await setAggregateMetadata(compute, created.id, { 'osts-acc-kept': 'yes', 'osts-acc-dropped': 'soon' });
      expect(set.metadata).toEqual({ 'osts-acc-kept': 'yes', 'osts-acc-dropped': 'soon' });
      const unset = await setAggregateMetadata(compute, created.id, { 'osts-acc-dropped': null });
      expect(unset.metadata).toEqual({ 'osts-acc-kept': 'yes' });

      await cacheAggregateImages(compute, created.id, [await testImageId()], { microversion: '2.81' });

      expect((await removeAggregateHost(compute, created.id, host)).hosts).toEqual([]);
      const again = await rejectionOf(async () => removeAggregateHost(compute, created.id, host));
      expect(isHttpError(again, 404)).toBe(true);
      expect(String(again)).toContain(`Cannot remove host ${host}`);

      await deleteAggregate(compute, created.id);
      expect((await listAggregates(compute).all()).map((a) => a.id)).not.toContain(created.id);
    });
  });
});
