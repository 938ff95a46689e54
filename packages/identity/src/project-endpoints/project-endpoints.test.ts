import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { fakeKeystone, refusedField } from '../fake-keystone.fixtures.js';
import { addProjectEndpoint, checkProjectEndpoint, listEndpointProjects, listProjectEndpoints, removeProjectEndpoint } from './index.js';
import * as fx from './project-endpoints.fixtures.js';

const endpointId = fx.listProjectEndpoints.endpoints[0]?.id ?? '';
const projectId = fx.listEndpointProjects.projects[0]?.id ?? '';
const association = `OS-EP-FILTER/projects/${projectId}/endpoints/${endpointId}`;

describe('project endpoints (OS-EP-FILTER)', () => {
  it('associates, checks and dissociates', async () => {
    const cloud = fakeKeystone();
    cloud.reply('PUT', association, undefined, { status: 204 });
    cloud.replyOnce('GET', association, undefined, { status: 204 });
    cloud.reply('GET', association, fx.checkMissing, { status: 404 });
    cloud.reply('DELETE', association, undefined, { status: 204 });
    await addProjectEndpoint(cloud.client, projectId, endpointId);
    expect([cloud.lastRequest().method, cloud.lastRequest().path]).toEqual(['PUT', association]);
    expect(await checkProjectEndpoint(cloud.client, projectId, endpointId)).toBe(true);
    expect([cloud.lastRequest().method, cloud.lastRequest().path]).toEqual(['GET', association]);
    await removeProjectEndpoint(cloud.client, projectId, endpointId);
    expect([cloud.lastRequest().method, cloud.lastRequest().path]).toEqual(['DELETE', association]);
    expect(await checkProjectEndpoint(cloud.client, projectId, endpointId)).toBe(false);
  });

  it('still throws for an endpoint that does not exist', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', 'OS-EP-FILTER/projects/nope/endpoints/nope2', fx.checkUnknownEndpoint, { status: 404 });
    const error = await checkProjectEndpoint(cloud.client, 'nope', 'nope2').catch((e: unknown) => e);
    expect(isHttpError(error, 404) && [error.serviceErrorType, error.serviceMessage]).toEqual(['Not Found', 'Could not find endpoint: nope2.']);
  });

  it("lists a project's endpoints and an endpoint's projects", async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', `OS-EP-FILTER/projects/${projectId}/endpoints`, fx.listProjectEndpoints);
    cloud.reply('GET', `OS-EP-FILTER/endpoints/${endpointId}/projects`, fx.listEndpointProjects);
    expect((await listProjectEndpoints(cloud.client, projectId).all()).map((e) => [e.id, e.interface])).toEqual([[endpointId, 'public']]);
    expect(cloud.lastRequest().path).toBe(`OS-EP-FILTER/projects/${projectId}/endpoints`);
    expect((await listEndpointProjects(cloud.client, endpointId).all()).map((p) => p.name)).toEqual(['rec-ep-project']);
    expect(cloud.lastRequest().path).toBe(`OS-EP-FILTER/endpoints/${endpointId}/projects`);
  });

  it('refuses empty IDs before sending', async () => {
    const cloud = fakeKeystone();
    expect(await refusedField(async () => addProjectEndpoint(cloud.client, projectId, ''))).toBe('endpointId');
    expect(await refusedField(async () => removeProjectEndpoint(cloud.client, '', endpointId))).toBe('projectId');
    expect(await refusedField(() => listEndpointProjects(cloud.client, ''))).toBe('endpointId');
    expect(cloud.serviceRequests()).toEqual([]);
  });
});
