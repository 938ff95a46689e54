/**
 * The benchmark runner: starts the fake endpoint in this process, runs every workload variant in
 * a process of its own (interleaved, several runs), and prints and writes the medians and the
 * ratios to the `node:http` baseline of the same run.
 *
 *   pnpm bench [--runs N] [--only W3,W2s] [--quick] [--skip-bundles] [--skip-imports] [--out FILE]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { bundleSizes, bundleTable, type BundleSize } from './bundle-sizes.js';
import type { WorkloadReport } from './child.js';
import { startFakeServer, type FakeServer, type FakeServerConfig } from './fake-server.js';
import { entryFile, moduleGraph } from './modules.js';

const dist = dirname(fileURLToPath(import.meta.url));
const benchRoot = join(dist, '..');

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    warmup: { type: 'string' },
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'skip-bundles': { type: 'boolean', default: false },
    'skip-imports': { type: 'boolean', default: false },
    out: { type: 'string', default: join(benchRoot, 'results', 'latest.md') },
  },
});
const runs = Math.max(1, Number(args.runs));
const warmups = Number(args.warmup ?? (args.quick ? '0' : '1'));
const only = args.only?.split(',').map((id) => id.trim().toUpperCase());

/** One way of running a workload: a script (`<workload>-<kind>.js`) and its environment. */
interface Variant {
  name: string;
  kind: 'http' | 'fetch' | 'sdk';
  env?: Record<string, string>;
  /** A script other than `<workload>-<kind>.js`, relative to dist. */
  script?: string;
  /** Options for node itself. */
  nodeArgs?: string[];
}

interface Workload {
  id: string;
  what: string;
  script: string;
  count: number;
  server: Partial<FakeServerConfig>;
  env?: Record<string, string>;
  variants: Variant[];
  /** A figure to show beside the times: per-call CPU, throughput. */
  note?: (report: Median) => string;
}

const MiB = 1024 * 1024;
const baselines: Variant[] = [
  { name: 'node:http', kind: 'http' },
  { name: 'fetch', kind: 'fetch' },
];
/**
 * The SDK as it is by default (the platform's fetch), and with the Node fetch from
 * @openstack-ts/config that `providerFromCloud` uses. (Core calls either directly: it dropped ky.)
 */
const sdk: Variant[] = [
  { name: 'sdk (platform fetch)', kind: 'sdk' },
  { name: 'sdk + createNodeFetch (core\'s default in Node)', kind: 'sdk', env: { BENCH_FETCH: 'node' } },
];
/** createNodeFetch imported from its own module: no yaml, no undici (for createTlsFetch) loaded beside it. */
/** Lazy listing on a V8 heap too small to hold the listing: it completes only if memory stays flat. */
const smallHeap: Variant = { name: 'sdk + createNodeFetch, V8 heap capped at 32 MiB', kind: 'sdk', env: { BENCH_FETCH: 'node' }, nodeArgs: ['--max-old-space-size=32'] };
const nodeDeep: Variant = { name: 'sdk + createNodeFetch made by the caller', kind: 'sdk', env: { BENCH_FETCH: 'node-deep' } };
/** The transports compared for W3. */
const transports: Variant[] = [
  ...sdk,
  nodeDeep,
  { name: 'sdk + undici fetch (Agent)', kind: 'sdk', env: { BENCH_FETCH: 'undici' } },
  { name: 'sdk + undici request() as fetch', kind: 'sdk', env: { BENCH_FETCH: 'undici-request' } },
];

const quick = args.quick;
const ports = quick ? 5_000 : 100_000;
const smallPorts = quick ? 1_000 : 10_000;
const calls = quick ? 300 : 2_000;
const objectBytes = quick ? 16 * MiB : 512 * MiB;
const smallObjectBytes = quick ? 4 * MiB : 64 * MiB;

const perCall = (m: Median): string => `${((m.cpuMs * 1000) / m.items).toFixed(0)} µs CPU/call`;
const throughput = (m: Median): string => `${((2 * m.bytes) / MiB / (m.wallMs / 1000)).toFixed(0)} MiB/s (up ${m.uploadMs.toFixed(0)} ms, down ${m.downloadMs.toFixed(0)} ms)`;

