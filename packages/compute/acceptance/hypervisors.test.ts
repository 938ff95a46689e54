import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService } from '@openstack-ts/acceptance';
import { isHttpError, isMicroversionError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { createComputeClient, type ComputeClient } from '../src/client.js';
import {
  getHypervisor,
  getHypervisorStatistics,
  getHypervisorUptime,
  listHypervisorServers,
  listHypervisorSummaries,
  listHypervisors,
  searchHypervisors,
  type HypervisorSummary,
} from '../src/hypervisors/index.js';

describeWithService('compute', 'hypervisors against the real Nova', () => {
  describeAsAdmin('as admin', () => {
    let compute: ComputeClient;
    let first: HypervisorSummary;

    it('lists hypervisors page by page (UUIDs from 2.53)', async () => {
      compute = await createComputeClient(await adminProvider());
      const pages: number[] = [];
      for await (const page of listHypervisorSummaries(compute, { limit: 1 }).byPage()) pages.push(page.length);
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pages.every((n) => n === 1)).toBe(true);
      const all = await listHypervisorSummaries(compute).all();
      expect(all).toHaveLength(pages.length);
      first = all[0] ?? first;
      expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(['up', 'down']).toContain(first.state);
    });

    it('lists details, by host name pattern and with servers', async () => {
      const [hypervisor] = await listHypervisors(compute, { hypervisor_hostname_pattern: first.hypervisor_hostname, with_servers: true }).all();
      expect(hypervisor).toMatchObject({ id: first.id, hypervisor_hostname: first.hypervisor_hostname });
      expect(typeof hypervisor?.hypervisor_type).toBe('string');
      expect(Array.isArray(hypervisor?.servers)).toBe(true);
      expect(hypervisor?.service.host).toEqual(expect.any(String));
      const missing = await rejectionOf(() => listHypervisorSummaries(compute, { hypervisor_hostname_pattern: 'osts-acc-no-such-hypervisor' }));
      expect(isHttpError(missing, 404)).toBe(true);
      expect(String(missing)).toContain("No hypervisor matching 'osts-acc-no-such-hypervisor' could be found");
    });

    it('gets a hypervisor: uptime from 2.88, counters before', async () => {
      const hypervisor = await getHypervisor(compute, String(first.id), { with_servers: true });
      expect(hypervisor.hypervisor_hostname).toBe(first.hypervisor_hostname);
      if (compute.microversionAtLeast('2.88')) {
        expect('uptime' in hypervisor).toBe(true);
        expect(hypervisor.vcpus).toBeUndefined();
      }
      const old = await getHypervisor(compute, String(first.id), {}, { microversion: '2.87' });
      expect(old.vcpus).toEqual(expect.any(Number));
      expect(old.cpu_info).toBeDefined();
    });

    it('gets statistics with 2.87 pinned for the call, and refuses them from 2.88', async () => {
      const stats = await getHypervisorStatistics(compute, { microversion: '2.87' });
      expect(stats.count).toBeGreaterThanOrEqual(1);
      expect(stats.vcpus).toBeGreaterThan(0);
      let refused: unknown;
      try {
        await getHypervisorStatistics(compute, { microversion: '2.88' });
      } catch (error) {
        refused = error;
      }
      expect(isMicroversionError(refused)).toBe(true);
    });

    it('asks for the uptime before 2.88: the driver reports it, or Nova says 501', async () => {
      // Either outcome is right, so this is not a rejectionOf.
      const result = await getHypervisorUptime(compute, String(first.id), { microversion: '2.87' }).catch((e: unknown) => e);
      if (isHttpError(result)) {
        // The fake (and most) virt drivers do not implement it.
        expect(result.status).toBe(501);
        expect(String(result)).toContain('The requested functionality is not supported');
      } else {
        expect(result).toMatchObject({ id: first.id, hypervisor_hostname: first.hypervisor_hostname });
      }
    });

    it('searches and lists servers by host name with the pre-2.53 paths (integer IDs)', async () => {
      const legacy = { microversion: '2.52' };
      const found = await searchHypervisors(compute, first.hypervisor_hostname, legacy);
      expect(found.map((h) => h.hypervisor_hostname)).toContain(first.hypervisor_hostname);
      const id = found[0]?.id;
      expect(typeof id).toBe('number');
      const withServers = await listHypervisorServers(compute, first.hypervisor_hostname, legacy).all();
      expect(withServers.map((h) => h.id)).toContain(id);
      const byInteger = await getHypervisor(compute, id ?? 0, {}, legacy);
      expect(byInteger.hypervisor_hostname).toBe(found[0]?.hypervisor_hostname);
      const none = await rejectionOf(async () => searchHypervisors(compute, 'osts-acc-no-such-hypervisor', legacy));
      expect(isHttpError(none, 404)).toBe(true);
    });
  });
});
