import { describe, expect, it } from '@jest/globals';
import { selectEndpoint } from './catalog.js';
import { isEndpointNotFoundError, isMicroversionError } from './errors.js';
import { createServiceClient, discoverVersion } from './service.js';
import { createFakeCloud, type FakeCloud } from './testing/index.js';
import {
  PROJECT_ID,
  blockStorageProjectEndpoint,
  blockStorageRoot,
  blockStorageV3,
  blockStorageV3Unauthenticated,
  computeRoot,
  computeV21,
  identityRoot,
  identityV3Slash,
  imageRoot,
  imageV2,
  localCatalog,
  networkRoot,
  networkV20,
  orchestrationProjectEndpoint,
  orchestrationRoot,
  orchestrationV1,
  placementRoot,
  type RecordedDocument,
} from './versions.fixtures.js';

/**
 * A fake cloud whose catalog is the local cloud's: `serviceType` gets the fake's own entry at the
 * real endpoint, the other services keep theirs. Identity stays the fake Keystone.
 */
function localCloud(serviceType: string, base?: string): FakeCloud {
  return createFakeCloud({
    serviceType,
    endpoint: selectEndpoint(localCatalog, { type: serviceType }),
    base,
    catalog: localCatalog.filter((entry) => entry.type !== 'identity' && entry.type !== serviceType),
  });
}

/** Routes recorded documents at their own URLs, with their status and headers. */
function serve(cloud: FakeCloud, ...documents: RecordedDocument[]): FakeCloud {
  for (const document of documents) {
    const headers: Record<string, string> = { 'content-type': document.contentType };
    if (document.requestId !== undefined) headers['x-openstack-request-id'] = document.requestId;
    if (document.location !== undefined) headers.location = document.location;
    cloud.reply('GET', document.url, document.body, { status: document.status, headers });
  }
  return cloud;
}

const urls = (cloud: FakeCloud): string[] => cloud.serviceRequests().map((request) => `${request.method} ${request.url}`);

