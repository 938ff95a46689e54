/**
 * The transport a provider uses when it is given no `fetch`, in Node (package.json `imports`
 * maps `#default-fetch` here under the `node` condition, after `deno` and `bun`, which claim it
 * too): {@link createNodeFetch}.
 */
export { defaultFetch } from './node-fetch.js';