const workloads: Workload[] = [
  {
    id: 'W1',
    what: 'cold start: import, authenticate, pick compute, list 50 servers (wall and CPU from process start)',
    script: 'w1',
    count: 50,
    server: { servers: 50 },
    variants: [
      ...baselines,
      { name: 'sdk (platform fetch)', kind: 'sdk' },
      { name: 'sdk, negotiating the microversion', kind: 'sdk', env: { BENCH_NEGOTIATE: '1' } },
      { name: 'sdk + createNodeFetch', kind: 'sdk', script: 'workloads/w1-sdk-node.js' },
      { name: 'sdk + createNodeFetch, bundled into one file', kind: 'sdk', script: 'bundled/w1-sdk-node.js' },
    ],
  },
  {
    id: 'W2',
    what: `paging: list ${ports.toLocaleString('en')} ports in pages of 1,000, keeping them`,
    script: 'w2',
    count: ports,
    server: { ports },
    env: { BENCH_MODE: 'keep' },
    variants: [...baselines, ...sdk],
  },
  {
    id: 'W2S-SMALL',
    what: `paging lazily: iterate ${smallPorts.toLocaleString('en')} ports, dropping them (the RSS reference for W2s)`,
    script: 'w2',
    count: smallPorts,
    server: { ports: smallPorts },
    env: { BENCH_MODE: 'lazy' },
    variants: [...baselines, ...sdk, smallHeap],
  },
  {
    id: 'W2S',
    what: `paging lazily: iterate ${ports.toLocaleString('en')} ports, dropping them`,
    script: 'w2',
    count: ports,
    server: { ports },
    env: { BENCH_MODE: 'lazy' },
    variants: [...baselines, ...sdk, smallHeap],
  },
  {
    id: 'W3',
    what: `small calls: ${calls.toLocaleString('en')} sequential GET /v2.0/ports/{id} on one client`,
    script: 'w3',
    count: calls,
    server: { ports: 1000 },
    variants: [...baselines, ...transports],
    note: perCall,
  },
  {
    id: 'W4-SMALL',
    what: `objects: upload ${String(smallObjectBytes / MiB)} MiB from a generated stream, then download it (the RSS reference for W4)`,
    script: 'w4',
    count: smallObjectBytes,
    server: {},
    variants: [...baselines, ...sdk, nodeDeep],
    note: throughput,
  },
  {
    id: 'W4',
    what: `objects: upload ${String(objectBytes / MiB)} MiB from a generated stream, then download it`,
    script: 'w4',
    count: objectBytes,
    server: {},
    variants: [
      ...baselines,
      ...sdk,
      nodeDeep,
      { name: 'sdk + createNodeFetch, verify: MD5 up, length down', kind: 'sdk', env: { BENCH_FETCH: 'node', BENCH_VERIFY: '1' } },
    ],
    note: throughput,
  },
];

interface Median {
  wallMs: number;
  cpuMs: number;
  maxRssKiB: number;
  items: number;
  bytes: number;
  uploadMs: number;
  downloadMs: number;
  runs: number;
  failures: number;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted.at(middle) ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted.at(middle - 1) ?? Number.NaN) + upper) / 2;
}

function summarize(reports: readonly WorkloadReport[], failures: number): Median {
  const of = (key: string): number => median(reports.map((r) => Number(r[key] ?? Number.NaN)));
  return {
    wallMs: of('wallMs'),
    cpuMs: of('cpuMs'),
    maxRssKiB: of('maxRssKiB'),
    items: of('items'),
    bytes: of('bytes'),
    uploadMs: of('uploadMs'),
    downloadMs: of('downloadMs'),
    runs: reports.length,
    failures,
  };
}

/** Runs one variant once in a fresh process and returns its report. */
async function runChild(workload: Workload, variant: Variant, server: FakeServer): Promise<WorkloadReport> {
  const script = join(dist, variant.script ?? join('workloads', `${workload.script}-${variant.kind}.js`));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(variant.nodeArgs ?? []), script], {
      env: {
        ...process.env,
        BENCH_URL: server.url,
        BENCH_COUNT: String(workload.count),
        ...workload.env,
        ...variant.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 10 * 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const line = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0 || line === '') {
        reject(new Error(`${workload.id} ${variant.name} exited with ${String(code)}: ${stderr.trim().slice(-2000)}`));
        return;
      }
      resolve(JSON.parse(line) as WorkloadReport);
    });
  });
}

