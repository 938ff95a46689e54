/** How the SDK variants make their provider: the same credentials, and the fetch asked for. */
import { createProviderClient, type FetchFunction, type ProviderClient } from '@openstack-ts/core';
import { CREDENTIALS } from './shapes.js';
import type { WorkloadEnv } from './child.js';

/**
 * The fetch under core for `BENCH_FETCH`: `node` is core's default in Node (`undefined`: core
 * makes its createNodeFetch), `platform` Node's global fetch. Loaded only when asked for.
 */
export async function fetchFor(kind: string): Promise<FetchFunction | undefined> {
  if (kind === 'node') return undefined;
  if (kind === 'platform') return async (input, init) => globalThis.fetch(input, init);
  const { makeFetch } = await import('./fetches.js');
  return makeFetch(kind);
}

/** A provider for the fake endpoint (lazy: it authenticates on the first request). */
export async function provider(env: WorkloadEnv): Promise<ProviderClient> {
  return createProviderClient({
    auth: { authUrl: env.authUrl, ...CREDENTIALS },
    fetch: await fetchFor(env.fetch),
  });
}
