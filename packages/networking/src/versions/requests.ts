import { paginate, singlePage, type CallOptions, type Paged } from '@openstack-ts/core';
import type { NetworkingClient } from '../client.js';
import type { NetworkingResource, NetworkingVersion } from './results.js';
import { networkingRootUrl, resourcesPath } from './urls.js';

/**
 * Lists the versions of the networking API (`GET /` at the service root: the endpoint without its
 * `v2.0/`, keeping any path prefix). Neutron serves this document without a token, so none is sent.
 * One page; sends nothing until iteration starts (`await listNetworkingVersions(client).all()`).
 */
export function listNetworkingVersions(client: NetworkingClient, options?: CallOptions): Paged<NetworkingVersion> {
  return paginate<NetworkingVersion>(
    client,
    () => ({ path: networkingRootUrl(client.endpoint), skipAuth: true, expectStatus: [200], itemsKey: 'versions', strategy: singlePage() }),
    options,
  );
}

/**
 * Lists the core resources of the v2.0 API (`GET /v2.0/`): networks, subnets, subnet pools and
 * ports, each with a link to its collection. Resources that extensions add are not listed (see
 * `listExtensions`). Unlike the versions document, this one needs a token. One page; sends nothing
 * until iteration starts.
 */
export function listNetworkingResources(client: NetworkingClient, options?: CallOptions): Paged<NetworkingResource> {
  return paginate<NetworkingResource>(client, { path: resourcesPath(), itemsKey: 'resources', strategy: singlePage() }, options);
}