describe('discoverVersion on the local cloud', () => {
  it('reads Nova\'s range from its /v2.1/ document', async () => {
    const cloud = serve(localCloud('compute'), computeV21, computeRoot);
    expect(cloud.client.endpoint).toBe('http://127.0.0.1:8774/v2.1/');
    const found = await discoverVersion(cloud.client);
    expect(found.version.id).toBe('v2.1');
    expect(found.version.status).toBe('CURRENT');
    expect(found.microversions).toEqual({ min: '2.1', max: '2.93' });
    expect(found.all.map((version) => version.id)).toEqual(['v2.1']);
    expect(urls(cloud)).toEqual(['GET http://127.0.0.1:8774/v2.1/']);
  });

  it('falls back to Nova\'s root document and picks v2.1, not the legacy v2.0', async () => {
    const cloud = serve(localCloud('compute'), computeRoot);
    const found = await discoverVersion(cloud.client);
    expect(found.version.id).toBe('v2.1');
    expect(found.microversions).toEqual({ min: '2.1', max: '2.93' });
    expect(found.all.map((version) => version.id)).toEqual(['v2.0', 'v2.1']);
    expect(urls(cloud)).toEqual(['GET http://127.0.0.1:8774/v2.1/', 'GET http://127.0.0.1:8774/']);
  });

  it('finds Cinder\'s range behind the project ID: the endpoint 404s, /v3/ answers', async () => {
    const cloud = serve(localCloud('volumev3'), blockStorageProjectEndpoint, blockStorageV3, blockStorageRoot);
    expect(cloud.client.endpoint).toBe(`http://127.0.0.1:8776/v3/${PROJECT_ID}/`);
    expect(cloud.client.serviceType).toBe('block-storage');
    const found = await discoverVersion(cloud.client);
    expect(found.version.id).toBe('v3.0');
    expect(found.microversions).toEqual({ min: '3.0', max: '3.70' });
    expect(urls(cloud)).toEqual([`GET http://127.0.0.1:8776/v3/${PROJECT_ID}/`, 'GET http://127.0.0.1:8776/v3/']);
  });

  it('falls back to Cinder\'s root (300 Multiple Choices) when /v3/ refuses', async () => {
    const cloud = serve(localCloud('volumev3'), blockStorageProjectEndpoint, blockStorageV3Unauthenticated, blockStorageRoot);
    const found = await discoverVersion(cloud.client);
    expect(found.version.id).toBe('v3.0');
    expect(found.microversions).toEqual({ min: '3.0', max: '3.70' });
    expect(urls(cloud).at(-1)).toBe('GET http://127.0.0.1:8776/');
  });

  it('reads Placement\'s max_version from its root, whose self link is empty', async () => {
    const cloud = serve(localCloud('placement'), placementRoot);
    expect(cloud.client.endpoint).toBe('http://127.0.0.1:8778/');
    const found = await discoverVersion(cloud.client);
    expect(found.version.id).toBe('v1.0');
    expect(found.microversions).toEqual({ min: '1.0', max: '1.39' });
  });

  it('finds Keystone v3.14, without microversions', async () => {
    const cloud = serve(localCloud('identity'), identityV3Slash, identityRoot);
    const found = await discoverVersion(cloud.client);
    expect(found.version.id).toBe('v3.14');
    expect(found.microversions).toBeUndefined();
  });

  it('skips Neutron\'s /v2.0/ resource list and reads the root', async () => {
    const cloud = serve(localCloud('network', 'v2.0/'), networkV20, networkRoot);
    expect(cloud.client.endpoint).toBe('http://127.0.0.1:9696/v2.0/');
    const found = await discoverVersion(cloud.client);
    expect(found.version.id).toBe('v2.0');
    expect(found.microversions).toBeUndefined();
    expect(urls(cloud)).toEqual(['GET http://127.0.0.1:9696/v2.0/', 'GET http://127.0.0.1:9696/']);
  });

  it('finds Heat v1.0 behind the project ID: endpoint and /v1/ 404, the root answers 300', async () => {
    const cloud = serve(localCloud('orchestration'), orchestrationProjectEndpoint, orchestrationV1, orchestrationRoot);
    const found = await discoverVersion(cloud.client);
    expect(found.version.id).toBe('v1.0');
    expect(found.microversions).toBeUndefined();
    expect(urls(cloud)).toHaveLength(3);
  });

  it('finds Glance\'s current version from the catalog endpoint (the root)', async () => {
    const cloud = serve(localCloud('image'), imageRoot);
    const found = await discoverVersion(cloud.client);
    expect(found.version.id).toBe('v2.15');
    expect(found.all).toHaveLength(15);
  });

  // Every entry of Glance's root links to /v2/; the endpoint speaks the CURRENT one, v2.15.
  // Core picks v2.0 (SUPPORTED) because it matches the segment `v2` to the id `v2.0` first.
  it('finds Glance\'s current version from an image client endpoint ending in v2/', async () => {
    const cloud = serve(localCloud('image', 'v2/'), imageV2, imageRoot);
    expect(cloud.client.endpoint).toBe('http://127.0.0.1:9292/v2/');
    const found = await discoverVersion(cloud.client);
    expect(found.version.id).toBe('v2.15');
    expect(found.version.status).toBe('CURRENT');
  });
});

