import { describe, expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, memberProvider } from '@openstack-ts/acceptance';
import {
  createServiceClient,
  isConnectionError,
  isEndpointNotFoundError,
  type CatalogEndpoint,
  type EndpointNotFoundError,
  type ProviderClient,
  type Query,
} from '@openstack-ts/core';
import { officialServiceType } from '@openstack-ts/core/internal';

/** The service types of the member's catalog, as the global setup found them. */
const SERVICES = (process.env.OSTS_SERVICES ?? '').split(',').filter((type) => type !== '');

interface Probe {
  /** Relative to the endpoint; `''` is the endpoint URL itself. */
  path: string;
  query?: Query;
  /** A key the JSON answer must have, to show it is the service's own answer. */
  key?: string;
}

/** A cheap GET for each service type; the endpoint itself where it answers. */
const PROBES: Record<string, readonly Probe[]> = {
  compute: [{ path: '', key: 'version' }, { path: 'flavors', key: 'flavors' }],
  network: [{ path: '', key: 'versions' }, { path: 'v2.0/networks', key: 'networks' }],
  image: [{ path: '', key: 'versions' }, { path: 'v2/images', key: 'images' }],
  // Cinder and Heat endpoints end in the project ID, which answers 404 by itself.
  'block-storage': [{ path: 'volumes', key: 'volumes' }],
  volumev3: [{ path: 'volumes', key: 'volumes' }],
  orchestration: [{ path: 'stacks', key: 'stacks' }],
  'object-store': [{ path: '', query: { format: 'json' } }],
  placement: [{ path: '', key: 'versions' }],
  identity: [{ path: '', key: 'version' }, { path: 'auth/projects', key: 'projects' }],
  // heat-api-cfn wants EC2-signed requests under /v1; its root's versions document answers plainly.
  cloudformation: [{ path: '../', key: 'versions' }],
};

/** Catalog entries no server answers, with the reason (none on the local cloud). */
const UNREACHABLE: Record<string, string> = {};

const ANSWERS = [...Array.from({ length: 100 }, (_, index) => 200 + index), 300];

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/** The region the tests select: the cloud's, else the first the catalog lists. */
function regionOf(provider: ProviderClient): string {
  const region = provider.defaults.region ?? provider.catalog[0]?.endpoints[0]?.region_id ?? provider.catalog[0]?.endpoints[0]?.region;
  if (region === undefined || region === null) throw new Error('The catalog names no region');
  return region;
}

/** The endpoint of exactly this catalog type, interface and region, read from the raw catalog. */
function catalogEndpoint(provider: ProviderClient, type: string, iface: string, region: string): CatalogEndpoint | undefined {
  return provider.catalog
    .filter((entry) => entry.type === type)
    .flatMap((entry) => entry.endpoints)
    .find((endpoint) => endpoint.interface === iface && (endpoint.region_id ?? endpoint.region) === region);
}

async function endpointErrorOf(promise: Promise<unknown>): Promise<EndpointNotFoundError> {
  const error: unknown = await promise.then(
    () => new Error('Expected an EndpointNotFoundError, but an endpoint was found'),
    (caught: unknown) => caught,
  );
  if (isEndpointNotFoundError(error)) return error;
  throw error;
}