interface WorkloadResult {
  workload: Workload;
  medians: Map<string, Median>;
  raw: Map<string, WorkloadReport[]>;
}

async function runWorkload(workload: Workload, server: FakeServer): Promise<WorkloadResult> {
  server.configure(workload.server);
  const raw = new Map<string, WorkloadReport[]>(workload.variants.map((v) => [v.name, []]));
  const failures = new Map<string, number>(workload.variants.map((v) => [v.name, 0]));
  for (let round = -warmups; round < runs; round++) {
    // Rotate the order each round, so no variant always runs right after the same neighbour.
    const offset = ((round % workload.variants.length) + workload.variants.length) % workload.variants.length;
    const order = [...workload.variants.slice(offset), ...workload.variants.slice(0, offset)];
    for (const variant of order) {
      server.resetStats();
      try {
        const report = await runChild(workload, variant, server);
        if (round >= 0) raw.get(variant.name)?.push(report);
        process.stderr.write(
          `${workload.id} ${round < 0 ? 'warm-up' : `run ${String(round + 1)}/${String(runs)}`} ${variant.name}: ${report.wallMs.toFixed(0)} ms wall, ${report.cpuMs.toFixed(0)} ms CPU, ${(report.maxRssKiB / 1024).toFixed(0)} MiB\n`,
        );
      } catch (error) {
        failures.set(variant.name, (failures.get(variant.name) ?? 0) + 1);
        process.stderr.write(`${String(error)}\n`);
      }
    }
  }
  const medians = new Map<string, Median>();
  for (const variant of workload.variants) medians.set(variant.name, summarize(raw.get(variant.name) ?? [], failures.get(variant.name) ?? 0));
  return { workload, medians, raw };
}

const fmt = (value: number, digits = 0): string => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const ratio = (value: number, base: number): string => (Number.isFinite(value / base) ? `${(value / base).toFixed(2)}×` : '–');

function workloadTable(result: WorkloadResult): string {
  const base = result.medians.get('node:http');
  const lines = [
    `### ${result.workload.id}: ${result.workload.what}`,
    '',
    '| variant | wall ms | CPU ms | peak RSS MiB | wall × | CPU × | RSS × | |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const variant of result.workload.variants) {
    const m = result.medians.get(variant.name);
    if (m === undefined || m.runs === 0) {
      lines.push(`| ${variant.name} | failed | | | | | | |`);
      continue;
    }
    const note = result.workload.note?.(m) ?? '';
    const failed = m.failures > 0 ? ` (${String(m.failures)} failed)` : '';
    lines.push(
      `| ${variant.name}${failed} | ${fmt(m.wallMs)} | ${fmt(m.cpuMs)} | ${fmt(m.maxRssKiB / 1024)} | ${base === undefined ? '–' : ratio(m.wallMs, base.wallMs)} | ${base === undefined ? '–' : ratio(m.cpuMs, base.cpuMs)} | ${base === undefined ? '–' : ratio(m.maxRssKiB, base.maxRssKiB)} | ${note} |`,
    );
  }
  return lines.join('\n');
}

