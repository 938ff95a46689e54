/**
 * Object transfers against a real Swift (the local cloud, or OS_CLOUD): one object of N MiB
 * (default 1024) uploaded from a generated stream and downloaded, each mode in its own process so
 * peak RSS is that mode's alone. Baseline: node:http with the same token and URL.
 *
 *   node tooling/bench/dist/swift-real.js [MiB] [runs]      (the runner)
 *   node tooling/bench/dist/swift-real.js --mode sdk-up 1024  (one measurement)
 */
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { providerFromCloud } from '@openstack-ts/config';
import {
  createContainer,
  createObjectStorageClient,
  deleteContainer,
  deleteLargeObject,
  deleteObject,
  downloadObject,
  uploadLargeObject,
  uploadObject,
} from '@openstack-ts/objectstorage';

const MODES = ['http-up', 'sdk-up', 'sdk-up-noverify', 'slo-up', 'http-down', 'sdk-down', 'sdk-down-noverify'] as const;
type Mode = (typeof MODES)[number];
const CONTAINER = 'osts-bench-swift';
const CHUNK = new Uint8Array(64 * 1024).fill(7);

function* generate(total: number): Generator<Uint8Array> {
  for (let sent = 0; sent < total; sent += CHUNK.length) yield CHUNK;
}

function stream(total: number): ReadableStream<Uint8Array> {
  const chunks = generate(total);
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const next = chunks.next();
        if (next.done === true) controller.close();
        else controller.enqueue(next.value);
      },
    },
    { highWaterMark: 0 },
  );
}

async function measure(mode: Mode, mib: number): Promise<void> {
  if (process.env.OS_CLOUD === undefined) process.env.OS_CLIENT_CONFIG_FILE ??= '/var/tmp/openstack-ts/clouds.yaml';
  const provider = await providerFromCloud(process.env.OS_CLOUD ?? 'local-demo');
  const swift = await createObjectStorageClient(provider);
  await createContainer(swift, CONTAINER);
  const token = await provider.getTokenId();
  const total = mib * 1024 * 1024;
  const url = new URL(`${swift.endpoint}${CONTAINER}/${mode.startsWith('http') ? 'http' : 'sdk'}`);
  const started = performance.now();
  const cpu = process.cpuUsage();
  let bytes = 0;
  if (mode === 'sdk-up' || mode === 'sdk-up-noverify') {
    bytes = (await uploadObject(swift, CONTAINER, 'sdk', stream(total), { verify: mode === 'sdk-up' })).bytes ?? 0;
  } else if (mode === 'slo-up') {
    bytes = (await uploadLargeObject(swift, CONTAINER, 'slo', stream(total), { segment_size: 16 * 1024 * 1024, concurrency: 4 })).bytes;
  } else if (mode === 'sdk-down' || mode === 'sdk-down-noverify') {
    const download = await downloadObject(swift, CONTAINER, 'sdk', { verify: mode === 'sdk-down' });
    const reader = download.body.getReader();
    for (;;) {
      const next = await reader.read();
      if (next.done) break;
      bytes += next.value.byteLength;
    }
  } else if (mode === 'http-up') {
    await new Promise<void>((resolve, reject) => {
      const request = http.request(url, { method: 'PUT', headers: { 'X-Auth-Token': token, 'Transfer-Encoding': 'chunked' } }, (response) => {
        response.resume();
        response.on('end', () => {
          if (response.statusCode === 201) resolve();
          else reject(new Error(`PUT answered ${String(response.statusCode)}`));
        });
      });
      request.on('error', reject);
      const chunks = generate(total);
      const write = (): void => {
        for (;;) {
          const next = chunks.next();
          if (next.done === true) {
            request.end();
            return;
          }
          bytes += next.value.byteLength;
          if (!request.write(next.value)) {
            request.once('drain', write);
            return;
          }
        }
      };
      write();
    });
  } else {
    await new Promise<void>((resolve, reject) => {
      http
        .get(url, { headers: { 'X-Auth-Token': token } }, (response) => {
          response.on('data', (data: Buffer) => {
            bytes += data.byteLength;
          });
          response.on('end', resolve);
        })
        .on('error', reject);
    });
  }
  const wallS = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  if (bytes !== total) throw new Error(`${mode}: moved ${String(bytes)} of ${String(total)} bytes`);
  console.log(JSON.stringify({ mode, wallS, cpuS: (used.user + used.system) / 1e6, MiBps: mib / wallS, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function run(mib: number, runs: number): Promise<void> {
  const self = fileURLToPath(import.meta.url);
  const results = new Map<Mode, { wallS: number; cpuS: number; MiBps: number; maxRssMiB: number }[]>();
  for (let i = 0; i < runs; i++) {
    for (const mode of MODES) {
      const child = spawnSync(process.execPath, [self, '--mode', mode, String(mib)], { encoding: 'utf8', env: process.env });
      if (child.status !== 0) throw new Error(`${mode} failed: ${child.stderr}`);
      const line = child.stdout.trim().split('\n').at(-1) ?? '{}';
      const list = results.get(mode) ?? [];
      list.push(JSON.parse(line) as { wallS: number; cpuS: number; MiBps: number; maxRssMiB: number });
      results.set(mode, list);
    }
  }
  console.log(`\n${String(mib)} MiB object against a real Swift, median of ${String(runs)} run(s), Node ${process.version}\n`);
  console.log('| mode | wall s | CPU s | MiB/s | peak RSS MiB |\n|---|---:|---:|---:|---:|');
  for (const [mode, list] of results) {
    const wall = median(list.map((r) => r.wallS)).toFixed(2);
    const cpu = median(list.map((r) => r.cpuS)).toFixed(2);
    const rate = median(list.map((r) => r.MiBps)).toFixed(0);
    const rss = median(list.map((r) => r.maxRssMiB)).toFixed(0);
    console.log(`| ${mode} | ${wall} | ${cpu} | ${rate} | ${rss} |`);
  }
  // Clean up.
  if (process.env.OS_CLOUD === undefined) process.env.OS_CLIENT_CONFIG_FILE ??= '/var/tmp/openstack-ts/clouds.yaml';
  const swift = await createObjectStorageClient(await providerFromCloud(process.env.OS_CLOUD ?? 'local-demo'));
  await deleteLargeObject(swift, CONTAINER, 'slo').catch(() => undefined);
  for (const name of ['sdk', 'http']) await deleteObject(swift, CONTAINER, name).catch(() => undefined);
  await deleteContainer(swift, CONTAINER).catch(() => undefined);
  await deleteContainer(swift, `${CONTAINER}_segments`).catch(() => undefined);
}

const args = process.argv.slice(2);
if (args[0] === '--mode') {
  const mode = args[1] as Mode;
  if (!MODES.includes(mode)) throw new Error(`unknown mode ${mode}`);
  await measure(mode, Number(args[2] ?? 1024));
} else {
  await run(Number(args[0] ?? 1024), Number(args[1] ?? 1));
}