describe('createServiceClient negotiation on the local cloud', () => {
  it('picks the client\'s max when Nova\'s (2.93) is higher, and sends it', async () => {
    const cloud = serve(localCloud('compute'), computeV21);
    const client = await createServiceClient(cloud.provider, { type: 'compute', negotiate: { min: '2.1', max: '2.90' } });
    expect(client.microversion).toBe('2.90');
    expect(client.serverMicroversions).toEqual({ min: '2.1', max: '2.93' });
    cloud.reply('GET', 'servers', { servers: [] });
    await client.request({ method: 'GET', path: 'servers' });
    const sent = cloud.lastRequest();
    expect(sent.url).toBe('http://127.0.0.1:8774/v2.1/servers');
    expect(sent.headers['x-openstack-nova-api-version']).toBe('2.90');
    expect(sent.headers['openstack-api-version']).toBe('compute 2.90');
  });

  it('picks Nova\'s max (2.93) when the client\'s is higher', async () => {
    const cloud = serve(localCloud('compute'), computeV21);
    const client = await createServiceClient(cloud.provider, { type: 'compute', negotiate: { min: '2.1', max: '2.95' } });
    expect(client.microversion).toBe('2.93');
  });

  it('picks the server\'s max when it is below 2.90 (an older Nova, derived from the recording)', async () => {
    // Not a recording: the Zed document with the maximum a Train Nova reports (2.79).
    const train = { version: { ...computeV21.body.version, version: '2.79' } };
    const cloud = localCloud('compute');
    cloud.reply('GET', computeV21.url, train, { status: computeV21.status });
    const client = await createServiceClient(cloud.provider, { type: 'compute', negotiate: { min: '2.1', max: '2.90' } });
    expect(client.microversion).toBe('2.79');
  });

  it('throws MicroversionError when the ranges do not overlap', async () => {
    const cloud = serve(localCloud('compute'), computeV21);
    for (const negotiate of [{ min: '2.94', max: '2.99' }, { min: '3.0', max: '3.5' }]) {
      const error = await createServiceClient(cloud.provider, { type: 'compute', negotiate }).catch((caught: unknown) => caught);
      expect(isMicroversionError(error)).toBe(true);
      expect((error as Error).message).toContain('2.1..2.93');
    }
  });

  it('negotiates Cinder through its project endpoint and sends volume 3.60', async () => {
    const cloud = serve(localCloud('volumev3'), blockStorageProjectEndpoint, blockStorageV3);
    const client = await createServiceClient(cloud.provider, { type: 'block-storage', negotiate: { min: '3.0', max: '3.60' } });
    expect(client.microversion).toBe('3.60');
    cloud.reply('GET', 'volumes', { volumes: [] });
    await client.request({ method: 'GET', path: 'volumes' });
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('volume 3.60');
    const error = await createServiceClient(cloud.provider, { type: 'volumev3', negotiate: { min: '3.71', max: '3.80' } }).catch(
      (caught: unknown) => caught,
    );
    expect(isMicroversionError(error)).toBe(true);
  });

  it('negotiates Placement and sends placement 1.30', async () => {
    const cloud = serve(localCloud('placement'), placementRoot);
    const client = await createServiceClient(cloud.provider, { type: 'placement', negotiate: { min: '1.0', max: '1.30' } });
    expect(client.microversion).toBe('1.30');
    expect(client.serverMicroversions).toEqual({ min: '1.0', max: '1.39' });
  });

  it('throws MicroversionError for Neutron, which has no microversions', async () => {
    const cloud = serve(localCloud('network', 'v2.0/'), networkV20, networkRoot);
    const error = await createServiceClient(cloud.provider, { type: 'network', base: 'v2.0/', negotiate: { min: '2.0', max: '2.5' } }).catch(
      (caught: unknown) => caught,
    );
    expect(isMicroversionError(error)).toBe(true);
  });
});

describe('pinned microversions send the right headers', () => {
  it('compute 2.79: both the standard and the Nova header, no discovery', async () => {
    const cloud = localCloud('compute');
    const client = await createServiceClient(cloud.provider, { type: 'compute', microversion: '2.79' });
    cloud.reply('GET', 'servers/detail', { servers: [] });
    await client.request({ method: 'GET', path: 'servers/detail' });
    const sent = cloud.lastRequest();
    expect(sent.headers['x-openstack-nova-api-version']).toBe('2.79');
    expect(sent.headers['openstack-api-version']).toBe('compute 2.79');
    expect(cloud.serviceRequests()).toHaveLength(1);
  });

  it('a call may override the pinned microversion', async () => {
    const cloud = localCloud('compute');
    const client = await createServiceClient(cloud.provider, { type: 'compute', microversion: '2.79' });
    cloud.reply('GET', 'servers', { servers: [] });
    await client.request({ method: 'GET', path: 'servers' }, { microversion: '2.1' });
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('compute 2.1');
    expect(cloud.lastRequest().headers['x-openstack-nova-api-version']).toBe('2.1');
  });

  for (const type of ['block-storage', 'volumev3']) {
    it(`${type} 3.60: OpenStack-API-Version: volume 3.60 to the project endpoint`, async () => {
      const cloud = localCloud('volumev3');
      const client = await createServiceClient(cloud.provider, { type, microversion: '3.60' });
      expect(client.serviceType).toBe('block-storage');
      cloud.reply('GET', 'volumes/detail', { volumes: [] });
      await client.request({ method: 'GET', path: 'volumes/detail' });
      const sent = cloud.lastRequest();
      expect(sent.url).toBe(`http://127.0.0.1:8776/v3/${PROJECT_ID}/volumes/detail`);
      expect(sent.headers['openstack-api-version']).toBe('volume 3.60');
      expect(sent.headers['x-openstack-nova-api-version']).toBeUndefined();
    });
  }

  it('placement 1.30', async () => {
    const cloud = localCloud('placement');
    const client = await createServiceClient(cloud.provider, { type: 'placement', microversion: '1.30' });
    cloud.reply('GET', 'resource_providers', { resource_providers: [] });
    await client.request({ method: 'GET', path: 'resource_providers' });
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('placement 1.30');
  });
});

