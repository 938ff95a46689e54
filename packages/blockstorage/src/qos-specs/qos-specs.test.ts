import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import {
  associateQosSpec,
  createQosSpec,
  deleteQosSpec,
  disassociateQosSpec,
  disassociateQosSpecFromAllTypes,
  getQosSpec,
  listQosSpecAssociations,
  listQosSpecs,
  setQosSpecKeys,
  unsetQosSpecKeys,
} from './index.js';
import * as fx from './qos-specs.fixtures.js';
import { fakeCinder, inputRefusal } from '../fake-cinder.fixtures.js';

const id = fx.got.qos_specs.id;
const typeId = fx.associations.qos_associations[0]?.id ?? '';
const admin = () => fakeCinder('3.70', 'http://127.0.0.1:8776/v3/ADMIN_PROJECT');

describe('QoS specs', () => {
  it('lists across pages, following qos_specs_links', async () => {
    const cloud = admin();
    const first = fx.page1.qos_specs[0]?.id ?? '';
    const second = fx.page2.qos_specs[0]?.id ?? '';
    cloud.reply('GET', 'qos-specs?limit=1&sort_key=created_at&sort_dir=asc', fx.page1);
    cloud.reply('GET', `qos-specs?limit=1&sort_key=created_at&sort_dir=asc&marker=${first}`, fx.page2);
    cloud.reply('GET', `qos-specs?limit=1&sort_key=created_at&sort_dir=asc&marker=${second}`, fx.page3);
    const specs = await listQosSpecs(cloud.client, { limit: 1, sort_key: 'created_at', sort_dir: 'asc' }).all();
    expect(specs.map((s) => s.name)).toEqual(['rec-qos-a', 'rec-qos-b']);
    expect(specs[0]).toEqual({ id: first, name: 'rec-qos-a', consumer: 'front-end', specs: { total_iops_sec: '100' } });
    expect(cloud.serviceRequests()[0]?.headers['openstack-api-version']).toBe('volume 3.70');
  });

  it("sends sort, marker and offset as given, and passes on Cinder's refusal of a name sort", async () => {
    const cloud = admin();
    cloud.reply('GET', 'qos-specs?sort=name%3Aasc&limit=1&marker=m1&offset=1', fx.sortByNameRefused, { status: 400 });
    const error = await rejectionOf(async () => listQosSpecs(cloud.client, { sort: 'name:asc', limit: 1, marker: 'm1', offset: 1 }).all());
    expect(isHttpError(error, 400) && error.message).toMatch(/Invalid sort key/);
  });

  it('creates QoS specs, sending the limits beside name and consumer', async () => {
    const cloud = admin();
    cloud.reply('POST', 'qos-specs', fx.created);
    const spec = await createQosSpec(cloud.client, { name: 'rec-qos', consumer: 'back-end', specs: { read_iops_sec: '1000', write_iops_sec: '500' } });
    expect(cloud.lastRequest().json).toEqual({ qos_specs: { name: 'rec-qos', consumer: 'back-end', read_iops_sec: '1000', write_iops_sec: '500' } });
    expect(spec).toEqual(fx.created.qos_specs);
    const bare = admin();
    bare.reply('POST', 'qos-specs', fx.createdDefaults);
    expect(await createQosSpec(bare.client, { name: 'rec-qos-b' })).toMatchObject({ consumer: 'back-end', specs: {} });
    expect(bare.lastRequest().json).toEqual({ qos_specs: { name: 'rec-qos-b' } });
  });

  it('gets, sets and unsets keys', async () => {
    const cloud = admin();
    cloud.reply('GET', `qos-specs/${id}`, fx.gotAfterChanges);
    cloud.reply('PUT', `qos-specs/${id}`, fx.keysSet);
    cloud.reply('PUT', `qos-specs/${id}/delete_keys`, undefined, { status: 202 });
    expect(await setQosSpecKeys(cloud.client, id, { read_iops_sec: '2000', total_bytes_sec: '1048576' })).toEqual({ read_iops_sec: '2000', total_bytes_sec: '1048576' });
    expect(cloud.lastRequest().json).toEqual({ qos_specs: { read_iops_sec: '2000', total_bytes_sec: '1048576' } });
    await unsetQosSpecKeys(cloud.client, id, ['write_iops_sec']);
    expect(cloud.lastRequest()).toMatchObject({ method: 'PUT', path: `qos-specs/${id}/delete_keys`, json: { keys: ['write_iops_sec'] } });
    expect((await getQosSpec(cloud.client, id)).specs).toEqual({ read_iops_sec: '2000', total_bytes_sec: '1048576' });
  });

  it('associates with a type, lists the associations, and disassociates (one type, all)', async () => {
    const cloud = admin();
    cloud.reply('GET', `qos-specs/${id}/associate?vol_type_id=${typeId}`, undefined, { status: 202 });
    cloud.reply('GET', `qos-specs/${id}/disassociate?vol_type_id=${typeId}`, undefined, { status: 202 });
    cloud.reply('GET', `qos-specs/${id}/disassociate_all`, undefined, { status: 202 });
    cloud.replyOnce('GET', `qos-specs/${id}/associations`, fx.associations);
    cloud.reply('GET', `qos-specs/${id}/associations`, fx.noAssociations);
    await associateQosSpec(cloud.client, id, typeId);
    expect(await listQosSpecAssociations(cloud.client, id).all()).toEqual([{ association_type: 'volume_type', name: 'rec-type-renamed', id: typeId }]);
    await disassociateQosSpec(cloud.client, id, typeId);
    await disassociateQosSpecFromAllTypes(cloud.client, id);
    expect(await listQosSpecAssociations(cloud.client, id).all()).toEqual([]);
    expect(cloud.serviceRequests().map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET qos-specs/${id}/associate?vol_type_id=${typeId}`,
      `GET qos-specs/${id}/associations`,
      `GET qos-specs/${id}/disassociate?vol_type_id=${typeId}`,
      `GET qos-specs/${id}/disassociate_all`,
      `GET qos-specs/${id}/associations`,
    ]);
  });

  it('deletes, with force when the specs are in use', async () => {
    const cloud = admin();
    cloud.replyOnce('DELETE', `qos-specs/${id}`, fx.deleteInUseRefused, { status: 400 });
    cloud.reply('DELETE', `qos-specs/${id}?force=true`, undefined, { status: 202 });
    const error = await rejectionOf(async () => deleteQosSpec(cloud.client, id));
    expect(isHttpError(error, 400) && error.message).toMatch(/Qos specs still in use/);
    await deleteQosSpec(cloud.client, id, { force: true });
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', query: { force: 'true' } });
  });

  it("passes on the member's 403", async () => {
    const cloud = fakeCinder();
    cloud.reply('GET', 'qos-specs', fx.listRefused, { status: 403 });
    cloud.reply('POST', 'qos-specs', fx.createRefused, { status: 403 });
    expect(isHttpError(await rejectionOf(async () => listQosSpecs(cloud.client).all()), 403)).toBe(true);
    expect(isHttpError(await rejectionOf(async () => createQosSpec(cloud.client, { name: 'x' })), 403)).toBe(true);
  });

  it('refuses bad input before sending', async () => {
    const cloud = admin();
    expect(await inputRefusal(async () => createQosSpec(cloud.client, { name: '' }))).toMatchObject({ field: 'name' });
    expect(await inputRefusal(async () => unsetQosSpecKeys(cloud.client, id, []))).toMatchObject({ field: 'keys' });
    expect(await inputRefusal(async () => setQosSpecKeys(cloud.client, id, null as never))).toMatchObject({ field: 'specs' });
    expect(await inputRefusal(async () => associateQosSpec(cloud.client, id, ''))).toMatchObject({ field: 'volumeTypeId' });
    expect(await inputRefusal(() => listQosSpecAssociations(cloud.client, ''))).toMatchObject({ field: 'qosSpecId' });
    expect(await inputRefusal(async () => getQosSpec(cloud.client, ''))).toMatchObject({ field: 'qosSpecId' });
    expect(await inputRefusal(() => listQosSpecs(cloud.client, { sort: 'id:asc', sort_key: 'id' }))).toMatchObject({ field: 'sort' });
    expect(cloud.requests).toHaveLength(0);
  });
});
