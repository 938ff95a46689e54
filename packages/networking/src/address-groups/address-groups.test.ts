import { describe, expect, it } from '@jest/globals';
import { isHttpError, isInvalidInputError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeNeutron } from '../fake-neutron.fixtures.js';
import * as fx from './address-groups.fixtures.js';
import {
  addAddressGroupAddresses,
  createAddressGroup,
  deleteAddressGroup,
  getAddressGroup,
  listAddressGroups,
  removeAddressGroupAddresses,
  updateAddressGroup,
} from './index.js';

const id = fx.create.address_group.id;

describe('address groups', () => {
  it('creates, gets, updates and deletes', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/address-groups', fx.create, { status: 201 });
    cloud.reply('GET', `v2.0/address-groups/${id}`, fx.get);
    cloud.reply('PUT', `v2.0/address-groups/${id}`, fx.update);
    cloud.reply('DELETE', `v2.0/address-groups/${id}`, undefined, { status: 204 });

    const input = { name: 'rec-ag', description: 'recorded', addresses: ['192.0.2.10/32', '198.51.100.0/24', '2001:db8::1/128'] };
    expect(await createAddressGroup(cloud.client, input)).toEqual(fx.create.address_group);
    expect(cloud.lastRequest()).toMatchObject({ method: 'POST', path: 'v2.0/address-groups', json: { address_group: input } });
    expect((await getAddressGroup(cloud.client, id)).addresses).toEqual(input.addresses);
    const updated = await updateAddressGroup(cloud.client, id, { name: 'rec-ag-2', description: 'changed' });
    expect(cloud.lastRequest()).toMatchObject({ method: 'PUT', path: `v2.0/address-groups/${id}`, json: { address_group: { name: 'rec-ag-2', description: 'changed' } } });
    expect(updated).toMatchObject({ name: 'rec-ag-2', description: 'changed' });
    await deleteAddressGroup(cloud.client, id);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `v2.0/address-groups/${id}`, text: undefined });
  });

  it('as admin, creates one in another project, without addresses', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/address-groups', fx.createAdmin, { status: 201 });
    const project = fx.createAdmin.address_group.project_id;
    const group = await createAddressGroup(cloud.client, { name: 'rec-ag-admin', project_id: project });
    expect(cloud.lastRequest().json).toEqual({ address_group: { name: 'rec-ag-admin', project_id: project } });
    expect(group).toMatchObject({ project_id: project, addresses: [], description: '' });
  });

  it('adds and removes addresses with PUT actions', async () => {
    const cloud = fakeNeutron();
    cloud.reply('PUT', `v2.0/address-groups/${id}/add_addresses`, fx.add);
    cloud.reply('PUT', `v2.0/address-groups/${id}/remove_addresses`, fx.remove);
    const added = await addAddressGroupAddresses(cloud.client, id, { addresses: ['203.0.113.0/25'] });
    expect(cloud.lastRequest()).toMatchObject({ method: 'PUT', path: `v2.0/address-groups/${id}/add_addresses`, json: { addresses: ['203.0.113.0/25'] } });
    expect(added.addresses).toEqual(['192.0.2.10/32', '198.51.100.0/24', '2001:db8::1/128', '203.0.113.0/25']);
    const removed = await removeAddressGroupAddresses(cloud.client, id, { addresses: ['198.51.100.0/24', '2001:db8::1/128'] });
    expect(cloud.lastRequest()).toMatchObject({ method: 'PUT', path: `v2.0/address-groups/${id}/remove_addresses`, json: { addresses: ['198.51.100.0/24', '2001:db8::1/128'] } });
    expect(removed).toMatchObject({ addresses: ['192.0.2.10/32', '203.0.113.0/25'], shared: false, revision_number: 7 });
  });

  it('lists with filters and repeated fields', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/address-groups?name=rec-ag-2&fields=id&fields=name&fields=addresses', fx.list);
    cloud.reply('GET', 'v2.0/address-groups?description=changed', fx.listByDescription);
    cloud.reply('GET', 'v2.0/address-groups?id=a&id=b&project_id=p&sort_key=name&sort_dir=desc&limit=2', { address_groups: [] });
    expect((await listAddressGroups(cloud.client, { name: 'rec-ag-2', fields: ['id', 'name', 'addresses'] }).all()).map((group) => group.addresses)).toEqual([['192.0.2.10/32', '203.0.113.0/25']]);
    expect((await listAddressGroups(cloud.client, { description: 'changed' }).all()).map((group) => group.id)).toEqual([id]);
    expect(await listAddressGroups(cloud.client, { id: ['a', 'b'], project_id: 'p', sort_key: 'name', sort_dir: 'desc', limit: 2 }).all()).toEqual([]);
  });

  it('follows address_groups_links to an empty page', async () => {
    const cloud = fakeNeutron();
    const nextOf = (page: { address_groups_links: { rel: string; href: string }[] }): string => page.address_groups_links.find((link) => link.rel === 'next')!.href;
    cloud.reply('GET', 'v2.0/address-groups?name=rec-ag-p1&name=rec-ag-p2&limit=1&sort_key=name&sort_dir=asc', fx.listPage1);
    cloud.reply('GET', nextOf(fx.listPage1), fx.listPage2);
    cloud.reply('GET', nextOf(fx.listPage2), fx.listPage3);
    const groups = await listAddressGroups(cloud.client, { name: ['rec-ag-p1', 'rec-ag-p2'], limit: 1, sort_key: 'name', sort_dir: 'asc' }).all();
    expect(groups.map((group) => [group.name, group.addresses])).toEqual([
      ['rec-ag-p1', ['192.0.2.1/32']],
      ['rec-ag-p2', []],
    ]);
    expect(cloud.serviceRequests()).toHaveLength(3);
  });

  it("Neutron's errors name their type", async () => {
    const cloud = fakeNeutron();
    const missing = '00000000-0000-0000-0000-000000000000';
    cloud.reply('POST', 'v2.0/address-groups', fx.createBadCidr, { status: 400 });
    cloud.reply('GET', `v2.0/address-groups/${missing}`, fx.getMissing, { status: 404 });
    cloud.reply('PUT', `v2.0/address-groups/${id}/add_addresses`, fx.addExisting, { status: 400 });
    cloud.reply('PUT', `v2.0/address-groups/${id}/remove_addresses`, fx.removeMissing, { status: 404 });
    cloud.reply('DELETE', `v2.0/address-groups/${id}`, fx.deleteInUse, { status: 409 });
    const failure = async (promise: Promise<unknown>): Promise<[number, string | undefined, string | undefined] | undefined> => {
      const error = await promise.then(() => undefined, (e: unknown) => e);
      return isHttpError(error) ? [error.status, error.serviceErrorType, error.serviceMessage] : undefined;
    };
    expect(await failure(createAddressGroup(cloud.client, { name: 'rec-ag', addresses: ['2001:db8::1'] }))).toEqual([
      400,
      'HTTPBadRequest',
      "Invalid input for addresses. Reason: '2001:db8::1' isn't a recognized IP subnet cidr, '2001:db8::1/128' is recommended.",
    ]);
    expect((await failure(getAddressGroup(cloud.client, missing)))?.slice(0, 2)).toEqual([404, 'AddressGroupNotFound']);
    expect((await failure(addAddressGroupAddresses(cloud.client, id, { addresses: ['203.0.113.0/25', '192.0.2.10/32'] })))?.slice(0, 2)).toEqual([400, 'AddressesAlreadyExist']);
    expect((await failure(removeAddressGroupAddresses(cloud.client, id, { addresses: ['198.51.100.0/24'] })))?.slice(0, 2)).toEqual([404, 'AddressesNotFound']);
    expect((await failure(deleteAddressGroup(cloud.client, id)))?.slice(0, 2)).toEqual([409, 'AddressGroupInUse']);
  });

  it('refuses an empty ID before sending', async () => {
    const cloud = fakeNeutron();
    const calls = [
      async () => getAddressGroup(cloud.client, ''),
      async () => updateAddressGroup(cloud.client, '', {}),
      async () => deleteAddressGroup(cloud.client, ' '),
      async () => addAddressGroupAddresses(cloud.client, '', { addresses: [] }),
      async () => removeAddressGroupAddresses(cloud.client, '', { addresses: [] }),
    ];
    for (const call of calls) {
      const error = await rejectionOf(call);
      expect(isInvalidInputError(error) && error.field).toBe('addressGroupId');
    }
    expect(cloud.requests).toEqual([]);
  });
});
