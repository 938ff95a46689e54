import { describe, expect, it } from '@jest/globals';
import { isHttpError, isInvalidInputError, isNameLookupError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import {
  addVolumeTypeAccess,
  createVolumeType,
  createVolumeTypeEncryption,
  deleteVolumeType,
  deleteVolumeTypeEncryption,
  deleteVolumeTypeExtraSpec,
  findVolumeTypeId,
  getDefaultVolumeType,
  getVolumeType,
  getVolumeTypeEncryption,
  getVolumeTypeEncryptionSpec,
  getVolumeTypeExtraSpec,
  getVolumeTypeExtraSpecs,
  listVolumeTypeAccess,
  listVolumeTypes,
  removeVolumeTypeAccess,
  setVolumeTypeExtraSpecs,
  updateVolumeType,
  updateVolumeTypeEncryption,
  updateVolumeTypeExtraSpec,
} from './index.js';
import * as fx from './volume-types.fixtures.js';
import { fakeCinder, inputRefusal, microversionRefusal } from '../fake-cinder.fixtures.js';

const id = fx.got.volume_type.id;
const encryptionId = fx.encryptionCreated.encryption.encryption_id;
const project = fx.access.volume_type_access[0]?.project_id ?? '';
const admin = (microversion = '3.70') => fakeCinder(microversion, 'http://127.0.0.1:8776/v3/ADMIN_PROJECT');

describe('volume types', () => {
  it('lists private types across pages, following volume_type_links', async () => {
    const cloud = admin();
    cloud.reply('GET', 'types?is_public=false&limit=1&sort=name%3Aasc', fx.privatePage1);
    cloud.reply('GET', `types?is_public=false&limit=1&sort=name%3Aasc&marker=${id}`, fx.emptyPrivate);
    const types = await listVolumeTypes(cloud.client, { is_public: false, limit: 1, sort: 'name:asc' }).all();
    expect(types).toEqual(fx.privatePage1.volume_types);
    expect(cloud.serviceRequests()[0]?.headers['openstack-api-version']).toBe('volume 3.70');
  });

  it('sends every other filter, extra_specs as one JSON object', async () => {
    const cloud = admin();
    cloud.reply('GET', 'types?is_public=None&extra_specs=%7B%22volume_backend_name%22%3A%22fake%22%7D&sort_key=name&sort_dir=desc&marker=m1&offset=1', fx.listAll);
    const types = await listVolumeTypes(cloud.client, { is_public: 'None', extra_specs: { volume_backend_name: 'fake' }, sort_key: 'name', sort_dir: 'desc', marker: 'm1', offset: 1 }).all();
    expect(types.map((t) => t.name)).toEqual(['rec-type', '__DEFAULT__']);
  });

  it('refuses the extra_specs filter before 3.52 and the default type before 3.62, before sending', async () => {
    const cloud = fakeCinder('3.51');
    expect(await microversionRefusal(async () => listVolumeTypes(cloud.client, { extra_specs: { a: 'b' } }).all())).toBe(
      'The extra_specs filter requires block-storage microversion 3.52 or later; this call uses 3.51',
    );
    expect(await microversionRefusal(async () => getDefaultVolumeType(cloud.client))).toBe('The default volume type requires block-storage microversion 3.62 or later; this call uses 3.51');
    expect(cloud.requests).toHaveLength(0);
  });

  it('gets a type and the default type', async () => {
    const cloud = fakeCinder();
    cloud.reply('GET', 'types/default', fx.defaultType);
    cloud.reply('GET', `types/${id}`, fx.gotByGrantedMember);
    expect(await getDefaultVolumeType(cloud.client)).toMatchObject({ name: '__DEFAULT__', is_public: true });
    // a member sees only the user-visible extra specs, and no qos_specs_id
    const type = await getVolumeType(cloud.client, id);
    expect(type.extra_specs).toEqual({ 'RESKEY:availability_zones': 'nova' });
    expect(type).not.toHaveProperty('qos_specs_id');
  });

  it('creates a private type with extra specs, updates it and deletes it', async () => {
    const cloud = admin();
    cloud.reply('POST', 'types', fx.created);
    cloud.reply('PUT', `types/${id}`, fx.updated);
    cloud.reply('DELETE', `types/${id}`, undefined, { status: 202 });
    const input = { name: 'rec-type', description: 'recorded', 'os-volume-type-access:is_public': false, extra_specs: { volume_backend_name: 'fake' } };
    expect(await createVolumeType(cloud.client, input)).toEqual(fx.created.volume_type);
    expect(cloud.lastRequest().json).toEqual({ volume_type: input });
    expect(await updateVolumeType(cloud.client, id, { name: 'rec-type-renamed', description: 'changed', is_public: false })).toMatchObject({ name: 'rec-type-renamed' });
    expect(cloud.lastRequest().json).toEqual({ volume_type: { name: 'rec-type-renamed', description: 'changed', is_public: false } });
    await deleteVolumeType(cloud.client, id);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `types/${id}` });
  });

  it("passes on the member's refusals", async () => {
    const cloud = fakeCinder();
    cloud.reply('POST', 'types', fx.createRefused, { status: 403 });
    cloud.reply('GET', `types/${id}`, fx.notFoundForMember, { status: 404 });
    cloud.reply('GET', `types/${id}/os-volume-type-access`, fx.accessRefused, { status: 403 });
    cloud.reply('GET', `types/${id}/encryption`, fx.encryptionRefused, { status: 403 });
    expect(isHttpError(await rejectionOf(async () => createVolumeType(cloud.client, { name: 'x' })), 403)).toBe(true);
    expect(isHttpError(await rejectionOf(async () => getVolumeType(cloud.client, id)), 404)).toBe(true);
    expect(isHttpError(await rejectionOf(async () => listVolumeTypeAccess(cloud.client, id).all()), 403)).toBe(true);
    expect(isHttpError(await rejectionOf(async () => getVolumeTypeEncryption(cloud.client, id)), 403)).toBe(true);
  });

  it('refuses bad input before sending', async () => {
    const cloud = admin();
    expect(await inputRefusal(async () => createVolumeType(cloud.client, { name: '' }))).toMatchObject({ field: 'name' });
    expect(await inputRefusal(async () => getVolumeType(cloud.client, ''))).toMatchObject({ field: 'volumeTypeId' });
    expect(await inputRefusal(() => listVolumeTypeAccess(cloud.client, ''))).toMatchObject({ field: 'volumeTypeId' });
    expect(await inputRefusal(() => listVolumeTypes(cloud.client, { sort: 'name:asc', sort_dir: 'asc' }))).toMatchObject({ field: 'sort' });
    expect(await inputRefusal(async () => addVolumeTypeAccess(cloud.client, id, ''))).toMatchObject({ field: 'project' });
    expect(await inputRefusal(async () => updateVolumeTypeExtraSpec(cloud.client, id, 'k', 1 as never))).toMatchObject({ field: 'value' });
    expect(await inputRefusal(async () => createVolumeTypeEncryption(cloud.client, id, { provider: 'luks' } as never))).toMatchObject({ field: 'control_location' });
    expect(cloud.requests).toHaveLength(0);
  });

  it('finds a type by ID first, then by name among public and private types', async () => {
    const cloud = admin();
    cloud.reply('GET', `types/${id}`, fx.got);
    cloud.reply('GET', 'types/rec-type', fx.notFound, { status: 404 });
    cloud.reply('GET', 'types/none', fx.notFound, { status: 404 });
    cloud.reply('GET', 'types?is_public=None', fx.listAll);
    expect(await findVolumeTypeId(cloud.client, id)).toEqual({ id, matchedBy: 'id' });
    expect(await findVolumeTypeId(cloud.client, 'rec-type')).toEqual({ id, matchedBy: 'name' });
    expect(isNameLookupError(await rejectionOf(async () => findVolumeTypeId(cloud.client, 'none')))).toBe(true);
    expect(isInvalidInputError(await rejectionOf(async () => findVolumeTypeId(cloud.client, '')))).toBe(true);
  });
});

