import { describe, expect, it } from '@jest/globals';
import { isHttpError, isInvalidInputError, isNameLookupError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeKeystone } from '../fake-keystone.fixtures.js';
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
} from './index.js';
import * as fx from './roles.fixtures.js';

const { prior, implied, user, group, project } = fx.ids;

describe('roles', () => {
  it('lists global roles by name and domain roles by domain_id, following links', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', 'roles?name=rec-role-prior', fx.listByName);
    cloud.reply('GET', 'roles?domain_id=default&name=rec-role-dom&limit=10&marker=m', fx.listByDomain);
    expect((await listRoles(cloud.client, { name: 'rec-role-prior' }).all()).map((r) => [r.name, r.domain_id])).toEqual([['rec-role-prior', null]]);
    const domainRoles = await listRoles(cloud.client, { domain_id: 'default', name: 'rec-role-dom', limit: 10, marker: 'm' }).all();
    expect(domainRoles.map((r) => [r.name, r.domain_id])).toEqual([['rec-role-dom', 'default']]);
    expect(cloud.lastRequest().query).toEqual({ domain_id: 'default', name: 'rec-role-dom', limit: '10', marker: 'm' });
  });

  it('creates a global and a domain-specific role, gets, updates and deletes', async () => {
    const cloud = fakeKeystone();
    cloud.replyOnce('POST', 'roles', fx.createRole, { status: 201 });
    cloud.replyOnce('POST', 'roles', fx.createDomainRole, { status: 201 });
    cloud.reply('GET', `roles/${prior}`, fx.getRole);
    cloud.reply('PATCH', `roles/${prior}`, fx.updateRole);
    cloud.reply('DELETE', `roles/${prior}`, undefined, { status: 204 });
    const input = { name: 'rec-role-prior', description: 'recorded', options: {} };
    expect(await createRole(cloud.client, input)).toMatchObject({ id: prior, domain_id: null, description: 'recorded' });
    expect(cloud.lastRequest().json).toEqual({ role: input });
    const domainInput = { name: 'rec-role-dom', domain_id: 'default', description: 'domain-specific' };
    expect((await createRole(cloud.client, domainInput)).domain_id).toBe('default');
    expect(cloud.lastRequest().json).toEqual({ role: domainInput });
    expect((await getRole(cloud.client, prior)).name).toBe('rec-role-prior');
    const updated = await updateRole(cloud.client, prior, { description: 'changed', options: { immutable: false } });
    expect(cloud.lastRequest()).toMatchObject({ method: 'PATCH', json: { role: { description: 'changed', options: { immutable: false } } } });
    expect(updated).toMatchObject({ description: 'changed', options: { immutable: false } });
    await deleteRole(cloud.client, prior);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `roles/${prior}` });
  });

  it("Keystone's errors carry their title", async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', 'roles/00000000000000000000000000000000', fx.getMissing, { status: 404 });
    cloud.reply('POST', 'roles', fx.createDuplicate, { status: 409 });
    const missing = await getRole(cloud.client, '00000000000000000000000000000000').catch((e: unknown) => e);
    expect(isHttpError(missing, 404) && [missing.serviceErrorType, missing.serviceMessage]).toEqual(['Not Found', 'Could not find role: 00000000000000000000000000000000.']);
    const conflict = await createRole(cloud.client, { name: 'rec-role-prior' }).catch((e: unknown) => e);
    expect(isHttpError(conflict, 409) && conflict.serviceErrorType).toBe('Conflict');
  });

  it('finds a role by ID, or by name among the global roles or within a domain', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', `roles/${prior}`, fx.getRole);
    expect(await findRoleId(cloud.client, prior)).toEqual({ id: prior, matchedBy: 'id' });
    for (const name of ['rec-role-prior', 'rec-role-dom', 'none']) cloud.reply('GET', `roles/${name}`, fx.getMissing, { status: 404 });
    cloud.reply('GET', 'roles?name=rec-role-prior', fx.listByName);
    cloud.reply('GET', 'roles?name=rec-role-dom&domain_id=default', fx.listByDomain);
    cloud.reply('GET', 'roles?name=none', { roles: [], links: { self: 'x', next: null } });
    expect(await findRoleId(cloud.client, 'rec-role-prior')).toEqual({ id: prior, matchedBy: 'name' });
    expect(await findRoleId(cloud.client, 'rec-role-dom', { domain_id: 'default' })).toEqual({ id: fx.ids.domainRole, matchedBy: 'name' });
    expect(cloud.lastRequest().query).toEqual({ domain_id: 'default', name: 'rec-role-dom' });
    const error = await rejectionOf(async () => findRoleId(cloud.client, 'none'));
    expect(isNameLookupError(error) && [error.reason, error.what, error.lookupName]).toEqual(['none', 'role', 'none']);
  });
});

