// The runtime smoke suite: the published packages (their `exports`, i.e. dist/) against a real
// cloud, in whichever runtime runs this file (Node, Bun, Deno). Plain web-platform JavaScript:
// no Node built-in, no @openstack-ts/config (Node-only), no test framework, so every runtime runs
// it as it is. tooling/runtimes/smoke-run.mjs starts it once per runtime and hands it the cloud in
// OSTS_SMOKE_CLOUD (JSON: core's provider options, as config makes them from clouds.yaml); it
// prints one line per check, then a last line `OSTS-SMOKE-REPORT {json}` that the runner turns
// into a Jest-shaped report.
import { HttpError, authenticate, isHttpError, isNotFound, nodeFetchAvailable } from '@openstack-ts/core';
import { createComputeClient, getServer, listServers } from '@openstack-ts/compute';
import { createNetworkingClient, listNetworks } from '@openstack-ts/networking';
import {
  createContainer,
  createObjectStorageClient,
  deleteContainer,
  deleteObject,
  downloadObject,
  getContainer,
  getObject,
  uploadObject,
} from '@openstack-ts/objectstorage';

const SIZE = 32 * 1024 * 1024;
const CHUNK = 64 * 1024;
/** A bound on each call so a hung runtime fails the run instead of stalling CI; not an assertion. */
const CALL_TIMEOUT_MS = 120_000;

const deno = globalThis.Deno;
const bun = globalThis.Bun;
const env = (name) => (deno === undefined ? globalThis.process?.env[name] : deno.env.get(name));
const runtime = deno !== undefined ? `deno ${deno.version.deno}` : bun !== undefined ? `bun ${bun.version}` : `node ${globalThis.process.version}`;
const exit = (code) => (deno === undefined ? globalThis.process.exit(code) : deno.exit(code));

/** Deterministic bytes (xorshift32, a block at a time) so the download can be compared with what was sent. */
class ByteSource {
  #state;
  #block = new Uint8Array(0);
  #at = 0;

  constructor(seed) {
    this.#state = seed >>> 0 || 1;
  }

  #refill() {
    const words = new Uint32Array(CHUNK / 4);
    let x = this.#state;
    for (let i = 0; i < words.length; i += 1) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      words[i] = x;
    }
    this.#state = x;
    this.#block = new Uint8Array(words.buffer);
    this.#at = 0;
  }

  /** The next `n` bytes of the sequence. */
  next(n) {
    const out = new Uint8Array(n);
    let filled = 0;
    while (filled < n) {
      if (this.#at === this.#block.length) this.#refill();
      const take = Math.min(n - filled, this.#block.length - this.#at);
      out.set(this.#block.subarray(this.#at, this.#at + take), filled);
      this.#at += take;
      filled += take;
    }
    return out;
  }
}

/** A 32 MiB stream made on the fly, one chunk per pull: nothing of it sits whole in memory. */
function generatedStream(seed) {
  const source = new ByteSource(seed);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= SIZE) {
        controller.close();
        return;
      }
      const n = Math.min(CHUNK, SIZE - sent);
      controller.enqueue(source.next(n));
      sent += n;
    },
  });
}

