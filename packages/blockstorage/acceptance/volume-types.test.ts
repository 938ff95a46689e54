import { beforeAll, expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import {
  addVolumeTypeAccess,
  type BlockStorageClient,
  createBlockStorageClient,
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
} from '../src/index.js';

describeWithService('block-storage', 'volume types against the real Cinder', () => {
  let member: BlockStorageClient;

  beforeAll(async () => {
    member = await createBlockStorageClient(await memberProvider());
  });

  it('lists the types a member can use, reads the default one and finds it by name', async () => {
    const types = await listVolumeTypes(member).all();
    const fallback = await getDefaultVolumeType(member);
    expect(types.map((t) => t.id)).toContain(fallback.id);
    expect(await getVolumeType(member, fallback.id)).toMatchObject({ id: fallback.id, name: fallback.name, is_public: true });
    expect(await findVolumeTypeId(member, fallback.name)).toEqual({ id: fallback.id, matchedBy: 'name' });
  });

  it("meets Cinder's refusals of the admin operations as the member", async () => {
    const fallback = await getDefaultVolumeType(member);
    const create = await rejectionOf(async () => createVolumeType(member, { name: uniqueName('type') }));
    expect(isHttpError(create, 403) && create.message).toMatch(/volume_extension:type_create/);
    const access = await rejectionOf(async () => listVolumeTypeAccess(member, fallback.id).all());
    expect(isHttpError(access, 403) && access.message).toMatch(/volume_type_access:get_all_for_type/);
    const encryption = await rejectionOf(async () => getVolumeTypeEncryption(member, fallback.id));
    expect(isHttpError(encryption, 403) && encryption.message).toMatch(/volume_type_encryption:get/);
  });

  describeAsAdmin('as admin', () => {
    const cleanup = useCleanup();
    let admin: BlockStorageClient;
    let typeId: string;
    let name: string;

    it('creates a private type with extra specs, lists and updates it', async () => {
      admin = await createBlockStorageClient(await adminProvider());
      name = uniqueName('type');
      const type = await createVolumeType(admin, { name, description: 'acceptance', 'os-volume-type-access:is_public': false, extra_specs: { volume_backend_name: 'fake' } });
      typeId = type.id;
      cleanup.add(`volume type ${name}`, async () => deleteVolumeType(admin, type.id));
      expect(type).toMatchObject({ name, description: 'acceptance', is_public: false, extra_specs: { volume_backend_name: 'fake' } });
      expect((await listVolumeTypes(admin, { is_public: false }).all()).map((t) => t.id)).toContain(typeId);
      expect((await listVolumeTypes(admin, { is_public: 'None', extra_specs: { volume_backend_name: 'fake' } }).all()).map((t) => t.id)).toContain(typeId);
      expect((await listVolumeTypes(admin).all()).map((t) => t.id)).not.toContain(typeId);
      expect(await findVolumeTypeId(admin, name)).toEqual({ id: typeId, matchedBy: 'name' });
      name = uniqueName('type');
      expect(await updateVolumeType(admin, typeId, { name, description: 'changed' })).toMatchObject({ name, description: 'changed' });
      expect((await getVolumeType(admin, typeId)).qos_specs_id).toBeNull();
    });

    it('sets, reads, updates and deletes extra specs', async () => {
      expect(await setVolumeTypeExtraSpecs(admin, typeId, { multiattach: '<is> True', 'RESKEY:availability_zones': 'nova' })).toEqual({ multiattach: '<is> True', 'RESKEY:availability_zones': 'nova' });
      expect(await getVolumeTypeExtraSpec(admin, typeId, 'multiattach')).toEqual({ multiattach: '<is> True' });
      expect(await updateVolumeTypeExtraSpec(admin, typeId, 'multiattach', '<is> False')).toEqual({ multiattach: '<is> False' });
      await deleteVolumeTypeExtraSpec(admin, typeId, 'multiattach');
      expect(await getVolumeTypeExtraSpecs(admin, typeId)).toEqual({ volume_backend_name: 'fake', 'RESKEY:availability_zones': 'nova' });
      expect(isHttpError(await rejectionOf(async () => getVolumeTypeExtraSpec(admin, typeId, 'multiattach')), 404)).toBe(true);
    });

    it('grants a project access to the private type: its member then sees it, with the user-visible specs only', async () => {
      const project = (await memberProvider()).token?.body.project?.id ?? '';
      expect(isHttpError(await rejectionOf(async () => getVolumeType(member, typeId)), 404)).toBe(true);
      await addVolumeTypeAccess(admin, typeId, project);
      expect(await listVolumeTypeAccess(admin, typeId).all()).toEqual([{ volume_type_id: typeId, project_id: project }]);
      const seen = await getVolumeType(member, typeId);
      expect(seen.extra_specs).toEqual({ 'RESKEY:availability_zones': 'nova' });
      expect(await findVolumeTypeId(member, name)).toEqual({ id: typeId, matchedBy: 'name' });
      await removeVolumeTypeAccess(admin, typeId, project);
      expect(await listVolumeTypeAccess(admin, typeId).all()).toEqual([]);
      expect(isHttpError(await rejectionOf(async () => getVolumeType(member, typeId)), 404)).toBe(true);
    });

    it('encrypts the type, reads, changes and removes the encryption', async () => {
      expect(await getVolumeTypeEncryption(admin, typeId)).toBeNull();
      const created = await createVolumeTypeEncryption(admin, typeId, { provider: 'luks', cipher: 'aes-xts-plain64', key_size: 256, control_location: 'front-end' });
      cleanup.add(`encryption of ${name}`, async () => deleteVolumeTypeEncryption(admin, typeId, created.encryption_id));
      expect(created).toMatchObject({ volume_type_id: typeId, provider: 'luks', key_size: 256 });
      expect(await getVolumeTypeEncryptionSpec(admin, typeId, 'cipher')).toEqual({ cipher: 'aes-xts-plain64' });
      expect(await updateVolumeTypeEncryption(admin, typeId, created.encryption_id, { key_size: 512 })).toEqual({ key_size: 512 });
      expect(await getVolumeTypeEncryption(admin, typeId)).toMatchObject({ encryption_id: created.encryption_id, key_size: 512, control_location: 'front-end' });
      await deleteVolumeTypeEncryption(admin, typeId, created.encryption_id);
      expect(await getVolumeTypeEncryption(admin, typeId)).toBeNull();
    });

    it('deletes the type', async () => {
      await deleteVolumeType(admin, typeId);
      expect(isHttpError(await rejectionOf(async () => getVolumeType(admin, typeId)), 404)).toBe(true);
    });
  });
});