describe('selectEndpoint on the local catalog', () => {
  const volume = `http://127.0.0.1:8776/v3/${PROJECT_ID}`;

  it('picks every service the catalog lists', () => {
    const expected: Record<string, string> = {
      image: 'http://127.0.0.1:9292',
      orchestration: `http://127.0.0.1:8004/v1/${PROJECT_ID}`,
      volumev3: volume,
      'object-store': `http://127.0.0.1:8080/v1/AUTH_${PROJECT_ID}`,
      network: 'http://127.0.0.1:9696',
      compute: 'http://127.0.0.1:8774/v2.1',
      cloudformation: 'http://127.0.0.1:8000/v1',
      identity: 'http://127.0.0.1:5000/v3/',
      'block-storage': volume,
      placement: 'http://127.0.0.1:8778',
    };
    expect(Object.keys(expected).sort()).toEqual(localCatalog.map((entry) => entry.type).sort());
    for (const [type, url] of Object.entries(expected)) {
      expect(selectEndpoint(localCatalog, { type })).toBe(url);
      expect(selectEndpoint(localCatalog, { type, region: 'RegionOne', interface: 'internal' })).toBe(url);
    }
  });

  it('finds Cinder by any of its aliases, and either catalog entry by name', () => {
    for (const type of ['block-storage', 'volumev3', 'volumev2', 'volume', 'block-store']) {
      expect(selectEndpoint(localCatalog, { type })).toBe(volume);
    }
    expect(selectEndpoint(localCatalog, { type: 'block-storage', name: 'cinderv3' })).toBe(volume);
    expect(selectEndpoint(localCatalog, { type: 'volumev3', name: 'cinder' })).toBe(volume);
  });

  it('honours the interface: only Keystone has admin, others fall back in order of preference', () => {
    expect(selectEndpoint(localCatalog, { type: 'identity', interface: 'admin' })).toBe('http://127.0.0.1:5000/v3/');
    expect(() => selectEndpoint(localCatalog, { type: 'compute', interface: 'admin' })).toThrow(/No endpoint for type compute, interface admin;/);
    expect(selectEndpoint(localCatalog, { type: 'compute', interface: ['admin', 'internal'] })).toBe('http://127.0.0.1:8774/v2.1');
  });

  it('throws EndpointNotFoundError for an unknown type, listing what the catalog offers', () => {
    let error: unknown;
    try {
      selectEndpoint(localCatalog, { type: 'load-balancer' });
    } catch (caught) {
      error = caught;
    }
    expect(isEndpointNotFoundError(error)).toBe(true);
    if (!isEndpointNotFoundError(error)) return;
    expect(error.offered).toHaveLength(21);
    expect(error.message).toMatch(/^No endpoint for type load-balancer, interface public; the catalog offers: /);
    for (const offered of [
      'image/glance internal RegionOne',
      'compute/nova public RegionOne',
      'volumev3/cinderv3 public RegionOne',
      'block-storage/cinder internal RegionOne',
      'object-store/swift public RegionOne',
      'identity/keystone admin RegionOne',
      'cloudformation/heat-cfn public RegionOne',
      'placement/placement public RegionOne',
    ]) {
      expect(error.message).toContain(offered);
    }
  });

  it('throws EndpointNotFoundError for an unknown region', () => {
    let error: unknown;
    try {
      selectEndpoint(localCatalog, { type: 'volumev3', region: 'RegionTwo' });
    } catch (caught) {
      error = caught;
    }
    expect(isEndpointNotFoundError(error)).toBe(true);
    if (!isEndpointNotFoundError(error)) return;
    expect(error.wanted).toEqual({ type: 'volumev3', name: undefined, region: 'RegionTwo', interface: ['public'] });
    expect(error.message).toMatch(/^No endpoint for type volumev3 \(or block-storage, volumev2, volume, block-store\), region RegionTwo, interface public; the catalog offers: /);
    expect(error.message).toContain('volumev3/cinderv3 public RegionOne');
  });
});
