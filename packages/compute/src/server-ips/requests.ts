import type { CallOptions, ServiceClient } from '@openstack-ts/core';
import type { ServerIpAddress } from './results.js';
import { serverIpsPath, serverNetworkIpsPath } from './urls.js';

/**
 * Lists the IP addresses of a server, keyed by network label (the network's name, such as
 * `private`). Nova answers from its cache of the server's network info, which can lag Neutron
 * briefly after an interface or floating IP changes.
 */
export function listServerAddresses(client: ServiceClient, id: string, options?: CallOptions): Promise<Record<string, ServerIpAddress[]>> {
  return client.request<Record<string, ServerIpAddress[]>>({ method: 'GET', path: serverIpsPath(id), expectStatus: [200], unwrap: 'addresses' }, options);
}

/**
 * Lists the IP addresses of a server on one network, given by its label (name). A network the
 * server is not on answers 404 ("Instance is not a member of specified network").
 */
export function listServerAddressesByNetwork(client: ServiceClient, id: string, networkLabel: string, options?: CallOptions): Promise<ServerIpAddress[]> {
  // Nova keys the answer by the label itself: { "<label>": [...] }.
  return client.request<ServerIpAddress[]>({ method: 'GET', path: serverNetworkIpsPath(id, networkLabel), expectStatus: [200], unwrap: networkLabel }, options);
}
