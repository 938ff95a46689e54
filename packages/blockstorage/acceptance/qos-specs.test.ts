import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import {
  associateQosSpec,
  type BlockStorageClient,
  createBlockStorageClient,
  createQosSpec,
  createVolumeType,
  deleteQosSpec,
  deleteVolumeType,
  disassociateQosSpec,
  disassociateQosSpecFromAllTypes,
  getQosSpec,
  getVolumeType,
  listQosSpecAssociations,
  listQosSpecs,
  setQosSpecKeys,
  unsetQosSpecKeys,
} from '../src/index.js';

describeWithService('block-storage', 'QoS specs against the real Cinder', () => {
  it("meets Cinder's refusal as the member", async () => {
    const member = await createBlockStorageClient(await memberProvider());
    const list = await rejectionOf(async () => listQosSpecs(member).all());
    expect(isHttpError(list, 403) && list.message).toMatch(/qos_specs_manage:get_all/);
    const create = await rejectionOf(async () => createQosSpec(member, { name: uniqueName('qos') }));
    expect(isHttpError(create, 403) && create.message).toMatch(/qos_specs_manage:create/);
  });

  describeAsAdmin('as admin', () => {
    const cleanup = useCleanup();
    let admin: BlockStorageClient;
    let qosId: string;
    let typeId: string;
    let typeName: string;

    it('creates QoS specs, lists them page by page, and changes their keys', async () => {
      admin = await createBlockStorageClient(await adminProvider());
      const name = uniqueName('qos');
      const spec = await createQosSpec(admin, { name, consumer: 'front-end', specs: { read_iops_sec: '1000', write_iops_sec: '500' } });
      qosId = spec.id;
      cleanup.add(`QoS specs ${name}`, async () => deleteQosSpec(admin, spec.id, { force: true }));
      expect(spec).toEqual({ id: spec.id, name, consumer: 'front-end', specs: { read_iops_sec: '1000', write_iops_sec: '500' } });
      const other = await createQosSpec(admin, { name: uniqueName('qos') });
      cleanup.add(`QoS specs ${other.name}`, async () => deleteQosSpec(admin, other.id));
      expect(other).toMatchObject({ consumer: 'back-end', specs: {} });
      const pages: number[] = [];
      for await (const page of listQosSpecs(admin, { limit: 1, sort_key: 'created_at', sort_dir: 'asc' }).byPage()) pages.push(page.length);
      expect(pages.filter((n) => n > 0).length).toBeGreaterThanOrEqual(2);
      expect(pages.every((n) => n <= 1)).toBe(true);
      const names = (await listQosSpecs(admin, { sort: 'id:asc' }).all()).map((s) => s.name);
      expect(names).toEqual(expect.arrayContaining([name, other.name]));
      const sortByName = await rejectionOf(async () => listQosSpecs(admin, { sort: 'name:asc' }).all());
      expect(isHttpError(sortByName, 400) && sortByName.message).toMatch(/Invalid sort key/);
      expect(await setQosSpecKeys(admin, qosId, { read_iops_sec: '2000', total_bytes_sec: '1048576' })).toEqual({ read_iops_sec: '2000', total_bytes_sec: '1048576' });
      await unsetQosSpecKeys(admin, qosId, ['write_iops_sec']);
      expect((await getQosSpec(admin, qosId)).specs).toEqual({ read_iops_sec: '2000', total_bytes_sec: '1048576' });
      await deleteQosSpec(admin, other.id);
      expect(isHttpError(await rejectionOf(async () => getQosSpec(admin, other.id)), 404)).toBe(true);
    });

    it('associates the specs with a volume type and dissociates them (one type, all)', async () => {
      typeName = uniqueName('type');
      const type = await createVolumeType(admin, { name: typeName });
      typeId = type.id;
      cleanup.add(`volume type ${typeName}`, async () => deleteVolumeType(admin, type.id));
      await associateQosSpec(admin, qosId, typeId);
      expect(await listQosSpecAssociations(admin, qosId).all()).toEqual([{ association_type: 'volume_type', name: typeName, id: typeId }]);
      expect((await getVolumeType(admin, typeId)).qos_specs_id).toBe(qosId);
      await disassociateQosSpec(admin, qosId, typeId);
      expect(await listQosSpecAssociations(admin, qosId).all()).toEqual([]);
      await associateQosSpec(admin, qosId, typeId);
      await disassociateQosSpecFromAllTypes(admin, qosId);
      expect(await listQosSpecAssociations(admin, qosId).all()).toEqual([]);
    });

    it('refuses to delete specs in use unless forced', async () => {
      await associateQosSpec(admin, qosId, typeId);
      const refused = await rejectionOf(async () => deleteQosSpec(admin, qosId));
      expect(isHttpError(refused, 400) && refused.message).toMatch(/Qos specs still in use/);
      await deleteQosSpec(admin, qosId, { force: true });
      expect(isHttpError(await rejectionOf(async () => getQosSpec(admin, qosId)), 404)).toBe(true);
      expect((await getVolumeType(admin, typeId)).qos_specs_id).toBeNull();
    });
  });
});
