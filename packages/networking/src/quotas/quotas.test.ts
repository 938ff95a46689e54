import { describe, expect, it } from '@jest/globals';
import { isHttpError, isInvalidInputError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeNeutron } from '../fake-neutron.fixtures.js';
import { deleteQuota, getDefaultQuota, getQuota, getQuotaDetails, listQuotas, updateQuota } from './index.js';
import * as fx from './quotas.fixtures.js';

const project = '56a1734a387a4a25a56ee940578c82dd';

describe('quotas', () => {
  it('shows a project quota, its defaults and its usage', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/quotas/${project}`, fx.get);
    cloud.reply('GET', `v2.0/quotas/${project}/default`, fx.defaults);
    cloud.reply('GET', `v2.0/quotas/${project}/details.json`, fx.details);
    expect(await getQuota(cloud.client, project)).toEqual({
      network: 100, subnet: 100, subnetpool: -1, port: 500, router: 10, floatingip: 50, rbac_policy: 10, security_group: 10, security_group_rule: 100,
    });
    expect((await getDefaultQuota(cloud.client, project)).port).toBe(500);
    expect(cloud.lastRequest().url).toBe(`http://127.0.0.1:9696/v2.0/quotas/${project}/default`);
    const details = await getQuotaDetails(cloud.client, project);
    expect(cloud.lastRequest().url).toBe(`http://127.0.0.1:9696/v2.0/quotas/${project}/details.json`);
    expect(details.network).toEqual({ limit: 100, used: 1, reserved: 0 });
    expect(details.subnetpool).toEqual({ limit: -1, used: 0, reserved: 0 });
    expect(cloud.serviceRequests().map((r) => r.method)).toEqual(['GET', 'GET', 'GET']);
  });

  it('updates some limits and gets the whole quota back', async () => {
    const cloud = fakeNeutron();
    cloud.reply('PUT', `v2.0/quotas/${project}`, fx.update);
    const quota = await updateQuota(cloud.client, project, { network: 90, port: 400 });
    expect(cloud.lastRequest().json).toEqual({ quota: { network: 90, port: 400 } });
    expect(quota).toMatchObject({ network: 90, port: 400, subnet: 100 });
  });

  it('sends force, and check_limit which refuses a limit below the usage', async () => {
    const cloud = fakeNeutron();
    cloud.replyOnce('PUT', `v2.0/quotas/${project}`, fx.force);
    cloud.replyOnce('PUT', `v2.0/quotas/${project}`, fx.checkLimit, { status: 400 });
    expect((await updateQuota(cloud.client, project, { subnet: 95, force: true })).subnet).toBe(95);
    expect(cloud.lastRequest().json).toEqual({ quota: { subnet: 95, force: true } });
    const error = await updateQuota(cloud.client, project, { security_group_rule: 1, check_limit: true }).catch((e: unknown) => e);
    expect(cloud.lastRequest().json).toEqual({ quota: { security_group_rule: 1, check_limit: true } });
    expect(isHttpError(error, 400) && [error.serviceErrorType, error.serviceMessage]).toEqual([
      'HTTPBadRequest',
      'Quota limit 1 for security_group_rule must be greater than or equal to already used 8',
    ]);
  });

  it('lists the projects with their own quotas', async () => {
    const cloud = fakeNeutron();
    cloud.replyOnce('GET', 'v2.0/quotas', fx.list);
    cloud.replyOnce('GET', 'v2.0/quotas', fx.afterReset);
    const quotas = await listQuotas(cloud.client).all();
    expect(cloud.lastRequest().url).toBe('http://127.0.0.1:9696/v2.0/quotas');
    expect(quotas.map((q) => [q.project_id, q.tenant_id, q.network])).toEqual([[project, project, 90]]);
    expect(await listQuotas(cloud.client).all()).toEqual([]);
  });

  it('resets a quota; a second reset is TenantQuotaNotFound', async () => {
    const cloud = fakeNeutron();
    cloud.replyOnce('DELETE', `v2.0/quotas/${project}`, undefined, { status: 204 });
    cloud.replyOnce('DELETE', `v2.0/quotas/${project}`, fx.resetAgain, { status: 404 });
    await deleteQuota(cloud.client, project);
    expect(cloud.lastRequest().method).toBe('DELETE');
    const error = await deleteQuota(cloud.client, project).catch((e: unknown) => e);
    expect(isHttpError(error, 404) && error.serviceErrorType).toBe('TenantQuotaNotFound');
  });

  it('a member may neither list nor update quotas', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/quotas', fx.memberList, { status: 403 });
    cloud.reply('PUT', `v2.0/quotas/${project}`, fx.memberUpdate, { status: 403 });
    const listed = await listQuotas(cloud.client).all().catch((e: unknown) => e);
    expect(isHttpError(listed, 403) && [listed.serviceErrorType, listed.serviceMessage]).toEqual(['PolicyNotAuthorized', 'rule:get_quota is disallowed by policy']);
    const updated = await updateQuota(cloud.client, project, { network: 5 }).catch((e: unknown) => e);
    expect(isHttpError(updated, 403) && updated.serviceMessage).toBe('rule:update_quota is disallowed by policy');
  });

  it('refuses an empty project ID before sending', async () => {
    const cloud = fakeNeutron();
    for (const call of [
      async () => getQuota(cloud.client, ''),
      async () => getQuotaDetails(cloud.client, ''),
      async () => getDefaultQuota(cloud.client, ''),
      async () => updateQuota(cloud.client, '', { network: 1 }),
      async () => deleteQuota(cloud.client, ''),
    ]) {
      const error = await rejectionOf(call);
      expect(isInvalidInputError(error) && error.field).toBe('projectId');
    }
    expect(cloud.requests).toHaveLength(0);
  });
});
