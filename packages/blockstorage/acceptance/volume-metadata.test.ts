import { expect, it } from '@jest/globals';
import { describeWithService, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import type { BlockStorageClient } from '../src/client.js';
import {
  deleteVolumeMetadataItem,
  getVolumeMetadata,
  getVolumeMetadataItem,
  replaceVolumeMetadata,
  setVolumeMetadataItem,
  updateVolumeMetadata,
} from '../src/volumes/index.js';
import { createTestVolume, memberBlockStorage } from './helpers.js';

describeWithService('block-storage', 'volume metadata against the real Cinder', () => {
  const cleanup = useCleanup();
  let cinder: BlockStorageClient;
  let volumeId: string;

  it('lists the metadata a volume was created with', async () => {
    cinder = await memberBlockStorage();
    volumeId = (await createTestVolume(cinder, cleanup, { metadata: { purpose: 'acceptance' } })).id;
    expect(await getVolumeMetadata(cinder, volumeId)).toEqual({ purpose: 'acceptance' });
  });

  it('merges more in, then replaces all of it', async () => {
    expect(await updateVolumeMetadata(cinder, volumeId, { color: 'blue' })).toEqual({ purpose: 'acceptance', color: 'blue' });
    expect(await replaceVolumeMetadata(cinder, volumeId, { color: 'red', size: 'small' })).toEqual({ color: 'red', size: 'small' });
    expect(await getVolumeMetadata(cinder, volumeId)).toEqual({ color: 'red', size: 'small' });
  });

  it('sets, reads and deletes single items, keys with spaces and colons included', async () => {
    expect(await setVolumeMetadataItem(cinder, volumeId, 'env:stage 1', 'green')).toEqual({ 'env:stage 1': 'green' });
    expect(await getVolumeMetadataItem(cinder, volumeId, 'env:stage 1')).toEqual({ 'env:stage 1': 'green' });
    await deleteVolumeMetadataItem(cinder, volumeId, 'size');
    const error = await rejectionOf(async () => getVolumeMetadataItem(cinder, volumeId, 'size'));
    expect(isHttpError(error, 404)).toBe(true);
    expect(await getVolumeMetadata(cinder, volumeId)).toEqual({ color: 'red', 'env:stage 1': 'green' });
  });
});