describe('volume type extra specs and access', () => {
  it('sets, reads, updates and deletes extra specs', async () => {
    const cloud = admin();
    cloud.reply('POST', `types/${id}/extra_specs`, fx.specsSet);
    cloud.reply('GET', `types/${id}/extra_specs`, fx.specs);
    cloud.reply('GET', `types/${id}/extra_specs/multiattach`, fx.spec);
    cloud.reply('PUT', `types/${id}/extra_specs/multiattach`, fx.specUpdated);
    cloud.reply('DELETE', `types/${id}/extra_specs/multiattach`, undefined, { status: 202 });
    const specs = { multiattach: '<is> True', 'RESKEY:availability_zones': 'nova' };
    expect(await setVolumeTypeExtraSpecs(cloud.client, id, specs)).toEqual(specs);
    expect(cloud.lastRequest().json).toEqual({ extra_specs: specs });
    expect(await getVolumeTypeExtraSpecs(cloud.client, id)).toEqual({ volume_backend_name: 'fake', ...specs });
    expect(await getVolumeTypeExtraSpec(cloud.client, id, 'multiattach')).toEqual({ multiattach: '<is> True' });
    expect(await updateVolumeTypeExtraSpec(cloud.client, id, 'multiattach', '<is> False')).toEqual({ multiattach: '<is> False' });
    expect(cloud.lastRequest().json).toEqual({ multiattach: '<is> False' });
    await deleteVolumeTypeExtraSpec(cloud.client, id, 'multiattach');
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `types/${id}/extra_specs/multiattach` });
  });

  it('grants, lists and revokes a project’s access', async () => {
    const cloud = admin();
    cloud.reply('POST', `types/${id}/action`, undefined, { status: 202 });
    cloud.reply('GET', `types/${id}/os-volume-type-access`, fx.access);
    await addVolumeTypeAccess(cloud.client, id, project);
    expect(cloud.lastRequest().json).toEqual({ addProjectAccess: { project } });
    expect(await listVolumeTypeAccess(cloud.client, id).all()).toEqual([{ volume_type_id: id, project_id: project }]);
    await removeVolumeTypeAccess(cloud.client, id, project);
    expect(cloud.lastRequest().json).toEqual({ removeProjectAccess: { project } });
  });
});

