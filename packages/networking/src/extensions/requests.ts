import { linkedPages, paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import type { NetworkingClient } from '../client.js';
import type { Extension } from './results.js';
import { extensionPath, extensionsPath } from './urls.js';

/**
 * Lists the API extensions the server has loaded: what this cloud's Neutron can do beyond the
 * core resources. Neutron returns them all in one answer (it takes no filters, page size or field
 * selection here). Sends nothing until iteration starts.
 */
export function listExtensions(client: NetworkingClient, options?: CallOptions): Paged<Extension> {
  return paginate<Extension>(client, () => ({ path: extensionsPath(), itemsKey: 'extensions', strategy: linkedPages('extensions_links') }), options);
}

/**
 * Shows one extension by its alias (`router`). An alias the server has not loaded is a 404 whose
 * body is not a `NeutronError` (so the error has no Neutron type).
 */
export async function getExtension(client: NetworkingClient, alias: string, options?: CallOptions): Promise<Extension> {
  return client.request<Extension>({ method: 'GET', path: extensionPath(alias), expectStatus: [200], unwrap: 'extension' }, options);
}
