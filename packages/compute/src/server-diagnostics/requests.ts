import type { ComputeClient } from '../client.js';
import type { CallOptions } from '@openstack-ts/core';
import type { ServerDiagnostics } from './results.js';
import { serverDiagnosticsPath } from './urls.js';

/**
 * Shows the usage data (CPU, memory, disks, NICs) of a server, as reported by its hypervisor.
 * Admin only by default policy. The shape is standardized from microversion 2.48 and
 * driver-specific before; a driver without diagnostics answers 501, and a server that is not
 * running may answer 409.
 */
export async function getServerDiagnostics(client: ComputeClient, id: string, options?: CallOptions): Promise<ServerDiagnostics> {
  return client.request<ServerDiagnostics>({ method: 'GET', path: serverDiagnosticsPath(id), expectStatus: [200] }, options);
}
