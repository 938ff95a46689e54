import { describe, expect, it } from '@jest/globals';
import { isHttpError, isInvalidInputError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeNeutron } from '../fake-neutron.fixtures.js';
import { createSegment, deleteSegment, getSegment, listSegments, updateSegment } from './index.js';
import * as fx from './segments.fixtures.js';

const id = fx.create.segment.id;
const network = fx.create.segment.network_id;

describe('segments', () => {
  it('creates a VLAN segment, gets, updates and deletes it', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/segments', fx.create, { status: 201 });
    cloud.reply('GET', `v2.0/segments/${id}`, fx.get);
    cloud.reply('PUT', `v2.0/segments/${id}`, fx.update);
    cloud.reply('DELETE', `v2.0/segments/${id}`, undefined, { status: 204 });
    const input = { network_id: network, network_type: 'vlan', physical_network: 'public', segmentation_id: 3102, name: 'rec-segment', description: 'recorded' };
    const created = await createSegment(cloud.client, input);
    expect(cloud.lastRequest().json).toEqual({ segment: input });
    expect(created).toEqual({ id, ...input, created_at: '2026-11-27T14:49:54Z', updated_at: '2026-11-27T14:49:55Z', revision_number: 1 });
    expect((await getSegment(cloud.client, id)).segmentation_id).toBe(3102);
    expect(cloud.lastRequest().method).toBe('GET');
    const updated = await updateSegment(cloud.client, id, { name: 'rec-segment-2', description: 'changed' });
    expect([cloud.lastRequest().method, cloud.lastRequest().json]).toEqual(['PUT', { segment: { name: 'rec-segment-2', description: 'changed' } }]);
    expect(updated).toMatchObject({ name: 'rec-segment-2', description: 'changed', revision_number: 2 });
    await deleteSegment(cloud.client, id);
    expect([cloud.lastRequest().method, cloud.lastRequest().url]).toEqual(['DELETE', `http://127.0.0.1:9696/v2.0/segments/${id}`]);
  });

  it('lists with filters', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/segments?network_id=${network}&network_type=vlan&physical_network=public&name=rec-segment&description=recorded&id=${id}`, fx.list);
    const segments = await listSegments(cloud.client, { network_id: network, network_type: 'vlan', physical_network: 'public', name: 'rec-segment', description: 'recorded', id }).all();
    expect(segments.map((s) => [s.id, s.segmentation_id])).toEqual([[id, 3102]]);
  });

  it('filters by revision number and pages from a marker', async () => {
    const cloud = fakeNeutron();
    const publicNetwork = '2c054f6a-d272-4c55-9cb2-abd3f2c87fda';
    cloud.reply('GET', `v2.0/segments?network_id=${publicNetwork}&revision_number=0&marker=00000000-0000-0000-0000-000000000000&page_reverse=false`, fx.listMore);
    const query = { network_id: publicNetwork, revision_number: 0, marker: '00000000-0000-0000-0000-000000000000', page_reverse: false };
    expect((await listSegments(cloud.client, query).all()).map((s) => [s.network_type, s.physical_network, s.segmentation_id])).toEqual([['flat', 'public', null]]);
  });

  it('follows segments_links with sorting, fields and page size', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/segments?network_id=${network}&limit=1&sort_key=network_type&sort_dir=desc&fields=id&fields=name&fields=network_type`, fx.page1);
    const next = (page: { segments_links: { rel: string; href: string }[] }): string => page.segments_links.find((link) => link.rel === 'next')?.href ?? '';
    cloud.reply('GET', next(fx.page1), fx.page2);
    cloud.reply('GET', next(fx.page2), fx.page3);
    const query = { network_id: network, limit: 1, sort_key: 'network_type', sort_dir: 'desc' as const, fields: ['id', 'name', 'network_type'] };
    const types = (await listSegments(cloud.client, query).all()).map((s) => [s.network_type, s.physical_network, s.segmentation_id]);
    expect(types).toEqual([['vxlan', null, 77100], ['vlan', 'public', 3102]]);
    expect(cloud.serviceRequests()).toHaveLength(3);
  });

  it("passes Neutron's errors on with their type", async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/segments?network_id=${network}&network_type=vlan&physical_network=public&segmentation_id=3102&name=rec-segment&description=recorded`, fx.badFilter, { status: 400 });
    cloud.replyOnce('POST', 'v2.0/segments', fx.duplicate, { status: 409 });
    cloud.replyOnce('POST', 'v2.0/segments', fx.memberCreate, { status: 403 });
    cloud.reply('PUT', `v2.0/segments/${id}`, fx.readOnly, { status: 400 });
    cloud.replyOnce('DELETE', `v2.0/segments/${id}`, fx.inUse, { status: 409 });
    cloud.reply('GET', `v2.0/segments/${id}`, fx.notFound, { status: 404 });
    // segmentation_id is not in the query type: Neutron does not filter on it.
    const query = { network_id: network, network_type: 'vlan', physical_network: 'public', segmentation_id: 3102, name: 'rec-segment', description: 'recorded' };
    const badFilter = await listSegments(cloud.client, query).all().catch((e: unknown) => e);
    expect(isHttpError(badFilter, 400) && badFilter.serviceMessage).toBe("['segmentation_id'] is invalid attribute for filtering");
    const duplicate = await createSegment(cloud.client, { network_id: '6e942c79-c868-4e45-b41b-f6d0abf972aa', network_type: 'vlan', physical_network: 'public', segmentation_id: 3105 }).catch((e: unknown) => e);
    expect(isHttpError(duplicate, 409) && duplicate.serviceErrorType).toBe('NeutronDbObjectDuplicateEntry');
    const member = await createSegment(cloud.client, { network_id: network, network_type: 'vxlan' }).catch((e: unknown) => e);
    expect(isHttpError(member, 403) && member.serviceMessage).toBe('rule:create_segment is disallowed by policy');
    const readOnly = await updateSegment(cloud.client, id, { segmentation_id: 3103 } as unknown as { name: string }).catch((e: unknown) => e);
    expect(isHttpError(readOnly, 400) && readOnly.serviceMessage).toBe('Cannot update read-only attribute segmentation_id');
    const inUse = await deleteSegment(cloud.client, id).catch((e: unknown) => e);
    expect(isHttpError(inUse, 409) && inUse.serviceErrorType).toBe('SegmentInUse');
    const missing = await getSegment(cloud.client, id).catch((e: unknown) => e);
    expect(isHttpError(missing, 404) && missing.serviceErrorType).toBe('SegmentNotFound');
  });

  it('a member sees no segments', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/segments', fx.memberList);
    expect(await listSegments(cloud.client).all()).toEqual([]);
  });

  it('refuses an empty ID before sending', async () => {
    const cloud = fakeNeutron();
    for (const call of [async () => getSegment(cloud.client, ''), async () => updateSegment(cloud.client, '', { name: 'x' }), async () => deleteSegment(cloud.client, '')]) {
      const error = await rejectionOf(call);
      expect(isInvalidInputError(error) && error.field).toBe('segmentId');
    }
    expect(cloud.requests).toHaveLength(0);
  });
});