/** Reads a download and compares it byte for byte with the sequence; returns the byte count. */
async function compareWithSequence(body, seed) {
  const expected = new ByteSource(seed);
  let offset = 0;
  for await (const chunk of body) {
    const want = expected.next(chunk.length);
    for (let i = 0; i < chunk.length; i += 1) {
      if (chunk[i] !== want[i]) throw new Error(`byte ${offset + i} differs from what was uploaded`);
    }
    offset += chunk.length;
  }
  return offset;
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const checks = [];
let blocked; // the reason the remaining checks cannot run (authentication failed)

/** Runs one check and records it; `fn` returns a short note for the log, or throws. */
async function check(title, fn) {
  const started = performance.now();
  let status = 'passed';
  let message;
  if (blocked !== undefined) {
    status = 'failed';
    message = `not run: ${blocked}`;
  } else {
    try {
      message = await fn();
    } catch (error) {
      status = 'failed';
      message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    }
  }
  const duration = Math.round(performance.now() - started);
  checks.push({ title, status, duration, failureMessages: status === 'failed' ? [message] : [] });
  console.log(`${status === 'passed' ? 'ok  ' : 'FAIL'} ${title} (${String(duration)} ms)${message === undefined ? '' : `: ${message}`}`);
  return status === 'passed';
}

const call = () => ({ signal: AbortSignal.timeout(CALL_TIMEOUT_MS) });
const cloud = JSON.parse(env('OSTS_SMOKE_CLOUD') ?? 'null');
const label = env('OSTS_SMOKE_LABEL') ?? runtime.split(' ')[0];
const container = `osts-smoke-${label}-${Date.now().toString(36)}`;
const objectName = 'generated-32MiB.bin';
const seed = Math.floor(Math.random() * 0xffffffff);
let provider;
let compute;
let swift;
let uploaded;

console.log(`smoke: ${runtime}`);

await check('the default transport is node:http in Node, the platform fetch in Bun and Deno', () => {
  const isNode = deno === undefined && bun === undefined;
  assert(nodeFetchAvailable() === isNode, `nodeFetchAvailable() is ${String(nodeFetchAvailable())} in ${runtime}`);
  return isNode ? 'node:http' : 'platform fetch';
});

const authenticated = await check('authenticates with Keystone v3', async () => {
  assert(cloud !== null && typeof cloud === 'object', 'no cloud: OSTS_SMOKE_CLOUD is not set (run smoke-run.mjs)');
  provider = await authenticate(cloud, call());
  assert(provider.catalog.length > 0, 'the token has an empty catalog');
  return `${String(provider.catalog.length)} services in the catalog`;
});
if (!authenticated) blocked = 'authentication failed';

await check('lists servers', async () => {
  compute = await createComputeClient(provider, {}, call());
  const servers = await listServers(compute, {}, call()).all();
  assert(Array.isArray(servers), 'listServers did not collect into an array');
  return `${String(servers.length)} servers`;
});

await check('lists networks', async () => {
  const networking = await createNetworkingClient(provider, {}, call());
  const networks = await listNetworks(networking, {}, call()).all();
  assert(networks.length > 0 && networks.every((network) => typeof network.id === 'string'), `expected networks with IDs, got ${JSON.stringify(networks).slice(0, 200)}`);
  return `${String(networks.length)} networks`;
});

await check('gets a missing server as a typed 404', async () => {
  const id = crypto.randomUUID();
  const error = await getServer(compute, id, call()).then(
    () => undefined,
    (caught) => caught,
  );
  assert(error !== undefined, `getServer(${id}) resolved`);
  assert(error instanceof HttpError, `expected an HttpError, got ${String(error)}`);
  assert(isNotFound(error) && isHttpError(error, 404) && error.status === 404, `expected a 404, got ${String(error.status)}`);
  assert(typeof error.requestId === 'string' && error.requestId.startsWith('req-'), `no request ID: ${String(error.requestId)}`);
  assert(error.serviceMessage !== undefined && error.message.includes(error.serviceMessage), `no service message in "${error.message}"`);
  return error.serviceMessage;
});

try {
  await check('creates a container', async () => {
    swift = await createObjectStorageClient(provider, {}, call());
    await createContainer(swift, container, {}, call());
  });

  await check('streams a generated 32 MiB object up (MD5 checked against the ETag)', async () => {
    let progress = 0;
    uploaded = await uploadObject(swift, container, objectName, generatedStream(seed), {
      content_type: 'application/octet-stream',
      onProgress: ({ bytes }) => {
        progress = bytes;
      },
    }, call());
    assert(uploaded.bytes === SIZE, `sent ${String(uploaded.bytes)} bytes, not ${String(SIZE)}`);
    assert(progress === SIZE, `progress stopped at ${String(progress)} bytes`);
    assert(typeof uploaded.etag === 'string' && /^[0-9a-f]{32}$/.test(uploaded.etag), `ETag ${String(uploaded.etag)}`);
    const info = await getObject(swift, container, objectName, {}, call());
    assert(info.content_length === SIZE, `Swift holds ${String(info.content_length)} bytes`);
    assert(info.etag === uploaded.etag, `Swift's ETag ${String(info.etag)} is not the upload's ${uploaded.etag}`);
    return `MD5 ${uploaded.etag}`;
  });

  await check('streams it down (MD5 and length checked, bytes compared)', async () => {
    assert(uploaded !== undefined, 'nothing was uploaded');
    const download = await downloadObject(swift, container, objectName, {}, call());
    assert(download.content_length === SIZE && download.etag === uploaded.etag, `headers: ${String(download.content_length)} bytes, ETag ${String(download.etag)}`);
    const bytes = await compareWithSequence(download.body, seed);
    assert(bytes === SIZE, `read ${String(bytes)} bytes, not ${String(SIZE)}`);
    return `${String(bytes)} bytes`;
  });
} finally {
  await check('deletes the object and its container (then a typed 404)', async () => {
    if (swift === undefined) return 'no container was made';
    // Also after a failed upload: Swift may hold the object even when a check refused it.
    await deleteObject(swift, container, objectName, {}, call()).catch((error) => {
      if (!isNotFound(error)) throw error;
    });
    await deleteContainer(swift, container, call());
    const gone = await getContainer(swift, container, call()).then(() => undefined, (caught) => caught);
    assert(isNotFound(gone), `the container is still there (${String(gone)})`);
  });
}

console.log(`OSTS-SMOKE-REPORT ${JSON.stringify({ runtime, checks })}`);
exit(checks.every((c) => c.status === 'passed') ? 0 : 1);
