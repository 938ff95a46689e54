import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import type { NetworkingClient } from '../src/client.js';
import { createAddressScope, deleteAddressScope, getAddressScope, listAddressScopes, updateAddressScope } from '../src/address-scopes/index.js';
import { createNetworkingClient } from '../src/client.js';

describeWithService('network', 'address scopes against the real Neutron', () => {
  const cleanup = useCleanup();
  let neutron: NetworkingClient;
  let id: string;
  let name: string;

  it('creates, gets, lists with filters and renames an address scope (as the member)', async () => {
    neutron = await createNetworkingClient(await memberProvider());
    name = uniqueName('address-scope');
    const scope = await createAddressScope(neutron, { name, ip_version: 6 });
    id = scope.id;
    cleanup.add(`address scope ${name}`, async () => deleteAddressScope(neutron, scope.id));
    expect(scope).toMatchObject({ name, ip_version: 6, shared: false });
    expect(await getAddressScope(neutron, id)).toEqual(scope);
    expect((await listAddressScopes(neutron, { name, ip_version: 6, fields: ['id', 'name'] }).all())).toEqual([{ id, name }]);
    expect(await listAddressScopes(neutron, { name, ip_version: 4 }).all()).toEqual([]);
    name = `${name}-2`;
    expect((await updateAddressScope(neutron, id, { name })).name).toBe(name);
  });

  it('may not share it (403 PolicyNotAuthorized)', async () => {
    const error = await updateAddressScope(neutron, id, { shared: true }).catch((e: unknown) => e);
    expect(isHttpError(error, 403) && error.serviceErrorType).toBe('PolicyNotAuthorized');
  });

  it('deletes it; a second delete is AddressScopeNotFound', async () => {
    await deleteAddressScope(neutron, id);
    const error = await deleteAddressScope(neutron, id).catch((e: unknown) => e);
    expect(isHttpError(error, 404) && error.serviceErrorType).toBe('AddressScopeNotFound');
  });

  describeAsAdmin('as admin', () => {
    it('shares a scope, which the member then sees', async () => {
      const admin = await createNetworkingClient(await adminProvider());
      const scopeName = uniqueName('address-scope');
      const scope = await createAddressScope(admin, { name: scopeName, ip_version: 4 });
      cleanup.add(`address scope ${scopeName}`, async () => deleteAddressScope(admin, scope.id));
      expect(await listAddressScopes(neutron, { name: scopeName }).all()).toEqual([]);
      expect((await updateAddressScope(admin, scope.id, { shared: true })).shared).toBe(true);
      expect((await listAddressScopes(neutron, { name: scopeName, shared: true }).all()).map((s) => s.id)).toEqual([scope.id]);
      const pages: number[] = [];
      for await (const page of listAddressScopes(admin, { id: [scope.id], limit: 1, sort_key: 'name', sort_dir: 'asc' }).byPage()) pages.push(page.length);
      expect(pages[0]).toBe(1);
    });
  });
});
