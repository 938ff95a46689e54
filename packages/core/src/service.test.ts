import { describe, expect, it } from '@jest/globals';
import { isEndpointNotFoundError, isInvalidInputError, isMicroversionError } from './errors.js';
import { createServiceClient, requireId, segment } from './service.js';
import { createFakeCloud } from './testing/index.js';

describe('ServiceClient', () => {
  it('sends the client’s microversion, and a call may override it', async () => {
    const cloud = createFakeCloud({ microversion: '2.79' });
    cloud.reply('GET', 'servers', { servers: [] });
    await cloud.client.request({ method: 'GET', path: 'servers' });
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('compute 2.79');
    await cloud.client.request({ method: 'GET', path: 'servers' }, { microversion: '2.1' });
    expect(cloud.lastRequest().headers['x-openstack-nova-api-version']).toBe('2.1');
  });

  it('refuses, before sending, a feature that needs a newer microversion', () => {
    const cloud = createFakeCloud({ microversion: '2.25' });
    let error: unknown;
    try {
      cloud.client.requireMicroversion('2.26', 'Server tags');
    } catch (e) {
      error = e;
    }
    expect(isMicroversionError(error)).toBe(true);
    expect((error as Error).message).toBe('Server tags requires compute microversion 2.26 or later; this call uses 2.25');
    expect(cloud.client.microversionAtLeast('2.26', { microversion: '2.26' })).toBe(true);
    expect(cloud.requests).toHaveLength(0);
  });

  it('createServiceClient picks the catalog endpoint by alias and appends the base once', async () => {
    const cloud = createFakeCloud({ serviceType: 'volumev3', endpoint: 'https://cinder.fake.test/v3/p-1' });
    const client = await createServiceClient(cloud.provider, { type: 'block-storage' });
    expect(client.serviceType).toBe('block-storage');
    expect(client.endpoint).toBe('https://cinder.fake.test/v3/p-1/');
    const network = createFakeCloud({ serviceType: 'network', endpoint: 'https://neutron.fake.test/' });
    expect((await createServiceClient(network.provider, { type: 'network', base: 'v2.0/' })).endpoint).toBe('https://neutron.fake.test/v2.0/');
    expect((await createServiceClient(network.provider, { type: 'network', base: 'v2.0', endpointOverride: 'https://n.example/v2.0' })).endpoint).toBe(
      'https://n.example/v2.0/',
    );
  });

  it('expands %(project_id)s in provider-wide endpoint overrides', async () => {
    const cloud = createFakeCloud({ provider: { endpointOverrides: { 'object-store': 'https://swift.example/v1/AUTH_%(project_id)s' } } });
    const client = await createServiceClient(cloud.provider, { type: 'object-store' });
    expect(client.endpoint).toBe('https://swift.example/v1/AUTH_p-1/');
  });

  it('uses the provider’s default microversion for a service type', async () => {
    const cloud = createFakeCloud({ provider: { microversions: { compute: '2.60' } } });
    expect((await createServiceClient(cloud.provider, { type: 'compute' })).microversion).toBe('2.60');
  });

  it('finds provider defaults keyed by any name of the service type', async () => {
    const cloud = createFakeCloud({
      serviceType: 'volumev3',
      endpoint: 'https://cinder.fake.test/v3/p-1',
      provider: { microversions: { volume: '3.50' }, endpointOverrides: { volumev3: 'https://override.fake.test/v3/%(project_id)s' } },
    });
    const client = await createServiceClient(cloud.provider, { type: 'block-storage' });
    expect(client.microversion).toBe('3.50');
    expect(client.endpoint).toBe('https://override.fake.test/v3/p-1/');
  });

  it('an unknown service lists what the catalog offers', async () => {
    const cloud = createFakeCloud();
    const error = await createServiceClient(cloud.provider, { type: 'dns', region: 'RegionOne' }).catch((e: unknown) => e);
    expect(isEndpointNotFoundError(error)).toBe(true);
    expect((error as Error).message).toBe(
      'No endpoint for type dns, region RegionOne, interface public; the catalog offers: identity/keystone public RegionOne; compute/compute public RegionOne; compute/compute internal RegionOne; compute/compute admin RegionOne',
    );
  });

  it('validates path identifiers before any request', () => {
    expect(segment('a b/c')).toBe('a%20b%2Fc');
    expect(requireId('x', 'id')).toBe('x');
    for (const bad of ['', '  ', undefined, 3]) {
      let error: unknown;
      try {
        requireId(bad, 'serverId');
      } catch (e) {
        error = e;
      }
      expect(isInvalidInputError(error)).toBe(true);
      expect((error as Error).message).toMatch(/^serverId must be a non-empty string/);
    }
  });
});
