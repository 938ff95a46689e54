/**
 * The transport a provider uses when it is given no `fetch`, outside Node (browsers, Deno, Bun,
 * and bundles built for them): the platform's fetch. Node resolves `#default-fetch` to
 * `default-fetch-node.ts` instead (package.json `imports`), so no bundle for another runtime
 * carries the Node transport.
 */
import { InvalidInputError } from './errors.js';
import type { TlsOptions } from './node-fetch.js';
import type { FetchFunction } from './transport.js';

/** `undefined`: the platform's fetch. TLS settings need the Node transport or a fetch of the caller's. */
export function defaultFetch(tls: Readonly<TlsOptions> | undefined): FetchFunction | undefined {
  if (tls !== undefined) throw new InvalidInputError('TLS settings need Node (createNodeFetch) or a fetch of your own that applies them', 'tls');
  return undefined;
}
