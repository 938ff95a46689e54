import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import {
  deleteComputeService,
  disableComputeService,
  enableComputeService,
  forceDownComputeService,
  listComputeServices,
  updateComputeService,
} from './index.js';
import * as fx from './services.fixtures.js';
import { fakeNova as nova, inputRefusal, microversionRefusal } from '../fake-nova.fixtures.js';

const COMPUTE = 'b95d23e9-c267-4647-90fb-904575fea18f';
const SCHEDULER = '1046b951-21fc-4931-9f42-943a83e740f3';
const HOST = 'host-ovs-filter-active';

describe('compute services', () => {
  it('lists the services', async () => {
    const cloud = nova();
    cloud.reply('GET', 'os-services', fx.list);
    const services = await listComputeServices(cloud.client).all();
    expect(services.map((s) => s.binary)).toEqual(['nova-scheduler', 'nova-conductor', 'nova-compute']);
    expect(services[2]).toMatchObject({ id: COMPUTE, host: HOST, zone: 'nova', status: 'enabled', state: 'up', disabled_reason: null, forced_down: false });
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('compute 2.93');
  });

  it('filters by binary and host', async () => {
    const cloud = nova();
    cloud.reply('GET', `os-services?binary=nova-compute&host=${HOST}`, fx.listFiltered);
    const services = await listComputeServices(cloud.client, { binary: 'nova-compute', host: HOST }).all();
    expect(cloud.lastRequest().query).toEqual({ binary: 'nova-compute', host: HOST });
    expect(services.map((s) => s.id)).toEqual([COMPUTE]);
  });

  it('lists integer IDs before 2.53, and no forced_down before 2.11', async () => {
    const v252 = nova('2.52');
    v252.reply('GET', 'os-services?binary=nova-compute', fx.list252);
    expect(await listComputeServices(v252.client, { binary: 'nova-compute' }).all()).toEqual([expect.objectContaining({ id: 4, forced_down: false })]);
    const v21 = nova('2.1');
    v21.reply('GET', 'os-services?binary=nova-compute', fx.list21);
    const [service] = await listComputeServices(v21.client, { binary: 'nova-compute' }).all();
    expect(service?.forced_down).toBeUndefined();
  });

  it('disables with a reason and enables again by ID (2.53)', async () => {
    const cloud = nova();
    cloud.replyOnce('PUT', `os-services/${COMPUTE}`, fx.disable);
    cloud.replyOnce('PUT', `os-services/${COMPUTE}`, fx.enable);
    const disabled = await updateComputeService(cloud.client, COMPUTE, { status: 'disabled', disabled_reason: 'rec-maintenance' });
    expect(cloud.lastRequest().json).toEqual({ status: 'disabled', disabled_reason: 'rec-maintenance' });
    expect(disabled).toMatchObject({ id: COMPUTE, status: 'disabled', disabled_reason: 'rec-maintenance' });
    const enabled = await updateComputeService(cloud.client, COMPUTE, { status: 'enabled' });
    expect(cloud.lastRequest().json).toEqual({ status: 'enabled' });
    expect(enabled).toMatchObject({ status: 'enabled', disabled_reason: null });
  });

  it('sets and clears forced_down by ID (2.53)', async () => {
    const cloud = nova();
    cloud.replyOnce('PUT', `os-services/${COMPUTE}`, fx.forceDown);
    cloud.replyOnce('PUT', `os-services/${COMPUTE}`, fx.forceUp);
    expect(await updateComputeService(cloud.client, COMPUTE, { forced_down: true })).toMatchObject({ forced_down: true, state: 'down' });
    expect(cloud.lastRequest().json).toEqual({ forced_down: true });
    expect(await updateComputeService(cloud.client, COMPUTE, { forced_down: false })).toMatchObject({ forced_down: false, state: 'up' });
  });

  it('surfaces the 400 Nova gives for a service other than nova-compute', async () => {
    const cloud = nova();
    cloud.reply('PUT', `os-services/${SCHEDULER}`, fx.updateScheduler, { status: 400 });
    const error = await rejectionOf(async () => updateComputeService(cloud.client, SCHEDULER, { status: 'disabled' }));
    expect(isHttpError(error, 400)).toBe(true);
    expect(String(error)).toMatch(/Only nova-compute services can be updated/);
  });

  it('refuses an update before 2.53, and a reason without disabling, without sending', async () => {
    const old = nova('2.52');
    expect(await microversionRefusal(async () => updateComputeService(old.client, COMPUTE, { status: 'enabled' }))).toBe('Updating a service by ID requires compute microversion 2.53 or later; this call uses 2.52');
    const cloud = nova();
    expect(await inputRefusal(async () => updateComputeService(cloud.client, COMPUTE, { status: 'enabled', disabled_reason: 'x' }))).toMatchObject({ name: 'InvalidInputError', field: 'disabled_reason' });
    expect([...old.requests, ...cloud.requests]).toHaveLength(0);
  });

  it('disables and enables by host and binary before 2.53', async () => {
    const cloud = nova('2.52');
    cloud.reply('PUT', 'os-services/disable', fx.legacyDisable);
    cloud.reply('PUT', 'os-services/disable-log-reason', fx.legacyDisableWithReason);
    cloud.reply('PUT', 'os-services/enable', fx.legacyEnable);
    expect(await disableComputeService(cloud.client, { host: HOST, binary: 'nova-compute' })).toEqual({ host: HOST, binary: 'nova-compute', status: 'disabled' });
    expect(cloud.lastRequest().json).toEqual({ host: HOST, binary: 'nova-compute' });
    const withReason = await disableComputeService(cloud.client, { host: HOST, binary: 'nova-compute', disabled_reason: 'rec-maintenance' });
    expect(cloud.lastRequest().url).toBe('http://127.0.0.1:8774/v2.1/os-services/disable-log-reason');
    expect(cloud.lastRequest().json).toEqual({ host: HOST, binary: 'nova-compute', disabled_reason: 'rec-maintenance' });
    expect(withReason.disabled_reason).toBe('rec-maintenance');
    expect(await enableComputeService(cloud.client, { host: HOST, binary: 'nova-compute' })).toEqual({ host: HOST, binary: 'nova-compute', status: 'enabled' });
    expect(cloud.lastRequest().method).toBe('PUT');
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('compute 2.52');
  });

  it('forces down and up by host and binary (2.11 to 2.52)', async () => {
    const cloud = nova('2.52');
    cloud.replyOnce('PUT', 'os-services/force-down', fx.legacyForceDown);
    cloud.replyOnce('PUT', 'os-services/force-down', fx.legacyForceUp);
    expect((await forceDownComputeService(cloud.client, { host: HOST, binary: 'nova-compute', forced_down: true })).forced_down).toBe(true);
    expect(cloud.lastRequest().json).toEqual({ host: HOST, binary: 'nova-compute', forced_down: true });
    expect((await forceDownComputeService(cloud.client, { host: HOST, binary: 'nova-compute', forced_down: false })).forced_down).toBe(false);
  });

  it('refuses the host-and-binary calls from 2.53, force-down before 2.11, and a missing host, without sending', async () => {
    const cloud = nova('2.53');
    const name = { host: HOST, binary: 'nova-compute' };
    expect(await microversionRefusal(async () => enableComputeService(cloud.client, name))).toBe('Enabling a service by host and binary was removed in compute microversion 2.53; this call uses 2.53');
    expect(await microversionRefusal(async () => disableComputeService(cloud.client, name))).toBe('Disabling a service by host and binary was removed in compute microversion 2.53; this call uses 2.53');
    expect(await microversionRefusal(async () => forceDownComputeService(cloud.client, { ...name, forced_down: true }))).toBe('Forcing a service down by host and binary was removed in compute microversion 2.53; this call uses 2.53');
    const v210 = nova('2.10');
    expect(await microversionRefusal(async () => forceDownComputeService(v210.client, { ...name, forced_down: true }))).toBe('Forcing a service down requires compute microversion 2.11 or later; this call uses 2.10');
    expect(await inputRefusal(async () => enableComputeService(v210.client, { host: '', binary: 'nova-compute' }))).toMatchObject({ name: 'InvalidInputError', field: 'host' });
    expect([...cloud.requests, ...v210.requests]).toHaveLength(0);
  });

  it('deletes by UUID (204), and by integer ID before 2.53', async () => {
    const cloud = nova();
    cloud.reply('DELETE', `os-services/${COMPUTE}`, undefined, { status: 204 });
    await deleteComputeService(cloud.client, COMPUTE);
    expect(cloud.lastRequest().method).toBe('DELETE');
    expect(cloud.lastRequest().url).toBe(`http://127.0.0.1:8774/v2.1/os-services/${COMPUTE}`);
    const old = nova('2.52');
    old.reply('DELETE', 'os-services/999999', fx.deleteMissing252, { status: 404 });
    const error = await rejectionOf(async () => deleteComputeService(old.client, 999999));
    expect(isHttpError(error, 404)).toBe(true);
    expect(String(error)).toMatch(/Service 999999 not found/);
    expect(await inputRefusal(async () => deleteComputeService(old.client, 1.5))).toMatchObject({ name: 'InvalidInputError', field: 'serviceId' });
  });

  it('surfaces the 404 for an unknown service', async () => {
    const cloud = nova();
    const id = '00000000-0000-4000-8000-000000000000';
    cloud.reply('DELETE', `os-services/${id}`, fx.deleteMissing, { status: 404 });
    const error = await rejectionOf(async () => deleteComputeService(cloud.client, id));
    expect(isHttpError(error, 404)).toBe(true);
    expect(String(error)).toMatch(/not found/);
  });
});