describe('implied roles', () => {
  it('creates, gets, checks, lists and deletes an inference rule', async () => {
    const cloud = fakeKeystone();
    const path = `roles/${prior}/implies/${implied}`;
    cloud.reply('PUT', path, fx.createInference, { status: 201 });
    cloud.reply('GET', path, fx.getInference);
    cloud.reply('HEAD', path, undefined, { status: 204 });
    cloud.reply('HEAD', `roles/${implied}/implies/${prior}`, undefined, { status: 404 });
    cloud.reply('GET', `roles/${prior}/implies`, fx.listImplies);
    cloud.reply('DELETE', path, undefined, { status: 204 });
    expect(await createImpliedRole(cloud.client, prior, implied)).toMatchObject({ prior_role: { name: 'rec-role-prior' }, implies: { name: 'rec-role-implied' } });
    expect(cloud.lastRequest()).toMatchObject({ method: 'PUT', path, text: undefined });
    expect((await getImpliedRole(cloud.client, prior, implied)).implies.id).toBe(implied);
    expect(await checkImpliedRole(cloud.client, prior, implied)).toBe(true);
    expect(cloud.lastRequest().method).toBe('HEAD');
    expect(await checkImpliedRole(cloud.client, implied, prior)).toBe(false);
    expect((await getImpliedRoles(cloud.client, prior)).implies.map((r) => r.name)).toEqual(['rec-role-implied']);
    expect(cloud.lastRequest()).toMatchObject({ method: 'GET', path: `roles/${prior}/implies` });
    await deleteImpliedRole(cloud.client, prior, implied);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path });
  });

  it('lists every inference rule in one page', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', 'role_inferences', fx.roleInferences);
    const rules = await listRoleInferences(cloud.client).all();
    expect(rules.find((rule) => rule.prior_role.id === prior)?.implies.map((r) => r.id)).toEqual([implied]);
    expect(cloud.serviceRequests()).toHaveLength(1);
  });
});

