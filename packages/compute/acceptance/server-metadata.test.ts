import { expect, it } from '@jest/globals';
import { describeWithService, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import {
  deleteServerMetadataItem,
  getServerMetadata,
  getServerMetadataItem,
  replaceServerMetadata,
  setServerMetadataItem,
  updateServerMetadata,
} from '../src/server-metadata/index.js';
import { bootServer, memberCompute } from './helpers.js';
import type { ComputeClient } from '../src/client.js';

describeWithService('compute', 'server metadata against the real Nova', () => {
  const cleanup = useCleanup();
  let compute: ComputeClient;
  let serverId: string;

  it('lists the metadata a server was booted with', async () => {
    compute = await memberCompute();
    serverId = (await bootServer(compute, cleanup, { metadata: { purpose: 'acceptance' } })).id;
    expect(await getServerMetadata(compute, serverId)).toEqual({ purpose: 'acceptance' });
  });

  it('replaces all of it, then merges more in', async () => {
    expect(await replaceServerMetadata(compute, serverId, { color: 'blue', size: 'small' })).toEqual({ color: 'blue', size: 'small' });
    expect(await updateServerMetadata(compute, serverId, { size: 'large', owner: 'osts' })).toEqual({ color: 'blue', size: 'large', owner: 'osts' });
    expect(await getServerMetadata(compute, serverId)).toEqual({ color: 'blue', size: 'large', owner: 'osts' });
  });

  it('sets, reads and deletes single items, keys with spaces and colons included', async () => {
    expect(await setServerMetadataItem(compute, serverId, 'env:stage 1', 'green')).toEqual({ 'env:stage 1': 'green' });
    expect(await getServerMetadataItem(compute, serverId, 'env:stage 1')).toEqual({ 'env:stage 1': 'green' });
    await deleteServerMetadataItem(compute, serverId, 'owner');
    const error = await rejectionOf(async () => getServerMetadataItem(compute, serverId, 'owner'));
    expect(isHttpError(error, 404)).toBe(true);
    expect((error as Error).message).toContain('Metadata item was not found');
    expect(await getServerMetadata(compute, serverId)).toEqual({ color: 'blue', size: 'large', 'env:stage 1': 'green' });
  });
});
