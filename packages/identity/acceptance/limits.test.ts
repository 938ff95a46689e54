import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { authenticate, isHttpError } from '@openstack-ts/core';
import { createIdentityClient, type IdentityClient } from '../src/client.js';
import {
  createLimits, createRegisteredLimits, deleteLimit, deleteRegisteredLimit, getLimit, getLimitModel, getRegisteredLimit, listLimits, listRegisteredLimits,
  updateLimit, updateRegisteredLimit,
} from '../src/limits/index.js';
import { createProject, deleteProject } from '../src/projects/index.js';

describeWithService('identity', 'unified limits against the real Keystone', () => {
  describeAsAdmin('as admin', () => {
    const cleanup = useCleanup();
    let admin: IdentityClient;
    let system: IdentityClient;
    let serviceId: string;
    let regionId: string | undefined;
    let cores: string;
    let registeredId: string;
    let projectId: string;
    let limitId: string;

    it('creates registered limits for compute in one request, lists, gets and updates them', async () => {
      const provider = await adminProvider();
      admin = await createIdentityClient(provider);
      // A system-scoped token sees every project's limits; the project-scoped admin sees only its own project's.
      system = await createIdentityClient(await authenticate({ auth: { authUrl: admin.endpoint, token: await provider.getTokenId(), system: 'all', allowReauth: false } }));
      const compute = provider.catalog.find((entry) => entry.type === 'compute');
      serviceId = compute?.id ?? '';
      regionId = compute?.endpoints[0]?.region_id ?? undefined;
      cores = uniqueName('cores');
      const ram = uniqueName('ram');
      const created = await createRegisteredLimits(system, [
        { service_id: serviceId, region_id: regionId, resource_name: cores, default_limit: 10, description: 'acceptance' },
        { service_id: serviceId, resource_name: ram, default_limit: 2048 },
      ]);
      for (const r of created) cleanup.add(`registered limit ${r.resource_name}`, async () => deleteRegisteredLimit(system, r.id));
      expect(created.map((r) => [r.resource_name, r.default_limit])).toEqual([[cores, 10], [ram, 2048]]);
      registeredId = created[0]?.id ?? '';
      expect((await listRegisteredLimits(admin, { service_id: serviceId, region_id: regionId, resource_name: cores }).all()).map((r) => r.id)).toEqual([registeredId]);
      expect((await getRegisteredLimit(admin, registeredId)).region_id).toBe(regionId ?? null);
      expect(await updateRegisteredLimit(system, registeredId, { default_limit: 20, description: 'changed' })).toMatchObject({ default_limit: 20, description: 'changed' });
      const duplicate = await createRegisteredLimits(system, [{ service_id: serviceId, region_id: regionId, resource_name: cores, default_limit: 1 }]).catch((e: unknown) => e);
      expect(isHttpError(duplicate, 409)).toBe(true);
    });

    it('sets a project limit on a new project, lists, gets, updates and deletes it', async () => {
      const name = uniqueName('project');
      const project = await createProject(admin, { name, domain_id: 'default' });
      cleanup.add(`project ${name}`, async () => deleteProject(admin, project.id));
      projectId = project.id;
      const [limit] = await createLimits(system, [{ project_id: projectId, service_id: serviceId, region_id: regionId, resource_name: cores, resource_limit: 5, description: 'acceptance' }]);
      limitId = limit?.id ?? '';
      cleanup.add(`limit ${cores}`, async () => deleteLimit(system, limitId));
      expect(limit).toMatchObject({ project_id: projectId, domain_id: null, resource_limit: 5 });
      expect((await listLimits(system, { project_id: projectId, service_id: serviceId, region_id: regionId, resource_name: cores }).all()).map((l) => l.id)).toEqual([limitId]);
      expect(await listLimits(admin, { project_id: projectId }).all()).toEqual([]);
      expect((await getLimit(system, limitId)).resource_limit).toBe(5);
      expect(await updateLimit(system, limitId, { resource_limit: 8, description: 'changed' })).toMatchObject({ resource_limit: 8, description: 'changed' });
      await deleteLimit(system, limitId);
      expect(isHttpError(await getLimit(system, limitId).catch((e: unknown) => e), 404)).toBe(true);
      await deleteRegisteredLimit(system, registeredId);
      expect(isHttpError(await getRegisteredLimit(system, registeredId).catch((e: unknown) => e), 404)).toBe(true);
    });

    it('shows the enforcement model', async () => {
      const model = await getLimitModel(admin);
      expect(['flat', 'strict_two_level']).toContain(model.name);
      expect(model.description).not.toBe('');
    });

    it('a member may not create limits (403)', async () => {
      const member = await createIdentityClient(await memberProvider());
      const error = await createLimits(member, [{ project_id: projectId, service_id: serviceId, resource_name: cores, resource_limit: 1 }]).catch((e: unknown) => e);
      expect(isHttpError(error, 403) && error.serviceMessage).toBe('You are not authorized to perform the requested action: identity:create_limits.');
    });
  });
});