describe('volume type encryption', () => {
  it('reads null for a type without encryption, then creates, reads, updates and deletes it', async () => {
    const cloud = admin();
    cloud.replyOnce('GET', `types/${id}/encryption`, fx.encryptionNone);
    cloud.reply('POST', `types/${id}/encryption`, fx.encryptionCreated);
    cloud.reply('GET', `types/${id}/encryption`, fx.encryption);
    cloud.reply('GET', `types/${id}/encryption/cipher`, fx.encryptionSpec);
    cloud.reply('PUT', `types/${id}/encryption/${encryptionId}`, fx.encryptionUpdated);
    cloud.reply('DELETE', `types/${id}/encryption/${encryptionId}`, undefined, { status: 202 });
    expect(await getVolumeTypeEncryption(cloud.client, id)).toBeNull();
    const input = { provider: 'luks', cipher: 'aes-xts-plain64', key_size: 256, control_location: 'front-end' };
    expect(await createVolumeTypeEncryption(cloud.client, id, input)).toEqual(fx.encryptionCreated.encryption);
    expect(cloud.lastRequest().json).toEqual({ encryption: input });
    expect(await getVolumeTypeEncryption(cloud.client, id)).toMatchObject({ encryption_id: encryptionId, provider: 'luks', key_size: 256 });
    expect(await getVolumeTypeEncryptionSpec(cloud.client, id, 'cipher')).toEqual({ cipher: 'aes-xts-plain64' });
    expect(await updateVolumeTypeEncryption(cloud.client, id, encryptionId, { key_size: 512 })).toEqual({ key_size: 512 });
    expect(cloud.lastRequest().json).toEqual({ encryption: { key_size: 512 } });
    await deleteVolumeTypeEncryption(cloud.client, id, encryptionId);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `types/${id}/encryption/${encryptionId}` });
  });
});
