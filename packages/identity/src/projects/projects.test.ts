import { describe, expect, it } from '@jest/globals';
import { isHttpError, isInvalidInputError, isNameLookupError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeKeystone } from '../fake-keystone.fixtures.js';
import {
  addProjectTag,
  createProject,
  deleteAllProjectTags,
  deleteProject,
  deleteProjectTag,
  findProjectId,
  getProject,
  listProjectTags,
  listProjects,
  projectHasTag,
  replaceProjectTags,
  updateProject,
} from './index.js';
import * as fx from './projects.fixtures.js';

const id = fx.createParent.project.id;

describe('projects', () => {
  it('lists with filters, tag filters joined by commas', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', 'projects?name=rec-parent&domain_id=default&enabled=true&is_domain=false&parent_id=default&tags=red%2Cblue&tags-any=a&not-tags=b%2Cc&not-tags-any=d&limit=5&marker=m', fx.list);
    const projects = await listProjects(cloud.client, {
      name: 'rec-parent', domain_id: 'default', enabled: true, is_domain: false, parent_id: 'default',
      tags: ['red', 'blue'], 'tags-any': ['a'], 'not-tags': ['b', 'c'], 'not-tags-any': ['d'], limit: 5, marker: 'm',
    }).all();
    expect(projects.map((p) => p.name)).toEqual(['rec-parent']);
  });

  it('follows links.next when Keystone pages', async () => {
    const cloud = fakeKeystone();
    const [first] = fx.list.projects;
    cloud.reply('GET', 'projects?limit=1', { projects: [first], links: { self: 'x', previous: null, next: 'http://127.0.0.1:5000/v3/projects?limit=1&marker=p1' } });
    cloud.reply('GET', 'projects?limit=1&marker=p1', { projects: [{ ...first, id: 'p2' }], links: { self: 'y', previous: null, next: null } });
    expect((await listProjects(cloud.client, { limit: 1 }).all()).map((p) => p.id)).toEqual([first?.id, 'p2']);
  });

  it('gets a project with its subtree and parents as bare flags', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', `projects/${id}?subtree_as_list=&include_limits=`, fx.getSubtree);
    const project = await getProject(cloud.client, id, { subtree_as_list: true, include_limits: true, parents_as_ids: false });
    expect(cloud.lastRequest().url).toBe(`http://127.0.0.1:5000/v3/projects/${id}?subtree_as_list=&include_limits=`);
    expect(Array.isArray(project.subtree)).toBe(true);
    const child = fx.createChild.project.id;
    cloud.reply('GET', `projects/${child}?parents_as_ids=`, fx.getParents);
    expect((await getProject(cloud.client, child, { parents_as_ids: true })).parents).toEqual(fx.getParents.project.parents);
  });

  it('creates, updates and deletes', async () => {
    const cloud = fakeKeystone();
    cloud.reply('POST', 'projects', fx.createParent, { status: 201 });
    cloud.reply('PATCH', `projects/${id}`, fx.update);
    cloud.reply('DELETE', `projects/${id}`, undefined, { status: 204 });
    const input = { name: 'rec-parent', description: 'recorded', domain_id: 'default', enabled: true, tags: ['red'] };
    expect((await createProject(cloud.client, input)).tags).toEqual(['red']);
    expect(cloud.lastRequest().json).toEqual({ project: input });
    expect((await updateProject(cloud.client, id, { description: 'changed', enabled: true })).description).toBe('changed');
    expect(cloud.lastRequest()).toMatchObject({ method: 'PATCH', json: { project: { description: 'changed', enabled: true } } });
    await deleteProject(cloud.client, id);
    expect(cloud.lastRequest().method).toBe('DELETE');
  });

  it("Keystone's own errors: not a leaf, duplicate name", async () => {
    const cloud = fakeKeystone();
    cloud.reply('DELETE', `projects/${id}`, fx.deleteWithChild, { status: 403 });
    cloud.reply('POST', 'projects', fx.duplicate, { status: 409 });
    const notLeaf = await deleteProject(cloud.client, id).catch((e: unknown) => e);
    expect(isHttpError(notLeaf, 403) && notLeaf.serviceMessage).toMatch(/not a leaf in the hierarchy/);
    const duplicate = await createProject(cloud.client, { name: 'admin', domain_id: 'default' }).catch((e: unknown) => e);
    expect(isHttpError(duplicate, 409) && duplicate.serviceErrorType).toBe('Conflict');
  });

  it('manages tags', async () => {
    const cloud = fakeKeystone();
    cloud.reply('PUT', `projects/${id}/tags`, fx.tagsReplace);
    cloud.reply('GET', `projects/${id}/tags`, fx.tagsList);
    cloud.reply('PUT', `projects/${id}/tags/green`, undefined, { status: 201 });
    cloud.reply('GET', `projects/${id}/tags/green`, undefined, { status: 204 });
    cloud.reply('GET', `projects/${id}/tags/purple`, fx.tagCheckMissing, { status: 404 });
    cloud.reply('DELETE', `projects/${id}/tags/green`, undefined, { status: 204 });
    cloud.reply('DELETE', `projects/${id}/tags`, undefined, { status: 204 });
    expect(await replaceProjectTags(cloud.client, id, ['red', 'blue'])).toEqual(['red', 'blue']);
    expect(cloud.lastRequest().json).toEqual({ tags: ['red', 'blue'] });
    expect(await listProjectTags(cloud.client, id).all()).toEqual(['blue', 'red']);
    expect(cloud.lastRequest()).toMatchObject({ method: 'GET', path: `projects/${id}/tags` });
    await addProjectTag(cloud.client, id, 'green');
    expect(await projectHasTag(cloud.client, id, 'green')).toBe(true);
    expect(await projectHasTag(cloud.client, id, 'purple')).toBe(false);
    await deleteProjectTag(cloud.client, id, 'green');
    await deleteAllProjectTags(cloud.client, id);
    expect(cloud.lastRequest().url).toBe(`http://127.0.0.1:5000/v3/projects/${id}/tags`);
  });

  it('finds a project by ID, or by name within a domain', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', `projects/${id}`, fx.update);
    expect(await findProjectId(cloud.client, id)).toEqual({ id, matchedBy: 'id' });
    expect(cloud.serviceRequests().map((r) => r.path)).toEqual([`projects/${id}`]);
    cloud.reply('GET', 'projects/rec-parent', fx.notFound, { status: 404 });
    cloud.reply('GET', 'projects?domain_id=default&name=rec-parent', fx.list);
    expect(await findProjectId(cloud.client, 'rec-parent', { domain_id: 'default' })).toEqual({ id, matchedBy: 'name' });
    expect(cloud.lastRequest().query).toEqual({ domain_id: 'default', name: 'rec-parent' });
    cloud.reply('GET', 'projects/none', fx.notFound, { status: 404 });
    cloud.reply('GET', 'projects?name=none', { projects: [], links: { self: 'x', next: null, previous: null } });
    const error = await rejectionOf(async () => findProjectId(cloud.client, 'none'));
    expect(isNameLookupError(error) && [error.reason, error.what, error.lookupName]).toEqual(['none', 'project', 'none']);
  });

  it('refuses an empty ID, tag or name before sending', async () => {
    const cloud = fakeKeystone();
    const refusals: [() => unknown, string][] = [
      [async () => getProject(cloud.client, ''), 'projectId'],
      [async () => addProjectTag(cloud.client, id, ''), 'tag'],
      [async () => projectHasTag(cloud.client, '', 'red'), 'projectId'],
      [() => listProjectTags(cloud.client, ''), 'projectId'],
      [async () => findProjectId(cloud.client, ''), 'nameOrId'],
    ];
    for (const [call, field] of refusals) {
      const error = await rejectionOf(call);
      expect(isInvalidInputError(error) && error.field).toBe(field);
    }
    expect(cloud.serviceRequests()).toEqual([]);
  });
});
