import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { createIdentityClient, type IdentityClient } from '../src/client.js';
import { createEndpoint, deleteEndpoint } from '../src/endpoints/index.js';
import { addProjectEndpoint, checkProjectEndpoint, listEndpointProjects, listProjectEndpoints, removeProjectEndpoint } from '../src/project-endpoints/index.js';
import { createProject, deleteProject } from '../src/projects/index.js';
import { createCatalogService, deleteCatalogService } from '../src/services/index.js';

describeWithService('identity', 'project endpoints (OS-EP-FILTER) against the real Keystone', () => {
  describeAsAdmin('as admin', () => {
    const cleanup = useCleanup();
    let keystone: IdentityClient;
    let projectId: string;
    let endpointId: string;

    it('associates an endpoint with a project and lists both ways', async () => {
      keystone = await createIdentityClient(await adminProvider());
      const projectName = uniqueName('project');
      const project = await createProject(keystone, { name: projectName, domain_id: 'default' });
      projectId = project.id;
      cleanup.add(`project ${projectName}`, async () => deleteProject(keystone, project.id));
      const serviceName = uniqueName('service');
      const service = await createCatalogService(keystone, { type: uniqueName('type'), name: serviceName });
      cleanup.add(`service ${serviceName}`, async () => deleteCatalogService(keystone, service.id));
      const endpoint = await createEndpoint(keystone, { service_id: service.id, interface: 'public', url: 'http://acceptance.example.test/' });
      endpointId = endpoint.id;
      cleanup.add(`endpoint ${endpoint.id}`, async () => deleteEndpoint(keystone, endpoint.id));

      expect(await checkProjectEndpoint(keystone, projectId, endpointId)).toBe(false);
      await addProjectEndpoint(keystone, projectId, endpointId);
      cleanup.add(`association ${projectName}`, async () => removeProjectEndpoint(keystone, projectId, endpointId));
      expect(await checkProjectEndpoint(keystone, projectId, endpointId)).toBe(true);
      expect((await listProjectEndpoints(keystone, projectId).all()).map((e) => e.id)).toEqual([endpointId]);
      expect((await listEndpointProjects(keystone, endpointId).all()).map((p) => p.id)).toEqual([projectId]);
    });

    it('a check of an unknown endpoint is thrown, not false', async () => {
      const error = await checkProjectEndpoint(keystone, projectId, uniqueName('endpoint')).catch((e: unknown) => e);
      expect(isHttpError(error, 404) && error.serviceMessage?.startsWith('Could not find endpoint')).toBe(true);
    });

    it('a member may not list associations (403)', async () => {
      const member = await createIdentityClient(await memberProvider());
      expect(isHttpError(await listProjectEndpoints(member, projectId).all().catch((e: unknown) => e), 403)).toBe(true);
    });

    it('dissociates', async () => {
      await removeProjectEndpoint(keystone, projectId, endpointId);
      expect(await checkProjectEndpoint(keystone, projectId, endpointId)).toBe(false);
      expect(await listEndpointProjects(keystone, endpointId).all()).toEqual([]);
    });
  });
});
