import { describe, expect, it } from '@jest/globals';
import { isHttpError, isNameLookupError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeNeutron, invalidField } from '../fake-neutron.fixtures.js';
import {
  addRouterExtraRoutes,
  addRouterInterface,
  createRouter,
  deleteRouter,
  findRouterId,
  getRouter,
  listRouters,
  removeRouterExtraRoutes,
  removeRouterInterface,
  updateRouter,
  type AddRouterInterfaceInput,
  type RemoveRouterInterfaceInput,
} from './index.js';
import * as fx from './routers.fixtures.js';

const id = fx.create.router.id;
const publicNetwork = fx.create.router.external_gateway_info.network_id;
const publicSubnet = fx.createAdmin.router.external_gateway_info.external_fixed_ips[0]?.subnet_id ?? '';
const subnetId = fx.addInterfaceSubnet.subnet_id;
const portId = fx.addInterfacePort.port_id;

describe('routers', () => {
  it('lists across pages following routers_links, with repeated names and fields', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/routers?name=rec-router&name=rec-router-2&limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name', fx.listPage1);
    cloud.reply('GET', fx.listPage1.routers_links.find((link) => link.rel === 'next')?.href ?? '', fx.listPage2);
    cloud.reply('GET', fx.listPage2.routers_links.find((link) => link.rel === 'next')?.href ?? '', fx.listPage3);
    const routers = await listRouters(cloud.client, { name: ['rec-router', 'rec-router-2'], limit: 1, sort_key: 'name', sort_dir: 'asc', fields: ['id', 'name'] }).all();
    expect(routers.map((router) => router.name)).toEqual(['rec-router', 'rec-router-2']);
    expect(cloud.serviceRequests()).toHaveLength(3);
  });

  it('passes every filter, tag filters comma-joined', async () => {
    const cloud = fakeNeutron();
    cloud.reply(
      'GET',
      `v2.0/routers?name=rec-router&admin_state_up=true&description=recorded&revision_number=3&id=${id}&tenant_id=t&project_id=p&tags=a%2Cb&tags-any=c&not-tags=d&not-tags-any=e%2Cf&page_reverse=false&marker=m`,
      fx.listFiltered,
    );
    const query = {
      name: 'rec-router', admin_state_up: true, description: 'recorded', revision_number: 3, id, tenant_id: 't', project_id: 'p',
      tags: ['a', 'b'], 'tags-any': ['c'], 'not-tags': ['d'], 'not-tags-any': ['e', 'f'], page_reverse: false, marker: 'm',
    };
    const [router] = await listRouters(cloud.client, query).all();
    expect(router?.external_gateway_info?.enable_snat).toBe(true);
    expect(cloud.lastRequest().query['not-tags-any']).toBe('e,f');
  });

  it('creates with a gateway on the external network, gets and updates', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/routers', fx.create, { status: 201 });
    cloud.reply('GET', `v2.0/routers/${id}`, fx.get);
    cloud.reply('PUT', `v2.0/routers/${id}`, fx.update);
    const input = { name: 'rec-router', description: 'recorded', admin_state_up: true, external_gateway_info: { network_id: publicNetwork } };
    const router = await createRouter(cloud.client, input);
    expect(cloud.lastRequest().json).toEqual({ router: input });
    expect(router.external_gateway_info?.external_fixed_ips?.[0]?.subnet_id).toBe(publicSubnet);
    expect((await getRouter(cloud.client, id)).status).toBe('ACTIVE');
    expect(cloud.lastRequest().method).toBe('GET');
    const updated = await updateRouter(cloud.client, id, { name: 'rec-router-1', description: 'changed', admin_state_up: true });
    expect(cloud.lastRequest().json).toEqual({ router: { name: 'rec-router-1', description: 'changed', admin_state_up: true } });
    expect(updated).toMatchObject({ name: 'rec-router-1', description: 'changed' });
  });

  it('creates with the admin-only fields', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/routers', fx.createAdmin, { status: 201 });
    const input = {
      name: 'rec-router-admin',
      external_gateway_info: { network_id: publicNetwork, enable_snat: false, external_fixed_ips: [{ subnet_id: publicSubnet, ip_address: '172.24.4.201' }] },
      distributed: true,
      ha: false,
    };
    const router = await createRouter(cloud.client, input);
    expect(cloud.lastRequest().json).toEqual({ router: input });
    expect(router).toMatchObject({ distributed: true, ha: false, external_gateway_info: { enable_snat: false } });
  });

  it('creates in another project with a gateway QoS policy cleared (admin)', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/routers', fx.createForProject, { status: 201 });
    const project = fx.createForProject.router.project_id;
    const input = { name: 'rec-router-project', project_id: project, external_gateway_info: { network_id: publicNetwork, qos_policy_id: null } };
    expect((await createRouter(cloud.client, input)).tenant_id).toBe(project);
    expect(cloud.lastRequest().json).toEqual({ router: input });
  });

  it('sends availability zone hints and a flavor, and reports what Neutron says of them', async () => {
    const cloud = fakeNeutron();
    cloud.handle('POST', 'v2.0/routers', (request) =>
      (request.json as { router: { flavor_id?: string } }).router.flavor_id === undefined
        ? { status: 404, body: fx.createAz }
        : { status: 404, body: fx.createFlavor },
    );
    const az = await createRouter(cloud.client, { name: 'rec-router-az', availability_zone_hints: ['nova'] }).catch((e: unknown) => e);
    expect(cloud.lastRequest().json).toEqual({ router: { name: 'rec-router-az', availability_zone_hints: ['nova'] } });
    expect(isHttpError(az, 404) && az.serviceErrorType).toBe('AvailabilityZoneNotFound');
    const flavor = await createRouter(cloud.client, { name: 'rec-router-flavor', flavor_id: '00000000-0000-0000-0000-000000000000' }).catch((e: unknown) => e);
    expect(cloud.lastRequest().json).toEqual({ router: { name: 'rec-router-flavor', flavor_id: '00000000-0000-0000-0000-000000000000' } });
    expect(isHttpError(flavor, 404) && flavor.serviceErrorType).toBe('FlavorNotFound');
  });

  it('a member may not set enable_snat: 403 with the policy rule', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/routers', fx.memberSnat, { status: 403 });
    const error = await createRouter(cloud.client, { name: 'rec-router-snat', external_gateway_info: { network_id: publicNetwork, enable_snat: false } }).catch((e: unknown) => e);
    expect(isHttpError(error, 403) && error.serviceErrorType).toBe('PolicyNotAuthorized');
  });

  it('replaces the routes and clears the gateway by update', async () => {
    const cloud = fakeNeutron();
    cloud.handle('PUT', `v2.0/routers/${id}`, (request) => {
      const body = request.json as { router: Record<string, unknown> };
      if ('external_gateway_info' in body.router) return { body: fx.clearGateway };
      return { body: Array.isArray(body.router.routes) && body.router.routes.length === 0 ? fx.clearRoutes : fx.updateRoutes };
    });
    const routes = [{ destination: '10.99.0.0/24', nexthop: '10.77.1.10' }];
    expect((await updateRouter(cloud.client, id, { routes })).routes).toEqual(routes);
    expect(cloud.lastRequest().json).toEqual({ router: { routes } });
    expect((await updateRouter(cloud.client, id, { routes: [] })).routes).toEqual([]);
    expect((await updateRouter(cloud.client, id, { external_gateway_info: {} })).external_gateway_info).toBeNull();
    expect(cloud.lastRequest().json).toEqual({ router: { external_gateway_info: {} } });
  });

  it('adds interfaces by subnet and by port, unwrapped bodies', async () => {
    const cloud = fakeNeutron();
    cloud.handle('PUT', `v2.0/routers/${id}/add_router_interface`, (request) =>
      ({ body: 'subnet_id' in (request.json as object) ? fx.addInterfaceSubnet : fx.addInterfacePort }));
    const bySubnet = await addRouterInterface(cloud.client, id, { subnet_id: subnetId });
    expect(cloud.lastRequest().json).toEqual({ subnet_id: subnetId });
    expect(bySubnet).toMatchObject({ id, subnet_ids: [subnetId] });
    const byPort = await addRouterInterface(cloud.client, id, { port_id: portId });
    expect(cloud.lastRequest().json).toEqual({ port_id: portId });
    expect(byPort.port_id).toBe(portId);
  });

  it('refuses an interface with both subnet and port, or neither, before sending', async () => {
    const cloud = fakeNeutron();
    const both = { subnet_id: subnetId, port_id: portId } as unknown as AddRouterInterfaceInput;
    expect(invalidField(await rejectionOf(addRouterInterface(cloud.client, id, both)))).toBe('port_id');
    expect(invalidField(await rejectionOf(addRouterInterface(cloud.client, id, {} as AddRouterInterfaceInput)))).toBe('subnet_id');
    expect(invalidField(await rejectionOf(removeRouterInterface(cloud.client, id, {} as RemoveRouterInterfaceInput)))).toBe('subnet_id');
    expect(invalidField(await rejectionOf(getRouter(cloud.client, '')))).toBe('routerId');
    expect(cloud.requests).toHaveLength(0);
  });

  it("reports Neutron's refusal of both subnet and port when the type is widened", async () => {
    const cloud = fakeNeutron();
    cloud.reply('PUT', `v2.0/routers/${id}/add_router_interface`, fx.addInterfaceBoth, { status: 400 });
    const error = await addRouterInterface(cloud.client, id, { subnet_id: subnetId }).catch((e: unknown) => e);
    expect(isHttpError(error, 400) && error.serviceMessage).toBe('Bad router request: Cannot specify both subnet-id and port-id.');
  });

  it('removes interfaces by subnet and by port; a subnet a route needs is a 409', async () => {
    const cloud = fakeNeutron();
    cloud.replyOnce('PUT', `v2.0/routers/${id}/remove_router_interface`, fx.removeInterfaceInUseByRoute, { status: 409 });
    cloud.handle('PUT', `v2.0/routers/${id}/remove_router_interface`, (request) =>
      ({ body: 'subnet_id' in (request.json as object) ? fx.removeInterfaceSubnet : fx.removeInterfacePort }));
    const inUse = await removeRouterInterface(cloud.client, id, { subnet_id: subnetId }).catch((e: unknown) => e);
    expect(isHttpError(inUse, 409) && inUse.serviceErrorType).toBe('RouterInterfaceInUseByRoute');
    expect((await removeRouterInterface(cloud.client, id, { subnet_id: subnetId })).port_id).toBe(fx.addInterfaceSubnet.port_id);
    expect(cloud.lastRequest().json).toEqual({ subnet_id: subnetId });
    expect((await removeRouterInterface(cloud.client, id, { port_id: portId })).port_id).toBe(portId);
    expect(cloud.lastRequest().json).toEqual({ port_id: portId });
  });

  it('adds and removes extra routes atomically, in the router envelope', async () => {
    const cloud = fakeNeutron();
    cloud.reply('PUT', `v2.0/routers/${id}/add_extraroutes`, fx.addExtraroutes);
    cloud.reply('PUT', `v2.0/routers/${id}/remove_extraroutes`, fx.removeExtraroutes);
    const added = [{ destination: '10.98.0.0/24', nexthop: '10.77.1.11' }, { destination: '10.97.0.0/24', nexthop: '10.77.2.12' }];
    const router = await addRouterExtraRoutes(cloud.client, id, added);
    expect(cloud.lastRequest().json).toEqual({ router: { routes: added } });
    expect(router.routes).toHaveLength(3);
    const after = await removeRouterExtraRoutes(cloud.client, id, [{ destination: '10.98.0.0/24', nexthop: '10.77.1.11' }]);
    expect(cloud.lastRequest().json).toEqual({ router: { routes: [{ destination: '10.98.0.0/24', nexthop: '10.77.1.11' }] } });
    expect(after.routes?.map((route) => route.destination)).toEqual(['10.97.0.0/24', '10.99.0.0/24']);
  });

  it('reports a nexthop off the connected subnets', async () => {
    const cloud = fakeNeutron();
    cloud.reply('PUT', `v2.0/routers/${id}/add_extraroutes`, fx.badNexthop, { status: 400 });
    const error = await addRouterExtraRoutes(cloud.client, id, [{ destination: '10.96.0.0/24', nexthop: '192.168.250.1' }]).catch((e: unknown) => e);
    expect(isHttpError(error, 400) && error.serviceErrorType).toBe('InvalidRoutes');
  });

  it('deletes; a router with interfaces is RouterInUse, a missing one RouterNotFound', async () => {
    const cloud = fakeNeutron();
    cloud.replyOnce('DELETE', `v2.0/routers/${id}`, fx.deleteInUse, { status: 409 });
    cloud.reply('DELETE', `v2.0/routers/${id}`, undefined, { status: 204 });
    cloud.reply('GET', `v2.0/routers/${id}`, fx.notFound, { status: 404 });
    const inUse = await deleteRouter(cloud.client, id).catch((e: unknown) => e);
    expect(isHttpError(inUse, 409) && inUse.serviceErrorType).toBe('RouterInUse');
    await expect(deleteRouter(cloud.client, id)).resolves.toBeUndefined();
    expect(cloud.lastRequest().method).toBe('DELETE');
    const missing = await getRouter(cloud.client, id).catch((e: unknown) => e);
    expect(isHttpError(missing, 404) && missing.serviceErrorType).toBe('RouterNotFound');
  });

  it('findRouterId takes an ID first, then a unique name', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/routers/${fx.get.router.id}`, fx.get);
    cloud.reply('GET', 'v2.0/routers/rec-router-2', fx.notFound, { status: 404 });
    cloud.reply('GET', 'v2.0/routers?name=rec-router-2&fields=id&fields=name', fx.find);
    cloud.reply('GET', 'v2.0/routers/none', fx.notFound, { status: 404 });
    cloud.reply('GET', 'v2.0/routers?name=none&fields=id&fields=name', { routers: [] });
    expect(await findRouterId(cloud.client, fx.get.router.id)).toEqual({ id: fx.get.router.id, matchedBy: 'id' });
    expect(cloud.serviceRequests()).toHaveLength(1);
    expect(await findRouterId(cloud.client, 'rec-router-2')).toEqual({ id: fx.createPlain.router.id, matchedBy: 'name' });
    expect(cloud.serviceRequests().slice(1).map((r) => r.url)).toEqual([
      'http://127.0.0.1:9696/v2.0/routers/rec-router-2',
      'http://127.0.0.1:9696/v2.0/routers?name=rec-router-2&fields=id&fields=name',
    ]);
    const none = await rejectionOf(findRouterId(cloud.client, 'none'));
    expect(isNameLookupError(none) && [none.reason, none.lookupName]).toEqual(['none', 'none']);
    expect(invalidField(await rejectionOf(findRouterId(cloud.client, '')))).toBe('nameOrId');
  });
});
