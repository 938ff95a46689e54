import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import {
  addAggregateHost,
  cacheAggregateImages,
  createAggregate,
  deleteAggregate,
  getAggregate,
  listAggregates,
  removeAggregateHost,
  setAggregateMetadata,
  updateAggregate,
} from './index.js';
import * as fx from './aggregates.fixtures.js';
import { fakeNova as nova, inputRefusal, microversionRefusal } from '../fake-nova.fixtures.js';

const HOST = 'host-ovs-filter-active';
const IMAGE = '2e672fb9-010a-4cad-b7ca-440bbcd99c7e';

describe('aggregates', () => {
  it('lists the aggregates in one page', async () => {
    const cloud = nova();
    cloud.reply('GET', 'os-aggregates', fx.list);
    const aggregates = await listAggregates(cloud.client).all();
    expect(cloud.lastRequest().method).toBe('GET');
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('compute 2.93');
    expect(aggregates).toEqual([
      expect.objectContaining({ id: 1, name: 'rec-aggregate', hosts: [], metadata: { availability_zone: 'rec-az' }, availability_zone: 'rec-az' }),
    ]);
    expect(cloud.serviceRequests()).toHaveLength(1);
  });

  it('creates an aggregate that is an availability zone', async () => {
    const cloud = nova();
    cloud.reply('POST', 'os-aggregates', fx.create);
    const aggregate = await createAggregate(cloud.client, { name: 'rec-aggregate', availability_zone: 'rec-az' });
    expect(cloud.lastRequest().json).toEqual({ aggregate: { name: 'rec-aggregate', availability_zone: 'rec-az' } });
    expect(aggregate).toEqual(fx.create.aggregate);
    expect(aggregate.uuid).toBe('fb87d389-0324-40ce-b35a-aa0272247596');
  });

  it('creates an aggregate without a zone: availability_zone is null', async () => {
    const cloud = nova();
    cloud.reply('POST', 'os-aggregates', fx.createWithoutZone);
    const aggregate = await createAggregate(cloud.client, { name: 'rec-aggregate-noaz' });
    expect(cloud.lastRequest().json).toEqual({ aggregate: { name: 'rec-aggregate-noaz' } });
    expect(aggregate.availability_zone).toBeNull();
  });

  it('refuses an aggregate without a name before sending', async () => {
    const cloud = nova();
    expect(await inputRefusal(async () => createAggregate(cloud.client, { name: '' }))).toMatchObject({ name: 'InvalidInputError', field: 'name' });
    expect(cloud.requests).toHaveLength(0);
  });

  it('gets an aggregate; before 2.41 it has no uuid', async () => {
    const cloud = nova('2.1');
    cloud.reply('GET', 'os-aggregates/1', fx.get21);
    const aggregate = await getAggregate(cloud.client, 1);
    expect(cloud.lastRequest().headers['x-openstack-nova-api-version']).toBe('2.1');
    expect(aggregate.uuid).toBeUndefined();
    expect(aggregate.hosts).toEqual([HOST]);
  });

  it('gets an aggregate by a numeric string, and rejects a bad ID before sending', async () => {
    const cloud = nova();
    cloud.reply('GET', 'os-aggregates/1', fx.get);
    expect((await getAggregate(cloud.client, '1')).name).toBe('rec-aggregate');
    expect(await inputRefusal(async () => getAggregate(cloud.client, 1.5))).toMatchObject({ name: 'InvalidInputError', field: 'aggregateId' });
    expect(await inputRefusal(async () => getAggregate(cloud.client, ''))).toMatchObject({ name: 'InvalidInputError', field: 'aggregateId' });
    expect(cloud.serviceRequests()).toHaveLength(1);
  });

  it('says 404 for an aggregate that is gone', async () => {
    const cloud = nova();
    cloud.reply('GET', 'os-aggregates/1', fx.notFound, { status: 404 });
    const error = await rejectionOf(async () => getAggregate(cloud.client, 1));
    expect(isHttpError(error, 404)).toBe(true);
    expect(String(error)).toMatch(/Aggregate 1 could not be found/);
  });

  it('updates the name and zone', async () => {
    const cloud = nova();
    cloud.reply('PUT', 'os-aggregates/1', fx.update);
    const aggregate = await updateAggregate(cloud.client, 1, { name: 'rec-aggregate-2', availability_zone: 'rec-az-2' });
    expect(cloud.lastRequest().method).toBe('PUT');
    expect(cloud.lastRequest().json).toEqual({ aggregate: { name: 'rec-aggregate-2', availability_zone: 'rec-az-2' } });
    expect(aggregate).toMatchObject({ name: 'rec-aggregate-2', availability_zone: 'rec-az-2', metadata: { availability_zone: 'rec-az-2' } });
  });

  it('refuses an empty update before sending', async () => {
    const cloud = nova();
    expect(await inputRefusal(async () => updateAggregate(cloud.client, 1, {}))).toMatchObject({ name: 'InvalidInputError', field: 'input' });
    expect(cloud.requests).toHaveLength(0);
  });

  it('adds and removes a host with the add_host and remove_host actions', async () => {
    const cloud = nova();
    cloud.replyOnce('POST', 'os-aggregates/1/action', fx.addHost);
    cloud.replyOnce('POST', 'os-aggregates/1/action', fx.removeHost);
    cloud.replyOnce('POST', 'os-aggregates/1/action', fx.removeMissingHost, { status: 404 });
    expect((await addAggregateHost(cloud.client, 1, HOST)).hosts).toEqual([HOST]);
    expect(cloud.lastRequest().json).toEqual({ add_host: { host: HOST } });
    expect((await removeAggregateHost(cloud.client, 1, HOST)).hosts).toEqual([]);
    expect(cloud.lastRequest().json).toEqual({ remove_host: { host: HOST } });
    const error = await rejectionOf(async () => removeAggregateHost(cloud.client, 1, HOST));
    expect(isHttpError(error, 404)).toBe(true);
    expect(String(error)).toMatch(/Cannot remove host host-ovs-filter-active in aggregate 1/);
    expect(await inputRefusal(async () => addAggregateHost(cloud.client, 1, ''))).toMatchObject({ name: 'InvalidInputError', field: 'host' });
    expect(cloud.serviceRequests()).toHaveLength(3);
  });

  it('sets metadata, and a null value removes a key', async () => {
    const cloud = nova();
    cloud.replyOnce('POST', 'os-aggregates/1/action', fx.setMetadata);
    cloud.replyOnce('POST', 'os-aggregates/1/action', fx.unsetMetadata);
    const set = await setAggregateMetadata(cloud.client, 1, { 'rec-key': 'rec-value', other: 'x' });
    expect(cloud.lastRequest().json).toEqual({ set_metadata: { metadata: { 'rec-key': 'rec-value', other: 'x' } } });
    expect(set.metadata).toEqual({ availability_zone: 'rec-az-2', 'rec-key': 'rec-value', other: 'x' });
    const unset = await setAggregateMetadata(cloud.client, 1, { other: null });
    expect(cloud.lastRequest().json).toEqual({ set_metadata: { metadata: { other: null } } });
    expect(unset.metadata).toEqual({ availability_zone: 'rec-az-2', 'rec-key': 'rec-value' });
  });

  it('requests image pre-caching (2.81) and accepts 202', async () => {
    const cloud = nova();
    cloud.reply('POST', 'os-aggregates/1/images', undefined, { status: 202 });
    await expect(cacheAggregateImages(cloud.client, 1, [IMAGE])).resolves.toBeUndefined();
    expect(cloud.lastRequest().json).toEqual({ cache: [{ id: IMAGE }] });
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('compute 2.93');
  });

  it('refuses image pre-caching before 2.81, and an empty list, without sending', async () => {
    const old = nova('2.80');
    expect(await microversionRefusal(async () => cacheAggregateImages(old.client, 1, [IMAGE]))).toBe('Image pre-caching requires compute microversion 2.81 or later; this call uses 2.80');
    expect(old.requests).toHaveLength(0);
    const cloud = nova();
    expect(await inputRefusal(async () => cacheAggregateImages(cloud.client, 1, []))).toMatchObject({ name: 'InvalidInputError', field: 'imageIds' });
    expect(cloud.requests).toHaveLength(0);
  });

  it('deletes an aggregate (200)', async () => {
    const cloud = nova();
    cloud.reply('DELETE', 'os-aggregates/1', undefined, { status: 200 });
    await deleteAggregate(cloud.client, 1);
    expect(cloud.lastRequest().method).toBe('DELETE');
    expect(cloud.lastRequest().url).toBe('http://127.0.0.1:8774/v2.1/os-aggregates/1');
  });
});
