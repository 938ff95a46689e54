import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeNeutron, invalidField } from '../fake-neutron.fixtures.js';
import { createPortForwarding, deletePortForwarding, getPortForwarding, listPortForwardings, updatePortForwarding } from './index.js';
import * as fx from './port-forwardings.fixtures.js';

const id = fx.create.port_forwarding.id;
const portId = fx.create.port_forwarding.internal_port_id;
/** The floating IP the rules were recorded on, read from a recorded link. */
const fipId = /floatingips\/([^/]+)\//.exec(fx.listPage1.port_forwardings_links[0]?.href ?? '')?.[1] ?? '';
const base = `v2.0/floatingips/${fipId}/port_forwardings`;

describe('port forwardings', () => {
  it('creates a single-port rule and a port-range rule', async () => {
    const cloud = fakeNeutron();
    cloud.handle('POST', base, (request) =>
      ({ status: 201, body: 'internal_port_range' in (request.json as { port_forwarding: object }).port_forwarding ? fx.createRanges : fx.create }));
    const single = { internal_port_id: portId, internal_ip_address: '10.77.1.60', internal_port: 22, external_port: 2222, protocol: 'tcp', description: 'recorded' };
    expect(await createPortForwarding(cloud.client, fipId, single)).toMatchObject({ id, internal_port_range: '22:22', external_port_range: '2222:2222' });
    expect(cloud.lastRequest().json).toEqual({ port_forwarding: single });
    const range = { internal_port_id: portId, internal_ip_address: '10.77.1.60', internal_port_range: '8000:8010', external_port_range: '9000:9010', protocol: 'udp' };
    expect(await createPortForwarding(cloud.client, fipId, range)).toMatchObject({ internal_port: null, external_port: null, protocol: 'udp' });
    expect(cloud.lastRequest().json).toEqual({ port_forwarding: range });
  });

  it('maps an external range onto one internal port', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', base, fx.mixed, { status: 201 });
    const input = { internal_port_id: portId, internal_ip_address: '10.77.1.60', internal_port: 80, external_port_range: '7000:7010', protocol: 'tcp' };
    expect(await createPortForwarding(cloud.client, fipId, input)).toMatchObject({ internal_port_range: '80:80', external_port_range: '7000:7010' });
  });

  it('reports colliding external ports', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', base, fx.duplicate, { status: 400 });
    const input = { internal_port_id: portId, internal_ip_address: '10.77.1.60', internal_port: 23, external_port: 2222, protocol: 'tcp' };
    const error = await createPortForwarding(cloud.client, fipId, input).catch((e: unknown) => e);
    expect(isHttpError(error, 400) && error.serviceErrorType).toBe('BadRequest');
  });

  it('lists sorted on several keys', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `${base}?sort_key=protocol&sort_dir=asc&sort_key=id&sort_dir=desc`, fx.list);
    const rules = await listPortForwardings(cloud.client, fipId, { sort_key: ['protocol', 'id'], sort_dir: ['asc', 'desc'] }).all();
    expect(rules.map((rule) => rule.protocol)).toEqual(['tcp', 'tcp', 'udp']);
    expect(rules[1]?.external_port).toBeUndefined();
  });

  it('follows port_forwardings_links', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `${base}?limit=1&sort_key=protocol&sort_dir=asc`, fx.listPage1);
    cloud.reply('GET', fx.listPage1.port_forwardings_links.find((link) => link.rel === 'next')?.href ?? '', fx.listPage2);
    cloud.reply('GET', fx.listPage2.port_forwardings_links.find((link) => link.rel === 'next')?.href ?? '', { port_forwardings: [] });
    const rules = await listPortForwardings(cloud.client, fipId, { limit: 1, sort_key: 'protocol', sort_dir: 'asc' }).all();
    expect(rules.map((rule) => rule.external_port_range)).toEqual(['7000:7010', '2222:2222']);
    expect(cloud.serviceRequests()).toHaveLength(3);
  });

  it('filters on every field it supports', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `${base}?protocol=tcp&external_port=2222&internal_port_id=${portId}&id=${id}&description=recorded&fields=id&fields=external_port&fields=protocol`, fx.listFiltered);
    cloud.reply('GET', `${base}?external_port_range=9000%3A9010&marker=m&page_reverse=false`, fx.listRangeFilter);
    const query = { protocol: 'tcp', external_port: 2222, internal_port_id: portId, id, description: 'recorded', fields: ['id', 'external_port', 'protocol'] };
    expect(await listPortForwardings(cloud.client, fipId, query).all()).toEqual([{ id, external_port: 2222, protocol: 'tcp' }]);
    const ranged = await listPortForwardings(cloud.client, fipId, { external_port_range: '9000:9010', marker: 'm', page_reverse: false }).all();
    expect(ranged.map((rule) => rule.internal_port_range)).toEqual(['8000:8010']);
  });

  it('gets, updates and deletes; then it is PortForwardingNotFound', async () => {
    const cloud = fakeNeutron();
    cloud.replyOnce('GET', `${base}/${id}`, fx.get);
    cloud.reply('PUT', `${base}/${id}`, fx.update);
    cloud.reply('DELETE', `${base}/${id}`, undefined, { status: 204 });
    cloud.reply('GET', `${base}/${id}`, fx.notFound, { status: 404 });
    expect((await getPortForwarding(cloud.client, fipId, id)).description).toBe('recorded');
    const input = { internal_port: 2022, external_port: 2223, protocol: 'udp', description: 'changed' };
    expect(await updatePortForwarding(cloud.client, fipId, id, input)).toMatchObject({ ...input, external_port_range: '2223:2223' });
    expect(cloud.lastRequest().json).toEqual({ port_forwarding: input });
    await expect(deletePortForwarding(cloud.client, fipId, id)).resolves.toBeUndefined();
    expect(cloud.lastRequest().method).toBe('DELETE');
    const missing = await getPortForwarding(cloud.client, fipId, id).catch((e: unknown) => e);
    expect(isHttpError(missing, 404) && missing.serviceErrorType).toBe('PortForwardingNotFound');
  });

  it('refuses empty IDs before sending', async () => {
    const cloud = fakeNeutron();
    expect(invalidField(await rejectionOf(() => listPortForwardings(cloud.client, '')))).toBe('floatingIpId');
    expect(invalidField(await rejectionOf(getPortForwarding(cloud.client, fipId, '')))).toBe('portForwardingId');
    expect(invalidField(await rejectionOf(deletePortForwarding(cloud.client, '', id)))).toBe('floatingIpId');
    expect(cloud.requests).toHaveLength(0);
  });
});