describe('grants', () => {
  it('builds the path of each actor and target, and of inherited grants', async () => {
    const cloud = fakeKeystone();
    const cases: [Parameters<typeof assignRole>[1], string][] = [
      [{ role: prior, user, project }, `projects/${project}/users/${user}/roles/${prior}`],
      [{ role: prior, group, project }, `projects/${project}/groups/${group}/roles/${prior}`],
      [{ role: implied, user, domain: 'default' }, `domains/default/users/${user}/roles/${implied}`],
      [{ role: implied, group, domain: 'default' }, `domains/default/groups/${group}/roles/${implied}`],
      [{ role: prior, user, system: 'all' }, `system/users/${user}/roles/${prior}`],
      [{ role: prior, group, system: 'all' }, `system/groups/${group}/roles/${prior}`],
      [{ role: prior, user, domain: 'default', inherited: true }, `OS-INHERIT/domains/default/users/${user}/roles/${prior}/inherited_to_projects`],
      [{ role: prior, group, project, inherited: true }, `OS-INHERIT/projects/${project}/groups/${group}/roles/${prior}/inherited_to_projects`],
    ];
    for (const [grant, path] of cases) {
      cloud.reply('PUT', path, undefined, { status: 204 });
      cloud.reply('GET', path, undefined, { status: 204 });
      cloud.reply('DELETE', path, undefined, { status: 204 });
      await assignRole(cloud.client, grant);
      expect(cloud.lastRequest()).toMatchObject({ method: 'PUT', path, text: undefined });
      expect(await checkRoleAssignment(cloud.client, grant)).toBe(true);
      expect(cloud.lastRequest()).toMatchObject({ method: 'GET', path });
      await unassignRole(cloud.client, grant);
      expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path });
    }
  });

  it('a check answers false for a missing grant and throws for a missing user', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', `projects/${project}/users/${user}/roles/${implied}`, fx.checkMissingGet, { status: 404 });
    cloud.reply('GET', `projects/${project}/users/00000000000000000000000000000000/roles/${prior}`, fx.checkMissingUser, { status: 404 });
    expect(await checkRoleAssignment(cloud.client, { role: implied, user, project })).toBe(false);
    const error = await checkRoleAssignment(cloud.client, { role: prior, user: '00000000000000000000000000000000', project }).catch((e: unknown) => e);
    expect(isHttpError(error, 404) && [error.serviceErrorType, error.serviceMessage]).toEqual(['Not Found', 'Could not find user: 00000000000000000000000000000000.']);
  });

  it('lists the roles of an actor on each target', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', `projects/${project}/users/${user}/roles`, fx.listProjectUser);
    cloud.reply('GET', `projects/${project}/groups/${group}/roles`, fx.listProjectGroup);
    cloud.reply('GET', `domains/default/users/${user}/roles`, fx.listDomainUser);
    cloud.reply('GET', `system/users/${user}/roles`, fx.listSystemUser);
    cloud.reply('GET', `system/groups/${group}/roles`, fx.listSystemGroup);
    cloud.reply('GET', `OS-INHERIT/domains/default/users/${user}/roles/inherited_to_projects`, fx.listInheritedDomainUser);
    const names = async (target: Parameters<typeof listRolesForActor>[1]): Promise<string[]> => (await listRolesForActor(cloud.client, target).all()).map((r) => r.name);
    expect(await names({ user, project })).toEqual(['rec-role-prior']);
    expect(await names({ group, project })).toEqual(['rec-role-prior']);
    expect(await names({ user, domain: 'default' })).toEqual(['rec-role-implied']);
    expect(await names({ user, system: 'all' })).toEqual(['rec-role-prior']);
    expect(await names({ group, system: 'all' })).toEqual(['rec-role-prior']);
    expect(await names({ user, domain: 'default', inherited: true })).toEqual(['rec-role-prior']);
  });

  it('refuses a wrong actor or target before sending anything', async () => {
    const cloud = fakeKeystone();
    const bad: [() => unknown, string][] = [
      [async () => assignRole(cloud.client, { role: prior, project }), 'user'],
      [async () => assignRole(cloud.client, { role: prior, user, group, project }), 'user'],
      [async () => unassignRole(cloud.client, { role: prior, user }), 'project'],
      [async () => checkRoleAssignment(cloud.client, { role: prior, user, project, domain: 'default' }), 'project'],
      [async () => assignRole(cloud.client, { role: prior, user, system: 'domain' as 'all' }), 'system'],
      [async () => assignRole(cloud.client, { role: prior, user, system: 'all', inherited: true }), 'inherited'],
      [() => listRolesForActor(cloud.client, { group, project, inherited: true }), 'inherited'],
      [async () => assignRole(cloud.client, { role: '', user, project }), 'roleId'],
      [async () => assignRole(cloud.client, { role: prior, user: '', project }), 'userId'],
      [async () => assignRole(cloud.client, undefined as never), 'grant'],
      [() => listRolesForActor(cloud.client, null as never), 'grant'],
      [async () => getImpliedRoles(cloud.client, ''), 'priorRoleId'],
      [async () => checkImpliedRole(cloud.client, prior, ''), 'impliedRoleId'],
      [async () => findRoleId(cloud.client, ''), 'nameOrId'],
    ];
    for (const [call, field] of bad) {
      const error = await rejectionOf(call);
      expect(isInvalidInputError(error) && error.field).toBe(field);
    }
    expect(cloud.serviceRequests()).toHaveLength(0);
  });
});

