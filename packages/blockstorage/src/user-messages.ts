/**
 * Why a Cinder resource failed. Cinder keeps no fault field on volumes, snapshots or backups: the
 * reason is a user message (`GET /messages`, microversion 3.3). The waiters of every resource read
 * it the same way, here.
 */
import { isRecord } from '@openstack-ts/core/internal';
import type { BlockStorageClient } from './client.js';

/** The newest user message about a resource, or `undefined` when there is none or it cannot be read. */
export async function latestUserMessage(client: BlockStorageClient, id: string, signal: AbortSignal, microversion: string | undefined): Promise<string | undefined> {
  if (!client.microversionAtLeast('3.3', { microversion })) return undefined;
  try {
    const body = await client.request<unknown>({ method: 'GET', path: 'messages', query: { resource_uuid: id } }, { signal, microversion });
    const messages = isRecord(body) && Array.isArray(body.messages) ? body.messages.filter(isRecord) : [];
    const newest = messages.sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)))[0];
    return typeof newest?.user_message === 'string' ? newest.user_message : undefined;
  } catch (error) {
    if (signal.aborted) throw error;
    return undefined; // the status alone still explains the failure
  }
}

/**
 * A poll for core's `waitForStatus`: reads the resource with `read` and, when it is in a `failOn`
 * status, the user message saying why, which `faultOf` then gives for that reading.
 */
export function pollWithFault<T extends { status: string }>(
  client: BlockStorageClient,
  id: string,
  failOn: readonly string[],
  microversion: string | undefined,
  read: (signal: AbortSignal) => Promise<T>,
): { get: (signal: AbortSignal) => Promise<T>; faultOf: (resource: T) => string | undefined } {
  const faults = new WeakMap<T, string>();
  return {
    get: async (signal) => {
      const resource = await read(signal);
      if (failOn.includes(resource.status)) {
        const message = await latestUserMessage(client, id, signal, microversion);
        if (message !== undefined) faults.set(resource, message);
      }
      return resource;
    },
    faultOf: (resource) => faults.get(resource),
  };
}
