import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { createIdentityClient, type IdentityClient } from '../src/client.js';
import { createProject, deleteProject } from '../src/projects/index.js';
import {
  assignRole,
  checkImpliedRole,
  checkRoleAssignment,
  createImpliedRole,
  createRole,
  deleteImpliedRole,
  deleteRole,
  findRoleId,
  getImpliedRole,
  getImpliedRoles,
  getRole,
  listRoleAssignments,
  listRoleInferences,
  listRoles,
  listRolesForActor,
  unassignRole,
  updateRole,
  type RoleGrant,
} from '../src/roles/index.js';

describeWithService('identity', 'roles, implied roles and role assignments against the real Keystone', () => {
  describeAsAdmin('as admin', () => {
    const cleanup = useCleanup();
    let keystone: IdentityClient;
    let role: string;
    let impliedRole: string;
    let user: string;
    let group: string;
    let project: string;
    let child: string;

    it('creates, finds, gets and updates roles, global and domain-specific', async () => {
      keystone = await createIdentityClient(await adminProvider());
      const name = uniqueName('role');
      const created = await createRole(keystone, { name, description: 'acceptance', options: {} });
      role = created.id;
      cleanup.add(`role ${name}`, async () => deleteRole(keystone, created.id));
      expect(created).toMatchObject({ name, domain_id: null, description: 'acceptance' });
      const impliedName = uniqueName('role');
      impliedRole = (await createRole(keystone, { name: impliedName })).id;
      cleanup.add(`role ${impliedName}`, async () => deleteRole(keystone, impliedRole));
      const domainName = uniqueName('role');
      const domainRole = await createRole(keystone, { name: domainName, domain_id: 'default', description: 'domain-specific' });
      cleanup.add(`role ${domainName}`, async () => deleteRole(keystone, domainRole.id));
      expect(domainRole.domain_id).toBe('default');
      expect(await findRoleId(keystone, name)).toEqual({ id: role, matchedBy: 'name' });
      expect(await findRoleId(keystone, role)).toEqual({ id: role, matchedBy: 'id' });
      expect(await findRoleId(keystone, domainName, { domain_id: 'default' })).toEqual({ id: domainRole.id, matchedBy: 'name' });
      expect((await listRoles(keystone, { name: domainName }).all())).toEqual([]);
      expect((await getRole(keystone, role)).name).toBe(name);
      expect(await updateRole(keystone, role, { description: 'changed', options: { immutable: false } })).toMatchObject({ description: 'changed', options: { immutable: false } });
      await deleteRole(keystone, domainRole.id);
      const error = await getRole(keystone, domainRole.id).catch((e: unknown) => e);
      expect(isHttpError(error, 404) && error.serviceErrorType).toBe('Not Found');
    });

    it('makes one role imply another', async () => {
      expect((await createImpliedRole(keystone, role, impliedRole)).implies.id).toBe(impliedRole);
      cleanup.add('implied role', async () => deleteImpliedRole(keystone, role, impliedRole));
      expect((await getImpliedRole(keystone, role, impliedRole)).prior_role.id).toBe(role);
      expect(await checkImpliedRole(keystone, role, impliedRole)).toBe(true);
      expect(await checkImpliedRole(keystone, impliedRole, role)).toBe(false);
      expect((await getImpliedRoles(keystone, role)).implies.map((r) => r.id)).toEqual([impliedRole]);
      const rules = await listRoleInferences(keystone).all();
      expect(rules.find((rule) => rule.prior_role.id === role)?.implies.map((r) => r.id)).toEqual([impliedRole]);
    });

    it('creates a user in a group, and a project with a child', async () => {
      // Raw requests: users and groups are another folder's operations; this file needs only their IDs.
      const userName = uniqueName('user');
      user = (await keystone.request<{ id: string }>({ method: 'POST', path: 'users', json: { user: { name: userName, domain_id: 'default' } }, expectStatus: [201], unwrap: 'user' })).id;
      cleanup.add(`user ${userName}`, async () => keystone.execute({ method: 'DELETE', path: `users/${user}`, expectStatus: [204] }));
      const groupName = uniqueName('group');
      group = (await keystone.request<{ id: string }>({ method: 'POST', path: 'groups', json: { group: { name: groupName, domain_id: 'default' } }, expectStatus: [201], unwrap: 'group' })).id;
      cleanup.add(`group ${groupName}`, async () => keystone.execute({ method: 'DELETE', path: `groups/${group}`, expectStatus: [204] }));
      await keystone.execute({ method: 'PUT', path: `groups/${group}/users/${user}`, expectStatus: [204] });
      const projectName = uniqueName('project');
      project = (await createProject(keystone, { name: projectName, domain_id: 'default' })).id;
      cleanup.add(`project ${projectName}`, async () => deleteProject(keystone, project));
      const childName = uniqueName('project');
      child = (await createProject(keystone, { name: childName, parent_id: project })).id;
      cleanup.add(`project ${childName}`, async () => deleteProject(keystone, child));
    });

    it('grants, checks, lists and revokes on a project, the Default domain and the system, for user and group', async () => {
      const grants: RoleGrant[] = [
        { role, user, project }, { role, group, project },
        { role, user, domain: 'default' }, { role, group, domain: 'default' },
        { role, user, system: 'all' }, { role, group, system: 'all' },
      ];
      for (const grant of grants) {
        expect(await checkRoleAssignment(keystone, grant)).toBe(false);
        await assignRole(keystone, grant);
        cleanup.add(`grant ${JSON.stringify(grant)}`, async () => unassignRole(keystone, grant));
        expect(await checkRoleAssignment(keystone, grant)).toBe(true);
        expect((await listRolesForActor(keystone, grant).all()).map((r) => r.id)).toEqual([role]);
      }
      const assignments = await listRoleAssignments(keystone, { 'user.id': user, include_names: true }).all();
      expect(assignments.map((a) => Object.keys(a.scope)[0]).sort()).toEqual(['domain', 'project', 'system']);
      expect(assignments.every((a) => a.role.name !== undefined && a.user?.name !== undefined)).toBe(true);
      expect((await listRoleAssignments(keystone, { 'group.id': group, 'scope.system': 'all' }).all()).map((a) => a.scope.system)).toEqual([{ all: true }]);
      expect((await listRoleAssignments(keystone, { 'scope.domain.id': 'default', 'role.id': role }).all())).toHaveLength(2);
      const effective = await listRoleAssignments(keystone, { 'user.id': user, 'scope.project.id': project, effective: true }).all();
      // Direct and through the group, each with the implied role too.
      expect(effective.map((a) => a.role.id).sort()).toEqual([impliedRole, impliedRole, role, role].sort());
      expect(effective.some((a) => a.links.membership !== undefined && a.links.prior_role !== undefined)).toBe(true);
      for (const grant of grants) {
        await unassignRole(keystone, grant);
        expect(await checkRoleAssignment(keystone, grant)).toBe(false);
      }
      expect(await listRoleAssignments(keystone, { 'user.id': user }).all()).toEqual([]);
    });

    it('grants inherited roles on a domain and on a project', async () => {
      const onDomain: RoleGrant = { role, user, domain: 'default', inherited: true };
      const onProject: RoleGrant = { role, group, project, inherited: true };
      for (const grant of [onDomain, onProject]) {
        await assignRole(keystone, grant);
        cleanup.add(`grant ${JSON.stringify(grant)}`, async () => unassignRole(keystone, grant));
        expect(await checkRoleAssignment(keystone, grant)).toBe(true);
        expect(await checkRoleAssignment(keystone, { ...grant, inherited: false })).toBe(false);
      }
      expect((await listRolesForActor(keystone, { user, domain: 'default', inherited: true }).all()).map((r) => r.id)).toEqual([role]);
      const inherited = await listRoleAssignments(keystone, { 'scope.OS-INHERIT:inherited_to': 'projects', 'role.id': role }).all();
      expect(inherited.map((a) => a.user?.id ?? a.group?.id).sort()).toEqual([group, user].sort());
      const subtree = await listRoleAssignments(keystone, { 'scope.project.id': project, include_subtree: true, 'role.id': role }).all();
      expect(subtree.map((a) => a.group?.id)).toEqual([group]);
      const reached = await listRoleAssignments(keystone, { 'user.id': user, 'scope.project.id': child, effective: true, include_names: true }).all();
      expect(reached.filter((a) => a.role.id === role).map((a) => a.scope.project?.name)).toHaveLength(2);
      for (const grant of [onDomain, onProject]) await unassignRole(keystone, grant);
      expect(await checkRoleAssignment(keystone, onDomain)).toBe(false);
    });

    it('a member listing the role assignments of another project gets 403', async () => {
      const member = await createIdentityClient(await memberProvider());
      const error = await listRoleAssignments(member, { 'scope.project.id': project }).all().catch((e: unknown) => e);
      expect(isHttpError(error, 403) && error.serviceMessage).toBe('You are not authorized to perform the requested action: identity:list_role_assignments.');
    });

    it('deletes the inference rule', async () => {
      await deleteImpliedRole(keystone, role, impliedRole);
      expect(await checkImpliedRole(keystone, role, impliedRole)).toBe(false);
    });
  });
});
