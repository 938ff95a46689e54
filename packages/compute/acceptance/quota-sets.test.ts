import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, useCleanup } from '@openstack-ts/acceptance';
import { isMicroversionError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { createComputeClient, type ComputeClient } from '../src/client.js';
import {
  deleteQuotaSet,
  getDefaultQuotaSet,
  getQuotaSet,
  getQuotaSetDetail,
  updateQuotaSet,
  type QuotaSet,
  type UpdateQuotaSetInput,
} from '../src/quota-sets/index.js';

const QUOTAS = ['cores', 'instances', 'key_pairs', 'metadata_items', 'ram', 'server_groups', 'server_group_members'] as const;

function valuesOf(quotas: Omit<QuotaSet, 'id'>): UpdateQuotaSetInput {
  return Object.fromEntries(QUOTAS.map((key) => [key, quotas[key]]));
}

describeWithService('compute', 'quota sets against the real Nova', () => {
  it('shows the member its own project’s quotas, their usage and the defaults', async () => {
    const provider = await memberProvider();
    const compute = await createComputeClient(provider);
    const project = provider.token?.body.project?.id ?? '';
    const quotas = await getQuotaSet(compute, project);
    expect(quotas.id).toBe(project);
    for (const key of QUOTAS) expect(typeof quotas[key]).toBe('number');
    expect(quotas.floating_ips).toBeUndefined();
    const detail = await getQuotaSetDetail(compute, project);
    expect(detail.instances.limit).toBe(quotas.instances);
    expect(detail.instances.in_use).toBeGreaterThanOrEqual(0);
    expect(detail.instances.reserved).toBe(0);
    const defaults = await getDefaultQuotaSet(compute, project);
    expect(Object.keys(defaults).sort()).toEqual(Object.keys(quotas).sort());
  });

  describeAsAdmin('as admin, on the member’s project', () => {
    const cleanup = useCleanup();
    let compute: ComputeClient;
    let project: string;
    let user: string;
    let original: QuotaSet;
    let defaults: QuotaSet;

    /** Puts the project's quotas back: by reverting to the defaults when they were the defaults. */
    async function restore(): Promise<void> {
      await deleteQuotaSet(compute, project, { user_id: user });
      const wereDefaults = QUOTAS.every((key) => original[key] === defaults[key]);
      if (wereDefaults) await deleteQuotaSet(compute, project);
      else await updateQuotaSet(compute, project, { ...valuesOf(original), force: true });
    }

    it('reads the original quotas and registers their restoration', async () => {
      compute = await createComputeClient(await adminProvider());
      const member = await memberProvider();
      project = member.token?.body.project?.id ?? '';
      user = member.token?.body.user.id ?? '';
      original = await getQuotaSet(compute, project);
      defaults = await getDefaultQuotaSet(compute, project);
      cleanup.add(`quotas of project ${project}`, restore);
      expect(original.id).toBe(project);
    });

    it('raises two quotas with force', async () => {
      const updated = await updateQuotaSet(compute, project, { key_pairs: original.key_pairs + 1, server_groups: original.server_groups + 1, force: true });
      expect(updated).toEqual({ ...valuesOf(original), key_pairs: original.key_pairs + 1, server_groups: original.server_groups + 1 });
      expect((await getQuotaSet(compute, project)).key_pairs).toBe(original.key_pairs + 1);
      expect((await getQuotaSetDetail(compute, project)).server_groups.limit).toBe(original.server_groups + 1);
    });

    it('sets, shows and reverts one user’s quota', async () => {
      await updateQuotaSet(compute, project, { key_pairs: 50 }, { user_id: user });
      expect((await getQuotaSet(compute, project, { user_id: user })).key_pairs).toBe(50);
      expect((await getQuotaSetDetail(compute, project, { user_id: user })).key_pairs.limit).toBe(50);
      await deleteQuotaSet(compute, project, { user_id: user });
      expect((await getQuotaSet(compute, project, { user_id: user })).key_pairs).toBe(original.key_pairs + 1);
    });

    it('shows the fields 2.36 removed at 2.35, and refuses to set them later without sending', async () => {
      const old = await getQuotaSet(compute, project, {}, { microversion: '2.35' });
      expect(typeof old.floating_ips).toBe('number');
      expect(typeof old.injected_files).toBe('number');
      const error = await rejectionOf(async () => updateQuotaSet(compute, project, { floating_ips: 10 }, {}, { microversion: '2.36' }));
      expect(isMicroversionError(error)).toBe(true);
    });

    it('restores the original quotas', async () => {
      await restore();
      const now = await getQuotaSet(compute, project);
      expect(valuesOf(now)).toEqual(valuesOf(original));
    });
  });
});
