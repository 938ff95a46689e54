import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { createIdentityClient, type IdentityClient } from '../src/client.js';
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
} from '../src/projects/index.js';

describeWithService('identity', 'projects against the real Keystone', () => {
  describeAsAdmin('as admin', () => {
    const cleanup = useCleanup();
    let keystone: IdentityClient;
    let parentId: string;
    let childId: string;
    let parentName: string;

    it('creates a parent and a child project and reads the hierarchy', async () => {
      keystone = await createIdentityClient(await adminProvider());
      parentName = uniqueName('project');
      const parent = await createProject(keystone, { name: parentName, description: 'acceptance', domain_id: 'default', tags: ['red'] });
      parentId = parent.id;
      cleanup.add(`project ${parentName}`, async () => deleteProject(keystone, parent.id));
      const childName = uniqueName('project');
      const child = await createProject(keystone, { name: childName, parent_id: parent.id, domain_id: 'default' });
      childId = child.id;
      cleanup.add(`project ${childName}`, async () => deleteProject(keystone, child.id));
      expect(child.parent_id).toBe(parent.id);
      // The *_as_ids forms show the whole hierarchy; the *_as_list forms only projects the caller has a role on.
      const withSubtree = await getProject(keystone, parent.id, { subtree_as_ids: true });
      expect(Object.keys(withSubtree.subtree ?? {})).toEqual([child.id]);
      expect((await getProject(keystone, parent.id, { subtree_as_list: true })).subtree).toEqual([]);
      const withParents = await getProject(keystone, child.id, { parents_as_ids: true });
      expect(Object.keys(withParents.parents ?? {})).toEqual([parent.id]);
    });

    it('lists, finds and updates', async () => {
      expect(await findProjectId(keystone, parentName, { domain_id: 'default' })).toEqual({ id: parentId, matchedBy: 'name' });
      expect(await findProjectId(keystone, parentId)).toEqual({ id: parentId, matchedBy: 'id' });
      expect((await listProjects(keystone, { parent_id: parentId }).all()).map((p) => p.id)).toEqual([childId]);
      expect((await listProjects(keystone, { tags: ['red'], name: parentName }).all()).map((p) => p.id)).toEqual([parentId]);
      expect((await updateProject(keystone, parentId, { description: 'changed' })).description).toBe('changed');
    });

    it('manages tags', async () => {
      expect((await replaceProjectTags(keystone, parentId, ['red', 'blue'])).sort()).toEqual(['blue', 'red']);
      await addProjectTag(keystone, parentId, 'green');
      expect((await listProjectTags(keystone, parentId).all()).sort()).toEqual(['blue', 'green', 'red']);
      expect(await projectHasTag(keystone, parentId, 'green')).toBe(true);
      expect(await projectHasTag(keystone, parentId, 'purple')).toBe(false);
      await deleteProjectTag(keystone, parentId, 'green');
      await deleteAllProjectTags(keystone, parentId);
      expect(await listProjectTags(keystone, parentId).all()).toEqual([]);
    });

    it('refuses to delete a project that is not a leaf, then deletes both', async () => {
      const error = await deleteProject(keystone, parentId).catch((e: unknown) => e);
      expect(isHttpError(error, 403) && error.serviceMessage).toMatch(/not a leaf/);
      await deleteProject(keystone, childId);
      await deleteProject(keystone, parentId);
      expect(isHttpError(await getProject(keystone, parentId).catch((e: unknown) => e), 404)).toBe(true);
    });
  });

  it('a member may not list all projects (403)', async () => {
    const keystone = await createIdentityClient(await memberProvider());
    const error = await listProjects(keystone).all().catch((e: unknown) => e);
    expect(isHttpError(error, 403)).toBe(true);
  });
});