function catalogSuite(role: string, provide: () => Promise<ProviderClient>): void {
  it('offers only service types the tests know', async () => {
    const provider = await provide();
    const types = [...new Set(provider.catalog.map((entry) => entry.type))].sort();
    expect(types).toEqual([...SERVICES].sort());
    for (const type of types) expect({ type, known: type in PROBES || type in UNREACHABLE }).toEqual({ type, known: true });
  });

  describe.each(SERVICES)(`${role}: %s`, (type) => {
    it('is selected by its type for the public and internal interfaces of the region', async () => {
      const provider = await provide();
      const region = regionOf(provider);
      expect(region).toBe('RegionOne');
      for (const iface of ['public', 'internal'] as const) {
        const expected = catalogEndpoint(provider, type, iface, region);
        expect({ iface, url: expected?.url }).toEqual({ iface, url: expect.any(String) });
        const client = await createServiceClient(provider, { type, interface: iface, region });
        expect(client.endpoint).toBe(withSlash(expected?.url ?? ''));
        expect(client.serviceType).toBe(officialServiceType(type));
      }
    });

    if (type in UNREACHABLE) {
      it(`is listed but unreachable (${UNREACHABLE[type] ?? ''})`, async () => {
        const client = await createServiceClient(await provide(), { type });
        const error: unknown = await client.send({ method: 'GET', path: '' }, { retry: false }).then(
          (response) => new Error(`${type} answered ${String(response.status)}: move it from UNREACHABLE to PROBES`),
          (caught: unknown) => caught,
        );
        expect(isConnectionError(error)).toBe(true);
      });
      return;
    }

    it('answers a real GET with a 2xx or 300', async () => {
      const probes = PROBES[type];
      if (probes === undefined) throw new Error(`No probe for service type ${type}: add one to PROBES`);
      const client = await createServiceClient(await provide(), { type });
      for (const probe of probes) {
        const response = await client.send({ method: 'GET', path: probe.path, query: probe.query, expectStatus: ANSWERS });
        const text = await response.text();
        expect({ path: probe.path, json: text === '' ? undefined : JSON.parse(text) as unknown }).toEqual({
          path: probe.path,
          json: probe.key === undefined ? expect.anything() : expect.objectContaining({ [probe.key]: expect.anything() }),
        });
      }
    });
  });

  it('selects Cinder by its official type and by its aliases', async () => {
    const provider = await provide();
    const cinder = catalogEndpoint(provider, 'block-storage', 'public', regionOf(provider)) ?? catalogEndpoint(provider, 'volumev3', 'public', regionOf(provider));
    expect(cinder).toBeDefined();
    for (const type of ['block-storage', 'volumev3', 'volume', 'volumev2', 'block-store']) {
      const client = await createServiceClient(provider, { type });
      expect({ type, endpoint: client.endpoint, serviceType: client.serviceType }).toEqual({
        type,
        endpoint: withSlash(cinder?.url ?? ''),
        serviceType: 'block-storage',
      });
    }
    // The catalog lists both block-storage (cinder) and volumev3 (cinderv3): a name picks one through the alias.
    const named = provider.catalog.find((entry) => entry.type === 'volumev3')?.name;
    expect(named).toBeDefined();
    const client = await createServiceClient(provider, { type: 'block-storage', name: named });
    expect(client.serviceType).toBe('block-storage');
    const wrongName = await endpointErrorOf(createServiceClient(provider, { type: 'volumev3', name: 'osts-no-such-name' }));
    expect(wrongName.wanted.name).toBe('osts-no-such-name');
  });

  it('takes the first interface of a preference list that the service offers', async () => {
    const provider = await provide();
    const region = regionOf(provider);
    const compute = await createServiceClient(provider, { type: 'compute', interface: ['admin', 'internal', 'public'] });
    expect(compute.endpoint).toBe(withSlash(catalogEndpoint(provider, 'compute', 'internal', region)?.url ?? 'missing'));
    const adminIdentity = catalogEndpoint(provider, 'identity', 'admin', region);
    const identity = await createServiceClient(provider, { type: 'identity', interface: ['admin', 'public'] });
    expect(identity.endpoint).toBe(withSlash(adminIdentity?.url ?? catalogEndpoint(provider, 'identity', 'public', region)?.url ?? 'missing'));
  });

  it('explains an unknown region with what the catalog offers', async () => {
    const provider = await provide();
    const error = await endpointErrorOf(createServiceClient(provider, { type: 'compute', region: 'osts-no-such-region' }));
    expect(error.wanted).toMatchObject({ type: 'compute', region: 'osts-no-such-region', interface: ['public'] });
    const offered = provider.catalog.flatMap((entry) => entry.endpoints.map((endpoint) => ({ type: entry.type, interface: endpoint.interface, url: endpoint.url })));
    expect(error.offered).toHaveLength(offered.length);
    expect(error.offered).toEqual(expect.arrayContaining(offered.map((endpoint) => expect.objectContaining(endpoint))));
    expect(error.message).toContain('region osts-no-such-region');
    expect(error.message).toContain(`compute/${provider.catalog.find((entry) => entry.type === 'compute')?.name ?? ''} public ${regionOf(provider)}`);
  });

  it('explains an unknown service type with what the catalog offers', async () => {
    const provider = await provide();
    const error = await endpointErrorOf(createServiceClient(provider, { type: 'osts-no-such-service' }));
    expect(error.wanted.type).toBe('osts-no-such-service');
    expect(error.offered.length).toBeGreaterThan(0);
    expect(error.message).toContain('the catalog offers');
  });
}

describe('the member catalog', () => {
  catalogSuite('member', memberProvider);
});

describeAsAdmin('the admin catalog', () => {
  catalogSuite('admin', adminProvider);
});
