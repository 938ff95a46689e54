import { describe, expect, it } from '@jest/globals';
import { cloudHas, describeWithService, memberProvider } from '@openstack-ts/acceptance';
import {
  authenticate,
  compareMicroversions,
  createServiceClient,
  discoverVersion,
  isMicroversionError,
  type ServiceClient,
} from '@openstack-ts/core';
import { expectServiceFault, httpErrorOf, passwordCredentials } from './helpers.js';

/** The microversion headers of a real answer to `GET path`, lower-cased. */
async function echoed(client: ServiceClient, path: string, microversion?: string): Promise<Record<string, string | null>> {
  const response = await client.send({ method: 'GET', path }, microversion === undefined ? {} : { microversion });
  await response.body?.cancel();
  return {
    standard: response.headers.get('openstack-api-version'),
    nova: response.headers.get('x-openstack-nova-api-version'),
  };
}

async function microversionErrorOf(promise: Promise<unknown>): Promise<Error> {
  const error: unknown = await promise.then(
    () => new Error('Expected a MicroversionError, but the client was created'),
    (caught: unknown) => caught,
  );
  if (isMicroversionError(error)) return error;
  throw error;
}

describeWithService('compute', 'Nova microversions', () => {
  it('discovers v2.1 with microversions 2.1..2.9x', async () => {
    const client = await createServiceClient(await memberProvider(), { type: 'compute' });
    const discovered = await discoverVersion(client);
    expect(discovered.version.id).toBe('v2.1');
    expect(discovered.version.status).toBe('CURRENT');
    expect(discovered.microversions?.min).toBe('2.1');
    expect(discovered.microversions?.max).toMatch(/^2\.9\d$/);
    expect(discovered.all.map((version) => version.id)).toContain('v2.1');
  });

  it('negotiates 2.90 from 2.1..2.90 and Nova echoes it', async () => {
    const provider = await memberProvider();
    const client = await createServiceClient(provider, { type: 'compute', negotiate: { min: '2.1', max: '2.90' } });
    expect(client.microversion).toBe('2.90');
    const server = (await discoverVersion(client)).microversions;
    expect(client.serverMicroversions).toEqual(server);
    expect(await echoed(client, 'flavors')).toEqual({ standard: 'compute 2.90', nova: '2.90' });
  });

  it('negotiates the server maximum when asked for more', async () => {
    const client = await createServiceClient(await memberProvider(), { type: 'compute', negotiate: { min: '2.1', max: '2.999' } });
    const max = client.serverMicroversions?.max ?? '';
    expect(max).toMatch(/^2\.9\d$/);
    expect(client.microversion).toBe(max);
    expect(await echoed(client, 'flavors')).toEqual({ standard: `compute ${max}`, nova: max });
  });

  it('refuses a range above the server maximum with a MicroversionError', async () => {
    const provider = await memberProvider();
    const error = await microversionErrorOf(createServiceClient(provider, { type: 'compute', negotiate: { min: '2.500', max: '2.999' } }));
    const server = (await discoverVersion(await createServiceClient(provider, { type: 'compute' }))).microversions;
    expect(error.message).toContain('2.500..2.999');
    expect(error.message).toContain(`${server?.min ?? ''}..${server?.max ?? ''}`);
    await expect(createServiceClient(provider, { type: 'compute', negotiate: { min: '3.0', max: '3.5' } })).rejects.toMatchObject({
      name: 'MicroversionError',
    });
  });

  it('sends a per-call microversion instead of the client\'s', async () => {
    const client = await createServiceClient(await memberProvider(), { type: 'compute', microversion: '2.90' });
    expect(await echoed(client, 'flavors', '2.55')).toEqual({ standard: 'compute 2.55', nova: '2.55' });
    expect(await echoed(client, 'flavors')).toEqual({ standard: 'compute 2.90', nova: '2.90' });
    // Without any microversion Nova answers with its minimum.
    expect(await echoed(client.withMicroversion(undefined), 'flavors')).toEqual({ standard: 'compute 2.1', nova: '2.1' });
  });

  it('sends `latest`, which Nova answers with its maximum', async () => {
    const client = await createServiceClient(await memberProvider(), { type: 'compute', microversion: 'latest' });
    const max = (await discoverVersion(client)).microversions?.max ?? '';
    expect(await echoed(client, 'flavors')).toEqual({ standard: `compute ${max}`, nova: max });
  });

  it('uses the provider\'s default microversion for the service', async () => {
    const member = (await memberProvider()).token?.body.project?.id;
    const provider = await authenticate({ auth: { ...(await passwordCredentials('member')), projectId: member }, microversions: { compute: '2.60' } });
    const client = await createServiceClient(provider, { type: 'compute' });
    expect(client.microversion).toBe('2.60');
    expect(await echoed(client, 'flavors')).toEqual({ standard: 'compute 2.60', nova: '2.60' });
  });

  it('reports Nova\'s 406 for a pinned microversion it does not support', async () => {
    const client = await createServiceClient(await memberProvider(), { type: 'compute', microversion: '2.999' });
    const error = await httpErrorOf(client.send({ method: 'GET', path: 'flavors' }));
    expectServiceFault(error, { status: 406, method: 'GET', fragment: 'Version 2.999 is not supported by the API' });
  });
});

