import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider } from '@openstack-ts/acceptance';
import { isHttpError, isMicroversionError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { createComputeClient } from '../src/client.js';
import { getLimits } from '../src/limits/index.js';
import { getQuotaSet } from '../src/quota-sets/index.js';

describeWithService('compute', 'limits against the real Nova', () => {
  it('shows the member its project’s limits, which are its quotas', async () => {
    const provider = await memberProvider();
    const compute = await createComputeClient(provider);
    const limits = await getLimits(compute);
    const quotas = await getQuotaSet(compute, provider.token?.body.project?.id ?? '');
    expect(limits.rate).toEqual([]);
    expect(limits.absolute).toMatchObject({ maxTotalInstances: quotas.instances, maxTotalCores: quotas.cores, maxTotalRAMSize: quotas.ram, maxTotalKeypairs: quotas.key_pairs });
    expect(limits.absolute.totalInstancesUsed).toBeGreaterThanOrEqual(0);
    expect(limits.absolute.maxPersonality).toBeUndefined();
  });

  it('shows the removed fields at older microversions, and takes reserved up to 2.74 only', async () => {
    const compute = await createComputeClient(await memberProvider());
    expect((await getLimits(compute, {}, { microversion: '2.1' })).absolute).toMatchObject({ maxImageMeta: expect.any(Number) as unknown, maxTotalFloatingIps: expect.any(Number) as unknown });
    const at256 = (await getLimits(compute, {}, { microversion: '2.56' })).absolute;
    expect([typeof at256.maxPersonality, at256.maxImageMeta]).toEqual(['number', undefined]);
    expect((await getLimits(compute, { reserved: true }, { microversion: '2.74' })).absolute.totalInstancesUsed).toBeGreaterThanOrEqual(0);
    const error = await rejectionOf(async () => getLimits(compute, { reserved: true }, { microversion: '2.75' }));
    expect(isMicroversionError(error)).toBe(true);
  });

  describeAsAdmin('with tenant_id', () => {
    it('shows the member’s limits to an admin, and refuses the member another project’s', async () => {
      const admin = await adminProvider();
      const member = await memberProvider();
      const memberProject = member.token?.body.project?.id ?? '';
      const limits = await getLimits(await createComputeClient(admin), { tenant_id: memberProject });
      const own = await getLimits(await createComputeClient(member));
      expect(limits.absolute.maxTotalInstances).toBe(own.absolute.maxTotalInstances);
      const memberCompute = await createComputeClient(member);
      const error = await rejectionOf(async () => getLimits(memberCompute, { tenant_id: admin.token?.body.project?.id ?? '' }));
      expect(isHttpError(error, 403)).toBe(true);
      expect((error as Error).message).toContain('limits:other_project');
    });
  });
});
