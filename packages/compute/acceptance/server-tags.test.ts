import { expect, it } from '@jest/globals';
import { describeWithService, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { addServerTag, deleteAllServerTags, deleteServerTag, listServerTags, replaceServerTags, serverHasTag } from '../src/server-tags/index.js';
import { bootServer, memberCompute } from './helpers.js';
import type { ComputeClient } from '../src/client.js';

describeWithService('compute', 'server tags against the real Nova', () => {
  const cleanup = useCleanup();
  let compute: ComputeClient;
  let serverId: string;

  it('starts without tags and replaces them all', async () => {
    compute = await memberCompute();
    serverId = (await bootServer(compute, cleanup)).id;
    expect(await listServerTags(compute, serverId).all()).toEqual([]);
    expect((await replaceServerTags(compute, serverId, ['alpha', 'beta'])).sort()).toEqual(['alpha', 'beta']);
  });

  it('checks tags: true, false, and the 404 of a missing server', async () => {
    expect(await serverHasTag(compute, serverId, 'alpha')).toBe(true);
    expect(await serverHasTag(compute, serverId, 'gamma')).toBe(false);
    const error = await rejectionOf(async () => serverHasTag(compute, '00000000-0000-0000-0000-000000000000', 'alpha'));
    expect(isHttpError(error, 404)).toBe(true);
  });

  it('adds a tag (twice: the second is a no-op) and deletes one', async () => {
    await addServerTag(compute, serverId, 'blue sky?');
    await addServerTag(compute, serverId, 'blue sky?');
    expect((await listServerTags(compute, serverId).all()).sort()).toEqual(['alpha', 'beta', 'blue sky?']);
    expect(await serverHasTag(compute, serverId, 'blue sky?')).toBe(true);
    await deleteServerTag(compute, serverId, 'alpha');
    expect((await listServerTags(compute, serverId).all()).sort()).toEqual(['beta', 'blue sky?']);
    const error = await rejectionOf(async () => deleteServerTag(compute, serverId, 'alpha'));
    expect(isHttpError(error, 404)).toBe(true);
  });

  it('deletes all tags', async () => {
    await deleteAllServerTags(compute, serverId);
    expect(await listServerTags(compute, serverId).all()).toEqual([]);
  });
});