describeWithService('block-storage', 'Cinder microversions', () => {
  it('discovers v3.0 with microversions 3.0..3.7x, by official type and by alias', async () => {
    for (const type of ['block-storage', 'volumev3']) {
      const client = await createServiceClient(await memberProvider(), { type });
      const discovered = await discoverVersion(client);
      expect(discovered.version.id).toBe('v3.0');
      expect(discovered.microversions?.min).toBe('3.0');
      expect(discovered.microversions?.max).toMatch(/^3\.7\d$/);
    }
  });

  it('negotiates 3.60 from 3.0..3.60 and Cinder echoes it', async () => {
    const client = await createServiceClient(await memberProvider(), { type: 'volumev3', negotiate: { min: '3.0', max: '3.60' } });
    expect(client.serviceType).toBe('block-storage');
    expect(client.microversion).toBe('3.60');
    expect((await echoed(client, 'volumes')).standard).toBe('volume 3.60');
  });

  it('sends a per-call microversion instead of the client\'s', async () => {
    const client = await createServiceClient(await memberProvider(), { type: 'block-storage', microversion: '3.60' });
    expect((await echoed(client, 'volumes', '3.27')).standard).toBe('volume 3.27');
    expect((await echoed(client, 'volumes')).standard).toBe('volume 3.60');
  });

  it('refuses a range above the server maximum with a MicroversionError', async () => {
    const error = await microversionErrorOf(createServiceClient(await memberProvider(), { type: 'block-storage', negotiate: { min: '3.500', max: '3.999' } }));
    expect(error.message).toContain('3.500..3.999');
  });

  // `microversions` (and `endpointOverrides`) keyed by an alias (`volume`, as in clouds.yaml's
  // `volume_api_version`) apply when the client asks for `block-storage`.
  it('uses a default microversion given under an alias of the service type', async () => {
    const project = (await memberProvider()).token?.body.project?.id;
    const provider = await authenticate({ auth: { ...(await passwordCredentials('member')), projectId: project }, microversions: { volume: '3.50' } });
    const client = await createServiceClient(provider, { type: 'block-storage' });
    expect(client.microversion).toBe('3.50');
    expect((await echoed(client, 'volumes')).standard).toBe('volume 3.50');
  });
});

describeWithService('placement', 'Placement microversions', () => {
  it('discovers v1.0 with microversions 1.0..1.3x', async () => {
    const client = await createServiceClient(await memberProvider(), { type: 'placement' });
    const discovered = await discoverVersion(client);
    expect(discovered.version.id).toBe('v1.0');
    expect(discovered.microversions?.min).toBe('1.0');
    expect(discovered.microversions?.max).toMatch(/^1\.3\d$/);
    expect(compareMicroversions(discovered.microversions?.max ?? '1.0', '1.30')).toBeGreaterThanOrEqual(0);
  });

  it('pins 1.30 and Placement echoes it, and a per-call version wins', async () => {
    const client = await createServiceClient(await memberProvider(), { type: 'placement', microversion: '1.30' });
    expect(client.microversion).toBe('1.30');
    expect((await echoed(client, '')).standard).toBe('placement 1.30');
    expect((await echoed(client, '', '1.10')).standard).toBe('placement 1.10');
  });

  it('negotiates from a range', async () => {
    const client = await createServiceClient(await memberProvider(), { type: 'placement', negotiate: { min: '1.0', max: '1.36' } });
    expect(client.microversion).toBe('1.36');
    expect((await echoed(client, '')).standard).toBe('placement 1.36');
  });
});

describe('services without microversions', () => {
  const types = [
    ['network', 'v2.0'],
    ['image', 'v2.'],
  ].filter(([type]) => cloudHas(type ?? ''));
  it.each(types)('%s: discovery finds %s and no microversions, so negotiation is refused', async (type, id) => {
    const provider = await memberProvider();
    const client = await createServiceClient(provider, { type });
    const discovered = await discoverVersion(client);
    expect(discovered.version.id.startsWith(id)).toBe(true);
    expect(discovered.microversions).toBeUndefined();
    const error = await microversionErrorOf(createServiceClient(provider, { type, negotiate: { min: '2.0', max: '2.9' } }));
    expect(error.message).toContain('has no microversions');
  });
});
