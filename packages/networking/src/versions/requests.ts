import type { CallOptions, ServiceClient } from '@openstack-ts/core';
import type { NetworkingResource, NetworkingVersion } from './results.js';
import { networkingRootUrl, resourcesPath } from './urls.js';

/**
 * Lists the versions of the networking API (`GET /` at the service root: the endpoint without its
 * `v2.0/`, keeping any path prefix). Neutron serves this document without a token, so none is sent.
 */
export function listNetworkingVersions(client: ServiceClient, options?: CallOptions): Promise<NetworkingVersion[]> {
  return client.request<NetworkingVersion[]>(
    { method: 'GET', path: networkingRootUrl(client.endpoint), skipAuth: true, expectStatus: [200], unwrap: 'versions' },
    options,
  );
}

/**
 * Lists the core resources of the v2.0 API (`GET /v2.0/`): networks, subnets, subnet pools and
 * ports, each with a link to its collection. Resources that extensions add are not listed (see
 * `listExtensions`). Unlike the versions document, this one needs a token.
 */
export function listNetworkingResources(client: ServiceClient, options?: CallOptions): Promise<NetworkingResource[]> {
  return client.request<NetworkingResource[]>({ method: 'GET', path: resourcesPath(), expectStatus: [200], unwrap: 'resources' }, options);
}
