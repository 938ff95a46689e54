import { describe, expect, it } from '@jest/globals';
import { isHttpError, isInvalidInputError, isNameLookupError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeNeutron, invalidField } from '../fake-neutron.fixtures.js';
import { createSecurityGroup, deleteSecurityGroup, findSecurityGroupId, getSecurityGroup, listSecurityGroups, updateSecurityGroup } from './index.js';
import * as fx from './security-groups.fixtures.js';

const id = fx.create.security_group.id;
const defaultId = fx.listDefault.security_groups[0]!.id;

describe('security groups', () => {
  it('creates with the two egress rules Neutron adds, gets, updates and deletes', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/security-groups', fx.create, { status: 201 });
    cloud.reply('GET', `v2.0/security-groups/${id}`, fx.get);
    cloud.reply('PUT', `v2.0/security-groups/${id}`, fx.update);
    cloud.reply('DELETE', `v2.0/security-groups/${id}`, undefined, { status: 204 });

    const group = await createSecurityGroup(cloud.client, { name: 'rec-sg', description: 'recorded', stateful: true });
    expect(cloud.lastRequest()).toMatchObject({ method: 'POST', path: 'v2.0/security-groups', json: { security_group: { name: 'rec-sg', description: 'recorded', stateful: true } } });
    expect(group).toMatchObject({ name: 'rec-sg', stateful: true, shared: false });
    expect(group.security_group_rules.map((rule) => [rule.direction, rule.ethertype, rule.remote_ip_prefix])).toEqual([
      ['egress', 'IPv6', null],
      ['egress', 'IPv4', null],
    ]);

    expect((await getSecurityGroup(cloud.client, id)).description).toBe('recorded');
    expect(cloud.lastRequest()).toMatchObject({ method: 'GET', path: `v2.0/security-groups/${id}` });

    const updated = await updateSecurityGroup(cloud.client, id, { name: 'rec-sg-2', description: 'changed', stateful: false });
    expect(cloud.lastRequest()).toMatchObject({ method: 'PUT', json: { security_group: { name: 'rec-sg-2', description: 'changed', stateful: false } } });
    expect(updated).toMatchObject({ name: 'rec-sg-2', description: 'changed', stateful: false, revision_number: 2 });

    await deleteSecurityGroup(cloud.client, id);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `v2.0/security-groups/${id}`, text: undefined });
  });

  it('creates a stateless group, and as admin one in another project', async () => {
    const cloud = fakeNeutron();
    cloud.replyOnce('POST', 'v2.0/security-groups', fx.createStateless, { status: 201 });
    cloud.replyOnce('POST', 'v2.0/security-groups', fx.createAdmin, { status: 201 });
    expect((await createSecurityGroup(cloud.client, { name: 'rec-sg-stateless', stateful: false })).stateful).toBe(false);
    const project = fx.createAdmin.security_group.project_id;
    const group = await createSecurityGroup(cloud.client, { name: 'rec-sg-admin', project_id: project });
    expect(cloud.lastRequest().json).toEqual({ security_group: { name: 'rec-sg-admin', project_id: project } });
    expect(group).toMatchObject({ project_id: project, description: '', stateful: true });
  });

  it('lists the default group with its rules', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/security-groups?name=default', fx.listDefault);
    const [group, ...others] = await listSecurityGroups(cloud.client, { name: 'default' }).all();
    expect(others).toEqual([]);
    const ingress = group!.security_group_rules.filter((rule) => rule.direction === 'ingress');
    expect(ingress.map((rule) => [rule.ethertype, rule.remote_group_id])).toEqual([
      ['IPv6', defaultId],
      ['IPv4', defaultId],
    ]);
  });

  it('repeats names and fields, and follows security_groups_links to an empty page', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/security-groups?shared=false&name=rec-sg-2&name=rec-sg-stateless&fields=id&fields=name&fields=stateful&sort_key=name&sort_dir=desc', fx.listFilters);
    const filtered = await listSecurityGroups(cloud.client, { shared: false, name: ['rec-sg-2', 'rec-sg-stateless'], fields: ['id', 'name', 'stateful'], sort_key: 'name', sort_dir: 'desc' }).all();
    expect(filtered.map((group) => [group.name, group.stateful])).toEqual([
      ['rec-sg-stateless', false],
      ['rec-sg-2', false],
    ]);

    cloud.reply('GET', 'v2.0/security-groups?limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name', fx.listPage1);
    for (const page of [fx.listPage1, fx.listPage2, fx.listPage3]) {
      const next = page.security_groups_links.find((link) => link.rel === 'next')!.href;
      cloud.reply('GET', next, page === fx.listPage1 ? fx.listPage2 : page === fx.listPage2 ? fx.listPage3 : fx.listPage4);
    }
    const pages: string[][] = [];
    for await (const page of listSecurityGroups(cloud.client, { limit: 1, sort_key: 'name', sort_dir: 'asc', fields: ['id', 'name'] }).byPage()) {
      pages.push(page.map((group) => group.name));
    }
    expect(pages.flat()).toEqual(['default', 'rec-sg-2', 'rec-sg-stateless']);
    expect(cloud.serviceRequests()).toHaveLength(5);
  });

  it('passes the common filters and joins tag filters with commas', async () => {
    const cloud = fakeNeutron();
    cloud.reply(
      'GET',
      'v2.0/security-groups?id=a&id=b&description=d&project_id=p&revision_number=1&tags=x%2Cy&tags-any=z&not-tags=u&not-tags-any=v&marker=m&page_reverse=true',
      fx.find,
    );
    const query = { id: ['a', 'b'], description: 'd', project_id: 'p', revision_number: 1, tags: ['x', 'y'], 'tags-any': ['z'], 'not-tags': ['u'], 'not-tags-any': ['v'], marker: 'm', page_reverse: true };
    expect((await listSecurityGroups(cloud.client, query).all()).map((group) => group.name)).toEqual(['rec-sg-2']);
    expect(cloud.lastRequest().query.tags).toBe('x,y');
  });

  it('sends the stateful filter, which Zed refuses', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/security-groups?stateful=false', fx.listStatefulFilter, { status: 400 });
    const error = await listSecurityGroups(cloud.client, { stateful: false }).all().catch((e: unknown) => e);
    expect(isHttpError(error, 400) && error.serviceMessage).toBe("['stateful'] is invalid attribute for filtering");
  });

  it('findSecurityGroupId takes an ID first, then a unique name', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/security-groups/${fx.get.security_group.id}`, fx.get);
    cloud.reply('GET', 'v2.0/security-groups/rec-sg-2', fx.getMissing, { status: 404 });
    cloud.reply('GET', 'v2.0/security-groups?name=rec-sg-2&fields=id&fields=name', fx.find);
    cloud.reply('GET', 'v2.0/security-groups/none', fx.getMissing, { status: 404 });
    cloud.reply('GET', 'v2.0/security-groups?name=none&fields=id&fields=name', { security_groups: [] });
    expect(await findSecurityGroupId(cloud.client, fx.get.security_group.id)).toEqual({ id: fx.get.security_group.id, matchedBy: 'id' });
    expect(cloud.serviceRequests()).toHaveLength(1);
    expect(await findSecurityGroupId(cloud.client, 'rec-sg-2')).toEqual({ id: id, matchedBy: 'name' });
    expect(cloud.serviceRequests().slice(1).map((r) => r.url)).toEqual([
      'http://127.0.0.1:9696/v2.0/security-groups/rec-sg-2',
      'http://127.0.0.1:9696/v2.0/security-groups?name=rec-sg-2&fields=id&fields=name',
    ]);
    const none = await rejectionOf(findSecurityGroupId(cloud.client, 'none'));
    expect(isNameLookupError(none) && [none.reason, none.lookupName]).toEqual(['none', 'none']);
    expect(invalidField(await rejectionOf(findSecurityGroupId(cloud.client, '')))).toBe('nameOrId');
  });

  it("Neutron's errors name their type", async () => {
    const cloud = fakeNeutron();
    const missing = '00000000-0000-0000-0000-000000000000';
    cloud.reply('GET', `v2.0/security-groups/${missing}`, fx.getMissing, { status: 404 });
    cloud.reply('DELETE', `v2.0/security-groups/${id}`, fx.deleteMissing, { status: 404 });
    cloud.reply('DELETE', `v2.0/security-groups/${defaultId}`, fx.deleteDefault, { status: 409 });
    cloud.replyOnce('PUT', `v2.0/security-groups/${defaultId}`, fx.renameDefault, { status: 409 });
    cloud.replyOnce('PUT', `v2.0/security-groups/${defaultId}`, fx.updateDefaultName, { status: 409 });
    cloud.replyOnce('POST', 'v2.0/security-groups', fx.createNamedDefault, { status: 409 });
    cloud.replyOnce('POST', 'v2.0/security-groups', fx.createOtherProject, { status: 400 });
    const inUse = '333f2eff-da6a-4fad-b356-d8572bc26792';
    cloud.reply('PUT', `v2.0/security-groups/${inUse}`, fx.updateStatefulInUse, { status: 409 });
    cloud.reply('DELETE', `v2.0/security-groups/${inUse}`, fx.deleteInUse, { status: 409 });

    const type = async (promise: Promise<unknown>): Promise<[number, string | undefined] | undefined> => {
      const error = await promise.then(() => undefined, (e: unknown) => e);
      return isHttpError(error) ? [error.status, error.serviceErrorType] : undefined;
    };
    expect(await type(getSecurityGroup(cloud.client, missing))).toEqual([404, 'SecurityGroupNotFound']);
    expect(await type(deleteSecurityGroup(cloud.client, id))).toEqual([404, 'SecurityGroupNotFound']);
    expect(await type(deleteSecurityGroup(cloud.client, defaultId))).toEqual([409, 'SecurityGroupCannotRemoveDefault']);
    expect(await type(updateSecurityGroup(cloud.client, defaultId, { name: 'rec-default' }))).toEqual([409, 'SecurityGroupCannotUpdateDefault']);
    expect(await type(updateSecurityGroup(cloud.client, defaultId, { name: 'default', description: 'Default security group' }))).toEqual([409, 'SecurityGroupDefaultAlreadyExists']);
    expect(await type(createSecurityGroup(cloud.client, { name: 'default' }))).toEqual([409, 'SecurityGroupDefaultAlreadyExists']);
    expect(await type(createSecurityGroup(cloud.client, { name: 'rec-sg-other', project_id: 'fce686c7d1ca46108d67d3c934f443fb' }))).toEqual([400, 'HTTPBadRequest']);
    expect(await type(updateSecurityGroup(cloud.client, inUse, { stateful: false }))).toEqual([409, 'SecurityGroupInUse']);
    expect(await type(deleteSecurityGroup(cloud.client, inUse))).toEqual([409, 'SecurityGroupInUse']);
  });

  it('refuses an empty ID before sending', async () => {
    const cloud = fakeNeutron();
    for (const call of [async () => getSecurityGroup(cloud.client, ''), async () => updateSecurityGroup(cloud.client, ' ', {}), async () => deleteSecurityGroup(cloud.client, '')]) {
      const error = await rejectionOf(call);
      expect(isInvalidInputError(error) && error.field).toBe('securityGroupId');
    }
    expect(cloud.requests).toEqual([]);
  });
});