/** Import cost of package roots (each one bundled module per entry point), each in fresh processes. */
async function importCosts(): Promise<string> {
  // For comparison: core and all of compute bundled into one file, as a package could ship them.
  const bundled = join(dist, 'bundled', 'core-and-compute.js');
  await build({
    stdin: { contents: "export * from '@openstack-ts/core';\nexport * from '@openstack-ts/compute';", resolveDir: benchRoot, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: bundled,
    logLevel: 'silent',
  });
  const specifiers = [
    '@openstack-ts/core',
    '@openstack-ts/compute',
    '@openstack-ts/networking',
    '@openstack-ts/config',
    '@openstack-ts/objectstorage',
    bundled,
  ];
  const from = join(dist, 'run.js');
  const rows: string[] = [];
  for (const specifier of specifiers) {
    const times: number[] = [];
    const cpu: number[] = [];
    const totals: number[] = [];
    for (let i = 0; i < Math.max(runs, 5); i++) {
      const out = await new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, [join(dist, 'imports.js'), specifier], { stdio: ['ignore', 'pipe', 'inherit'] });
        let text = '';
        child.stdout.on('data', (data: Buffer) => (text += data.toString()));
        child.on('error', reject);
        child.on('close', (code) => {
          if (code === 0) resolve(text);
          else reject(new Error(`import of ${specifier} failed`));
        });
      });
      const parsed = JSON.parse(out) as { importMs: number; importCpuMs: number; processWallMs: number };
      times.push(parsed.importMs);
      cpu.push(parsed.importCpuMs);
      totals.push(parsed.processWallMs);
    }
    const graph = moduleGraph(entryFile(specifier, from));
    const label = specifier === bundled ? 'core + all of compute, bundled into one file (esbuild)' : `\`${specifier}\``;
    rows.push(`| ${label} | ${String(graph.modules)} | ${fmt(graph.bytes / 1000)} | ${fmt(median(times), 1)} | ${fmt(median(cpu), 1)} | ${fmt(median(totals), 1)} |`);
  }
  return [
    '| import | modules loaded | source kB | import ms (wall) | import ms (CPU) | process ms at end |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

async function cloudRunning(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', 'ps aux | grep -c python'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let text = '';
    child.stdout.on('data', (data: Buffer) => (text += data.toString()));
    child.on('close', () => {
      resolve(Number(text.trim()));
    });
    child.on('error', () => {
      resolve(0);
    });
  });
}

/** The W1 workload on createNodeFetch as one bundled file, as an application bundled for Node would load it. */
async function bundleColdStart(): Promise<void> {
  await build({
    entryPoints: [join(dist, 'workloads', 'w1-sdk-node.js')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile: join(dist, 'bundled', 'w1-sdk-node.js'),
    logLevel: 'silent',
  });
}

const selected = workloads.filter((w) => only === undefined || only.includes(w.id) || only.includes(w.id.replace(/-SMALL$/, '')));
if (selected.some((w) => w.id === 'W1')) await bundleColdStart();
const server = await startFakeServer();
const started = new Date();
const results: WorkloadResult[] = [];
try {
  for (const workload of selected) results.push(await runWorkload(workload, server));
} finally {
  await server.close();
}
const imports = args['skip-imports'] || only !== undefined ? undefined : await importCosts();
const bundles: BundleSize[] | undefined = args['skip-bundles'] || only !== undefined ? undefined : await bundleSizes();
const pythons = await cloudRunning();

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const header = [
  `# Benchmark results`,
  '',
  `- date: ${started.toISOString()}`,
  `- machine: ${String(cpus().length)} cores (${cpu}), ${(totalmem() / 1024 ** 3).toFixed(0)} GiB RAM`,
  `- Node ${process.version}, ${String(runs)} runs per variant (medians), ${String(warmups)} warm-up round(s)${quick ? ', --quick sizes' : ''}`,
  `- \`ps aux | grep -c python\`: ${String(pythons)}${pythons > 5 ? ' (the local OpenStack cloud was running beside the benchmark)' : ''}`,
  '- ratios (×) are to the node:http baseline of this run; wall and CPU of W2–W4 are the measured section (after authentication), W1 is the whole process',
].join('\n');
const sections = [header, ...results.map(workloadTable)];
if (imports !== undefined) sections.push(`### Import cost (fresh process each)\n\n${imports}`);
if (bundles !== undefined) sections.push(`### Bundle sizes\n\n${bundleTable(bundles)}`);
const markdown = `${sections.join('\n\n')}\n`;
process.stdout.write(`\n${markdown}`);

mkdirSync(dirname(args.out), { recursive: true });
writeFileSync(args.out, markdown);
const raw = results.map((r) => ({ id: r.workload.id, count: r.workload.count, runs: Object.fromEntries(r.raw) }));
writeFileSync(args.out.replace(/\.md$/, '.json'), `${JSON.stringify({ date: started.toISOString(), node: process.version, results: raw, bundles }, null, 2)}\n`);
process.stderr.write(`written to ${args.out}\n`);
