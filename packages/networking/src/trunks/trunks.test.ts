import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeNeutron, invalidField } from '../fake-neutron.fixtures.js';
import { addTrunkSubports, createTrunk, deleteTrunk, getTrunk, listTrunkSubports, listTrunks, removeTrunkSubports, updateTrunk } from './index.js';
import * as fx from './trunks.fixtures.js';

// The successful replies are the API reference's samples (see trunks.fixtures.ts): the local
// Neutron has no trunk plugin, so only its 404s could be recorded.
const id = fx.sampleGet.trunk.id;
const parent = fx.sampleCreate.trunk.port_id;
const subport = fx.sampleAddSubportsRequest.sub_ports[0]?.port_id ?? '';
const ZERO = '00000000-0000-0000-0000-000000000000';

describe('trunks (API reference samples)', () => {
  it('lists with every filter', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/trunks?id=${fx.sampleList.trunks[0]?.id ?? ''}&name=test&port_id=${parent}&admin_state_up=true&status=DOWN&description=d&project_id=p&revision_number=1&tags=a%2Cb&tags-any=c&not-tags=d&not-tags-any=e&sort_key=name&sort_dir=asc&fields=id&fields=name&limit=5&marker=m&page_reverse=false`, fx.sampleList);
    const query = {
      id: fx.sampleList.trunks[0]?.id ?? '', name: 'test', port_id: parent, admin_state_up: true, status: 'DOWN', description: 'd', project_id: 'p', revision_number: 1,
      tags: ['a', 'b'], 'tags-any': ['c'], 'not-tags': ['d'], 'not-tags-any': ['e'], sort_key: 'name', sort_dir: 'asc' as const, fields: ['id', 'name'], limit: 5, marker: 'm', page_reverse: false,
    };
    const trunks = await listTrunks(cloud.client, query).all();
    expect(trunks.map((t) => [t.name, t.status, t.sub_ports])).toEqual([['test', 'DOWN', []]]);
    expect(cloud.lastRequest().query.tags).toBe('a,b');
  });

  it('creates with subports, gets, updates and deletes', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/trunks', fx.sampleCreate, { status: 201 });
    cloud.reply('GET', `v2.0/trunks/${id}`, fx.sampleGet);
    cloud.reply('PUT', `v2.0/trunks/${id}`, fx.sampleUpdate);
    cloud.reply('DELETE', `v2.0/trunks/${id}`, undefined, { status: 204 });
    const input = {
      ...fx.sampleCreateRequest.trunk, description: 'parent', project_id: fx.sampleCreate.trunk.project_id,
      sub_ports: [{ port_id: subport, segmentation_type: 'vlan', segmentation_id: 44 }, { port_id: ZERO, segmentation_type: 'inherit' }],
    };
    const trunk = await createTrunk(cloud.client, input);
    expect(cloud.lastRequest().json).toEqual({ trunk: input });
    expect(trunk).toMatchObject({ id, port_id: parent, name: 'test', admin_state_up: true, status: 'DOWN' });
    expect((await getTrunk(cloud.client, id)).sub_ports).toEqual([{ segmentation_type: 'vlan', port_id: subport, segmentation_id: 44 }]);
    const changes = { ...fx.sampleUpdateRequest.trunk, description: 'renamed' };
    expect((await updateTrunk(cloud.client, id, changes)).name).toBe('foo');
    expect(cloud.lastRequest().json).toEqual({ trunk: changes });
    await deleteTrunk(cloud.client, id);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `v2.0/trunks/${id}` });
  });

  it('adds, lists and removes subports; the actions answer with the bare trunk', async () => {
    const cloud = fakeNeutron();
    cloud.reply('PUT', `v2.0/trunks/${id}/add_subports`, fx.sampleAddSubports);
    cloud.reply('GET', `v2.0/trunks/${id}/get_subports`, fx.sampleListSubports);
    cloud.reply('PUT', `v2.0/trunks/${id}/remove_subports`, fx.sampleRemoveSubports);
    const added = await addTrunkSubports(cloud.client, id, fx.sampleAddSubportsRequest.sub_ports);
    expect(cloud.lastRequest().json).toEqual(fx.sampleAddSubportsRequest);
    expect(added).toMatchObject({ id, revision_number: 2, sub_ports: [{ port_id: subport, segmentation_type: 'vlan', segmentation_id: 44 }] });
    expect(await listTrunkSubports(cloud.client, id).all()).toEqual(fx.sampleListSubports.sub_ports);
    const removed = await removeTrunkSubports(cloud.client, id, fx.sampleRemoveSubportsRequest.sub_ports);
    expect(cloud.lastRequest()).toMatchObject({ method: 'PUT', json: { sub_ports: [{ port_id: subport }] } });
    expect(removed).toMatchObject({ id, sub_ports: [], revision_number: 3 });
  });
});

describe('trunks (recorded without the trunk extension)', () => {
  it('every call is a plain 404 HTTPNotFound', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/trunks', fx.listMissing, { status: 404 });
    cloud.reply('POST', 'v2.0/trunks', fx.createMissing, { status: 404 });
    cloud.reply('GET', `v2.0/trunks/${ZERO}`, fx.getMissing, { status: 404 });
    cloud.reply('PUT', `v2.0/trunks/${ZERO}/add_subports`, fx.addSubportsMissing, { status: 404 });
    const errors = await Promise.all([
      listTrunks(cloud.client).all().catch((e: unknown) => e),
      createTrunk(cloud.client, { port_id: ZERO, name: 'rec-trunk' }).catch((e: unknown) => e),
      getTrunk(cloud.client, ZERO).catch((e: unknown) => e),
      addTrunkSubports(cloud.client, ZERO, [{ port_id: ZERO, segmentation_type: 'vlan', segmentation_id: 100 }]).catch((e: unknown) => e),
    ]);
    for (const error of errors) expect(isHttpError(error, 404) && [error.serviceErrorType, error.serviceMessage]).toEqual(['HTTPNotFound', 'The resource could not be found.']);
    expect(cloud.serviceRequests().find((r) => r.method === 'POST')?.json).toEqual({ trunk: { port_id: ZERO, name: 'rec-trunk' } });
  });

  it('refuses an empty trunk ID without sending', async () => {
    const cloud = fakeNeutron();
    expect(invalidField(await rejectionOf(getTrunk(cloud.client, '')))).toBe('trunkId');
    expect(invalidField(await rejectionOf(updateTrunk(cloud.client, '', { name: 'x' })))).toBe('trunkId');
    expect(invalidField(await rejectionOf(deleteTrunk(cloud.client, ' ')))).toBe('trunkId');
    expect(invalidField(await rejectionOf(addTrunkSubports(cloud.client, '', [])))).toBe('trunkId');
    expect(invalidField(await rejectionOf(removeTrunkSubports(cloud.client, '', [])))).toBe('trunkId');
    expect(invalidField(await rejectionOf(() => listTrunkSubports(cloud.client, '')))).toBe('trunkId');
    expect(cloud.serviceRequests()).toHaveLength(0);
  });
});
