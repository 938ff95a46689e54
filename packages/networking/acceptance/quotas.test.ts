import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import type { NetworkingClient } from '../src/client.js';
import { createNetworkingClient } from '../src/client.js';
import { deleteQuota, getDefaultQuota, getQuota, getQuotaDetails, listQuotas, updateQuota, type Quota } from '../src/quotas/index.js';

describeWithService('network', 'quotas against the real Neutron', () => {
  it('shows the member its own project’s quota, usage and defaults; listing is for admins', async () => {
    const provider = await memberProvider();
    const neutron = await createNetworkingClient(provider);
    const project = provider.token?.body.project?.id ?? '';
    const quota = await getQuota(neutron, project);
    expect(typeof quota.network).toBe('number');
    const details = await getQuotaDetails(neutron, project);
    expect(details.network).toMatchObject({ limit: quota.network, reserved: 0 });
    expect(details.network.used).toBeGreaterThanOrEqual(1); // the seeded network `private`
    const defaults = await getDefaultQuota(neutron, project);
    expect(Object.keys(defaults).sort()).toEqual(Object.keys(quota).sort());
    const error = await listQuotas(neutron).all().catch((e: unknown) => e);
    expect(isHttpError(error, 403) && error.serviceErrorType).toBe('PolicyNotAuthorized');
  });

  describeAsAdmin('as admin, on the member’s project', () => {
    const cleanup = useCleanup();
    let neutron: NetworkingClient;
    let project: string;

    it('updates the quota and puts the original back afterwards', async () => {
      neutron = await createNetworkingClient(await adminProvider());
      project = (await memberProvider()).token?.body.project?.id ?? '';
      const hadOwn = (await listQuotas(neutron).all()).some((quota) => quota.project_id === project);
      const original: Quota = await getQuota(neutron, project);
      cleanup.add(`quota of ${project}`, async () => (hadOwn ? updateQuota(neutron, project, { ...original }) : deleteQuota(neutron, project)));
      const updated = await updateQuota(neutron, project, { network: 77, port: 444 });
      expect(updated).toMatchObject({ network: 77, port: 444, subnet: original.subnet });
      expect((await listQuotas(neutron).all()).find((quota) => quota.project_id === project)).toMatchObject({ tenant_id: project, network: 77 });
      expect((await getQuotaDetails(neutron, project)).port.limit).toBe(444);
    });

    it('check_limit refuses a limit below the usage', async () => {
      const error = await updateQuota(neutron, project, { network: 0, check_limit: true }).catch((e: unknown) => e);
      expect(isHttpError(error, 400) && error.serviceMessage).toMatch(/^Quota limit 0 for network must be greater than or equal to already used \d+$/);
    });

    it('resets the quota to the defaults; a second reset is TenantQuotaNotFound', async () => {
      await deleteQuota(neutron, project);
      const defaults = await getDefaultQuota(neutron, project);
      expect(await getQuota(neutron, project)).toEqual(defaults);
      expect((await listQuotas(neutron).all()).some((quota) => quota.project_id === project)).toBe(false);
      const error = await deleteQuota(neutron, project).catch((e: unknown) => e);
      expect(isHttpError(error, 404) && error.serviceErrorType).toBe('TenantQuotaNotFound');
    });
  });
});