describe('role assignments', () => {
  it('sends every filter', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', `role_assignments?user.id=${user}`, fx.raUser);
    cloud.reply('GET', `role_assignments?scope.project.id=${project}&include_names=true`, fx.raProjectNames);
    cloud.reply('GET', `role_assignments?user.id=${user}&effective=true&include_names=true`, fx.raEffective);
    cloud.reply('GET', `role_assignments?group.id=${group}&role.id=${prior}`, fx.raGroupRole);
    cloud.reply('GET', `role_assignments?scope.domain.id=default&user.id=${user}`, fx.raDomain);
    cloud.reply('GET', `role_assignments?scope.system=all&user.id=${user}`, fx.raSystem);
    cloud.reply('GET', `role_assignments?scope.OS-INHERIT%3Ainherited_to=projects&user.id=${user}`, fx.raInherited);
    cloud.reply('GET', `role_assignments?scope.project.id=${project}&include_subtree=true&role.id=${prior}`, fx.raSubtree);
    expect((await listRoleAssignments(cloud.client, { 'user.id': user }).all()).length).toBeGreaterThan(0);
    const named = await listRoleAssignments(cloud.client, { 'scope.project.id': project, include_names: true }).all();
    expect(named.map((a) => a.user?.name ?? a.group?.name)).toEqual(expect.arrayContaining(['rec-user', 'rec-group']));
    const effective = await listRoleAssignments(cloud.client, { 'user.id': user, effective: true, include_names: true }).all();
    expect(effective.map((a) => [a.role.name, a.links.membership !== undefined, a.links.prior_role !== undefined])).toEqual([
      ['rec-role-prior', false, false], ['rec-role-prior', true, false], ['rec-role-implied', true, true],
    ]);
    expect((await listRoleAssignments(cloud.client, { 'group.id': group, 'role.id': prior }).all()).every((a) => a.group?.id === group)).toBe(true);
    expect((await listRoleAssignments(cloud.client, { 'scope.domain.id': 'default', 'user.id': user }).all())[0]?.scope.domain?.id).toBe('default');
    expect((await listRoleAssignments(cloud.client, { 'scope.system': 'all', 'user.id': user }).all())[0]?.scope.system).toEqual({ all: true });
    const inherited = await listRoleAssignments(cloud.client, { 'scope.OS-INHERIT:inherited_to': 'projects', 'user.id': user }).all();
    expect(inherited[0]?.scope['OS-INHERIT:inherited_to']).toBe('projects');
    const subtree = await listRoleAssignments(cloud.client, { 'scope.project.id': project, include_subtree: true, 'role.id': prior }).all();
    expect(subtree).toHaveLength(3);
    expect(cloud.lastRequest().query).toEqual({ 'scope.project.id': project, include_subtree: 'true', 'role.id': prior });
  });

  it("a member's listing is Keystone's 403", async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', `role_assignments?scope.project.id=${project}`, fx.raMember403, { status: 403 });
    const error = await listRoleAssignments(cloud.client, { 'scope.project.id': project }).all().catch((e: unknown) => e);
    expect(isHttpError(error, 403) && [error.serviceErrorType, error.serviceMessage]).toEqual(['Forbidden', 'You are not authorized to perform the requested action: identity:list_role_assignments.']);
  });
});
