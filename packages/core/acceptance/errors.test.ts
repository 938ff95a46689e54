import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { adminProvider, cloudHas, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { createServiceClient, isHttpError, waitFor, type ProviderClient, type ServiceClient } from '@openstack-ts/core';
import { expectServiceFault, httpErrorOf, type ExpectedFault } from './helpers.js';

const cleanup = useCleanup();
const hasAdmin = (process.env.OSTS_ADMIN_CLOUD ?? '') !== '';

interface Context {
  client: ServiceClient;
  provider: ProviderClient;
}

interface ErrorCase extends ExpectedFault {
  service: string;
  base?: string;
  /** Send as the admin cloud (default: the member cloud). */
  admin?: boolean;
  /** Needs the admin cloud for its setup, though it sends as the member. */
  needsAdmin?: boolean;
  what: string;
  /** Sends the request that must fail; creates (and registers the deletion of) what it needs first. */
  run: (context: Context) => Promise<unknown>;
}

const uuid = randomUUID();

/** Deletes every stack of this name and waits until Heat has (stacks are deleted in the background). */
function deleteStacksNamed(heat: ServiceClient, name: string): () => Promise<unknown> {
  return async () => {
    const { stacks } = await heat.request<{ stacks: { id: string; stack_name: string }[] }>({ method: 'GET', path: 'stacks', query: { name } });
    for (const stack of stacks.filter((item) => item.stack_name === name)) {
      await heat.send({ method: 'DELETE', path: `stacks/${name}/${stack.id}`, expectStatus: [204] });
      await waitFor(async () => {
        try {
          const found = await heat.request<{ stack_status: string }>({ method: 'GET', path: `stacks/${name}/${stack.id}`, unwrap: 'stack' });
          if (found.stack_status === 'DELETE_FAILED') throw new Error(`stack ${name} is DELETE_FAILED`);
          return found.stack_status === 'DELETE_COMPLETE';
        } catch (error) {
          if (isHttpError(error, 404)) return true;
          throw error;
        }
      }, { intervalMs: 1000, timeoutMs: 120_000, description: `deletion of stack ${name}` });
    }
  };
}

const EMPTY_TEMPLATE = { heat_template_version: '2018-08-31', resources: {} };

const CASES: ErrorCase[] = [
  // 404: a random UUID
  {
    service: 'compute', what: 'GET servers/<random uuid>', status: 404, method: 'GET',
    fragment: `Instance ${uuid} could not be found`, type: 'itemNotFound',
    run: async ({ client }) => client.send({ method: 'GET', path: `servers/${uuid}` }),
  },
  {
    service: 'network', base: 'v2.0/', what: 'GET networks/<random uuid>', status: 404, method: 'GET',
    fragment: `Network ${uuid} could not be found`, type: 'NetworkNotFound',
    run: async ({ client }) => client.send({ method: 'GET', path: `networks/${uuid}` }),
  },
  {
    service: 'identity', admin: true, what: 'GET projects/<random uuid>', status: 404, method: 'GET',
    fragment: `Could not find project: ${uuid}`, type: 'Not Found',
    run: async ({ client }) => client.send({ method: 'GET', path: `projects/${uuid}` }),
  },
  {
    service: 'identity', what: 'GET users/<own id>/application_credentials/<random uuid>', status: 404, method: 'GET',
    fragment: `Could not find Application Credential: ${uuid}`,
    run: async ({ client, provider }) => client.send({ method: 'GET', path: `users/${provider.token?.body.user.id ?? ''}/application_credentials/${uuid}` }),
  },
  {
    service: 'block-storage', what: 'GET volumes/<random uuid>', status: 404, method: 'GET',
    fragment: `Volume ${uuid} could not be found`, type: 'itemNotFound',
    run: async ({ client }) => client.send({ method: 'GET', path: `volumes/${uuid}` }),
  },
  {
    service: 'image', what: 'GET v2/images/<random uuid>', status: 404, method: 'GET',
    fragment: `No image found with ID ${uuid}`,
    run: async ({ client }) => client.send({ method: 'GET', path: `v2/images/${uuid}` }),
  },
  {
    service: 'object-store', what: 'GET <missing container>', status: 404, method: 'GET',
    fragment: 'The resource could not be found',
    run: async ({ client }) => client.send({ method: 'GET', path: uniqueName('missing-container') }),
  },
  {
    service: 'placement', admin: true, what: 'GET resource_providers/<random uuid>', status: 404, method: 'GET',
    fragment: `No resource provider with uuid ${uuid} found`,
    run: async ({ client }) => client.send({ method: 'GET', path: `resource_providers/${uuid}` }),
  },
  {
    service: 'orchestration', what: 'GET stacks/<missing>/<random uuid>', status: 404, method: 'GET',
    fragment: /The Stack \(osts-acc-missing-stack-[^)]+\) could not be found/, type: 'EntityNotFound',
    run: async ({ client }) => client.send({ method: 'GET', path: `stacks/${uniqueName('missing-stack')}/${uuid}` }),
  },

  // 400: a malformed body or query
  {
    service: 'compute', what: 'POST servers with an empty server', status: 400, method: 'POST',
    fragment: "'name' is a required property", type: 'badRequest',
    run: async ({ client }) => client.send({ method: 'POST', path: 'servers', json: { server: {} } }),
  },
  {
    service: 'compute', what: 'GET servers?limit=abc', status: 400, method: 'GET',
    fragment: 'Invalid input for query parameters limit',
    run: async ({ client }) => client.send({ method: 'GET', path: 'servers', query: { limit: 'abc' } }),
  },
  {
    service: 'network', base: 'v2.0/', what: 'GET networks?sort_key=bogus', status: 400, method: 'GET',
    fragment: 'is invalid attribute for sort_key',
    run: async ({ client }) => client.send({ method: 'GET', path: 'networks', query: { sort_key: 'bogus', sort_dir: 'asc' } }),
  },
  {
    service: 'identity', what: 'POST auth/tokens without auth', status: 400, method: 'POST',
    fragment: 'Expecting to find auth in request body', type: 'Bad Request',
    run: async ({ client }) => client.send({ method: 'POST', path: 'auth/tokens', json: { osts: 'not an auth request' }, skipAuth: true }),
  },
  {
    service: 'block-storage', what: 'GET volumes?limit=abc', status: 400, method: 'GET',
    fragment: 'limit param must be an integer',
    run: async ({ client }) => client.send({ method: 'GET', path: 'volumes', query: { limit: 'abc' } }),
  },
  {
    service: 'image', what: 'GET v2/images?limit=abc', status: 400, method: 'GET',
    fragment: 'limit param must be an integer',
    run: async ({ client }) => client.send({ method: 'GET', path: 'v2/images', query: { limit: 'abc' } }),
  },
  {
    service: 'object-store', what: 'PUT a container with a 300-character name', status: 400, method: 'PUT',
    fragment: 'Container name length of 300 longer than 256',
    run: async ({ client }) => client.send({ method: 'PUT', path: 'x'.repeat(300) }),
  },
  {
    service: 'placement', admin: true, what: 'POST resource_providers without a name', status: 400, method: 'POST',
    fragment: "JSON does not validate: 'name' is a required property",
    run: async ({ client }) => client.send({ method: 'POST', path: 'resource_providers', json: { osts: 'no name' } }),
  },
  {
    service: 'orchestration', what: 'POST stacks without a template', status: 400, method: 'POST',
    fragment: 'No template specified', type: 'HTTPBadRequest',
    run: async ({ client }) => {
      const name = uniqueName('stack');
      cleanup.add(`stack ${name}`, deleteStacksNamed(client, name));
      return client.send({ method: 'POST', path: 'stacks', json: { stack_name: name } });
    },
  },

  // 403: policy
  {
    service: 'identity', what: 'GET users as a member', status: 403, method: 'GET',
    fragment: 'You are not authorized to perform the requested action: identity:list_users', type: 'Forbidden',
    run: async ({ client }) => client.send({ method: 'GET', path: 'users' }),
  },
  {
    service: 'compute', what: 'GET os-hypervisors as a member', status: 403, method: 'GET',
    fragment: "Policy doesn't allow os_compute_api:os-hypervisors:list to be performed", type: 'forbidden',
    run: async ({ client }) => client.send({ method: 'GET', path: 'os-hypervisors' }),
  },
  {
    service: 'block-storage', what: 'GET os-services as a member', status: 403, method: 'GET',
    fragment: "Policy doesn't allow volume_extension:services:index to be performed",
    run: async ({ client }) => client.send({ method: 'GET', path: 'os-services' }),
  },
  {
    service: 'placement', what: 'GET resource_providers as a member', status: 403, method: 'GET',
    fragment: 'Policy does not allow placement:resource_providers:list to be performed',
    run: async ({ client }) => client.send({ method: 'GET', path: 'resource_providers' }),
  },
  {
    service: 'network', base: 'v2.0/', what: 'POST a shared network as a member', status: 403, method: 'POST',
    fragment: 'rule:create_network:shared) is disallowed by policy', type: 'PolicyNotAuthorized',
    run: async ({ client }) => {
      const name = uniqueName('network');
      const response = await client.send({ method: 'POST', path: 'networks', json: { network: { name, shared: true } } });
      // Reached only if Neutron wrongly accepted it: delete it, then let the test fail.
      const { network } = (await response.json()) as { network: { id: string } };
      cleanup.add(`network ${name}`, async () => client.send({ method: 'DELETE', path: `networks/${network.id}` }));
      return response;
    },
  },
  {
    service: 'image', what: 'POST a public image as a member', status: 403, method: 'POST',
    fragment: 'You are not authorized to complete publicize_image action',
    run: async ({ client }) => {
      const name = uniqueName('image');
      const response = await client.send({ method: 'POST', path: 'v2/images', json: { name, visibility: 'public' } });
      const image = (await response.json()) as { id: string };
      cleanup.add(`image ${name}`, async () => client.send({ method: 'DELETE', path: `v2/images/${image.id}` }));
      return response;
    },
  },
  {
    service: 'orchestration', what: 'GET services as a member', status: 403, method: 'GET',
    fragment: 'You are not authorized to use service:index', type: 'Forbidden',
    run: async ({ client }) => client.send({ method: 'GET', path: 'services' }),
  },
  {
    service: 'object-store', needsAdmin: true, what: "GET the admin project's account as a member", status: 403, method: 'GET',
    fragment: 'Access was denied to this resource',
    run: async ({ client }) => {
      const other = await createServiceClient(await adminProvider(), { type: 'object-store' });
      expect(other.endpoint).not.toBe(client.endpoint);
      return client.send({ method: 'GET', path: other.endpoint });
    },
  },

  // 409: conflicts with existing resources
  {
    service: 'network', base: 'v2.0/', what: 'DELETE a network that has a port', status: 409, method: 'DELETE',
    fragment: 'There are one or more ports still in use on the network', type: 'NetworkInUse',
    run: async ({ client }) => {
      const name = uniqueName('network');
      const network = await client.request<{ id: string }>({ method: 'POST', path: 'networks', json: { network: { name } }, expectStatus: [201], unwrap: 'network' });
      cleanup.add(`network ${name}`, async () => client.send({ method: 'DELETE', path: `networks/${network.id}`, expectStatus: [204] }));
      const portName = uniqueName('port');
      const port = await client.request<{ id: string }>({ method: 'POST', path: 'ports', json: { port: { name: portName, network_id: network.id } }, expectStatus: [201], unwrap: 'port' });
      cleanup.add(`port ${portName}`, async () => client.send({ method: 'DELETE', path: `ports/${port.id}`, expectStatus: [204] }));
      return client.send({ method: 'DELETE', path: `networks/${network.id}` });
    },
  },
  {
    service: 'compute', what: 'POST a keypair whose name is taken', status: 409, method: 'POST',
    fragment: /Key pair 'osts-acc-keypair-[^']+' already exists/, type: 'conflictingRequest',
    run: async ({ client }) => {
      const name = uniqueName('keypair');
      await client.request({ method: 'POST', path: 'os-keypairs', json: { keypair: { name } }, unwrap: 'keypair' });
      cleanup.add(`keypair ${name}`, async () => client.send({ method: 'DELETE', path: `os-keypairs/${name}`, expectStatus: [202, 204] }));
      return client.send({ method: 'POST', path: 'os-keypairs', json: { keypair: { name } } });
    },
  },
  {
    service: 'object-store', what: 'DELETE a container that holds an object', status: 409, method: 'DELETE',
    fragment: 'There was a conflict when trying to complete your request',
    run: async ({ client }) => {
      const name = uniqueName('container');
      await client.send({ method: 'PUT', path: name, expectStatus: [201, 202] });
      cleanup.add(`container ${name}`, async () => client.send({ method: 'DELETE', path: name, expectStatus: [204] }));
      await client.send({ method: 'PUT', path: `${name}/object`, body: 'openstack-ts', expectStatus: [201] });
      cleanup.add(`object ${name}/object`, async () => client.send({ method: 'DELETE', path: `${name}/object`, expectStatus: [204] }));
      return client.send({ method: 'DELETE', path: name });
    },
  },
  {
    service: 'identity', what: 'POST an application credential whose name is taken', status: 409, method: 'POST',
    fragment: 'Conflict occurred attempting to store application_credential', type: 'Conflict',
    run: async ({ client, provider }) => {
      const userId = provider.token?.body.user.id ?? '';
      const name = uniqueName('appcred');
      const created = await client.request<{ id: string }>({
        method: 'POST', path: `users/${userId}/application_credentials`, json: { application_credential: { name } }, expectStatus: [201], unwrap: 'application_credential',
      });
      cleanup.add(`application credential ${name}`, async () =>
        client.send({ method: 'DELETE', path: `users/${userId}/application_credentials/${created.id}`, expectStatus: [204] }));
      return client.send({ method: 'POST', path: `users/${userId}/application_credentials`, json: { application_credential: { name } } });
    },
  },
  {
    service: 'placement', admin: true, what: 'POST a resource provider whose name is taken', status: 409, method: 'POST',
    fragment: /Conflicting resource provider name: osts-acc-provider-\S+ already exists/,
    run: async ({ client }) => {
      const name = uniqueName('provider');
      const created = await client.request<{ uuid: string }>({ method: 'POST', path: 'resource_providers', json: { name } }, { microversion: '1.20' });
      cleanup.add(`resource provider ${name}`, async () => client.send({ method: 'DELETE', path: `resource_providers/${created.uuid}`, expectStatus: [204] }));
      return client.send({ method: 'POST', path: 'resource_providers', json: { name } });
    },
  },
  {
    service: 'block-storage', admin: true, what: 'POST a volume type whose name is taken', status: 409, method: 'POST',
    fragment: /Volume Type osts-acc-volume-type-\S+ already exists/, type: 'conflictingRequest',
    run: async ({ client }) => {
      const name = uniqueName('volume-type');
      const created = await client.request<{ id: string }>({ method: 'POST', path: 'types', json: { volume_type: { name } }, unwrap: 'volume_type' });
      cleanup.add(`volume type ${name}`, async () => client.send({ method: 'DELETE', path: `types/${created.id}`, expectStatus: [202] }));
      return client.send({ method: 'POST', path: 'types', json: { volume_type: { name } } });
    },
  },
  {
    service: 'image', what: "POST an image with an existing image's ID", status: 409, method: 'POST',
    fragment: /Image ID [0-9a-f-]{36} already exists/,
    run: async ({ client }) => {
      const { images } = await client.request<{ images: { id: string }[] }>({ method: 'GET', path: 'v2/images', query: { limit: 1 } });
      const existing = images[0]?.id;
      if (existing === undefined) throw new Error('The cloud should have at least one image (cirros-fake)');
      return client.send({ method: 'POST', path: 'v2/images', json: { name: uniqueName('image'), id: existing } });
    },
  },
  {
    service: 'orchestration', what: 'POST a stack whose name is taken', status: 409, method: 'POST',
    fragment: /The Stack \(osts-acc-stack-[^)]+\) already exists/, type: 'StackExists',
    run: async ({ client }) => {
      const name = uniqueName('stack');
      cleanup.add(`stack ${name}`, deleteStacksNamed(client, name));
      await client.send({ method: 'POST', path: 'stacks', json: { stack_name: name, template: EMPTY_TEMPLATE }, expectStatus: [201] });
      return client.send({ method: 'POST', path: 'stacks', json: { stack_name: name, template: EMPTY_TEMPLATE } });
    },
  },
];

describe('HttpError from real service faults', () => {
  for (const status of [400, 403, 404, 409]) {
    describe(String(status), () => {
      for (const errorCase of CASES.filter((item) => item.status === status)) {
        const title = `${errorCase.service}: ${errorCase.what}`;
        const skipped = !cloudHas(errorCase.service) ? 'the catalog has no such service' : (errorCase.admin === true || errorCase.needsAdmin === true) && !hasAdmin ? 'no admin cloud' : undefined;
        if (skipped !== undefined) {
          it.skip(`${title} (skipped: ${skipped})`, () => undefined);
          continue;
        }
        it(title, async () => {
          const provider = errorCase.admin === true ? await adminProvider() : await memberProvider();
          const client = await createServiceClient(provider, { type: errorCase.service, base: errorCase.base });
          const error = await httpErrorOf(errorCase.run({ client, provider }));
          expectServiceFault(error, errorCase);
          expect(error.url.startsWith(new URL(client.endpoint).origin)).toBe(true);
        });
      }
    });
  }
});
