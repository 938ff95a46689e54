import type { ComputeClient } from '../client.js';
import { paginate, singlePage, type CallOptions, type Paged } from '@openstack-ts/core';
import type { ServerIpAddress } from './results.js';
import { serverIpsPath, serverNetworkIpsPath } from './urls.js';

/**
 * Reads the IP addresses of a server, as one map keyed by network label (the network's name,
 * such as `private`). Nova answers from its cache of the server's network info, which can lag
 * Neutron briefly after an interface or floating IP changes.
 */
export async function getServerAddresses(client: ComputeClient, id: string, options?: CallOptions): Promise<Record<string, ServerIpAddress[]>> {
  return client.request<Record<string, ServerIpAddress[]>>({ method: 'GET', path: serverIpsPath(id), expectStatus: [200], unwrap: 'addresses' }, options);
}

/**
 * Lists the IP addresses of a server on one network, given by its label (name). All in one page.
 * A network the server is not on answers 404 ("Instance is not a member of specified network").
 */
export function listServerAddressesByNetwork(client: ComputeClient, id: string, networkLabel: string, options?: CallOptions): Paged<ServerIpAddress> {
  // Nova keys the answer by the label itself: { "<label>": [...] }.
  return paginate<ServerIpAddress>(
    client,
    () => ({ path: serverNetworkIpsPath(id, networkLabel), itemsKey: networkLabel, strategy: singlePage() }),
    options,
  );
}
