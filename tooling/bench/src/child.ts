/**
 * What every workload process shares: its parameters (from the runner, in BENCH_* variables) and
 * its report, one JSON line on stdout. Imports only `node:fs`, which Node has loaded already.
 */
import { readFileSync } from 'node:fs';

/** The parameters a workload runs with. */
export interface WorkloadEnv {
  /** The fake endpoint, `http://127.0.0.1:<port>`. */
  url: string;
  /** Keystone, `<url>/v3`. */
  authUrl: string;
  /** Items (W2 ports, W3 calls) or bytes (W4). */
  count: number;
  /** For SDK variants: which fetch runs under ky (`platform`, `undici`, `undici-request`, `node`). */
  fetch: string;
}

export function workloadEnv(): WorkloadEnv {
  const url = process.env.BENCH_URL;
  if (url === undefined || url === '') throw new Error('BENCH_URL is not set: workloads are started by tooling/bench/dist/run.js');
  return {
    url,
    authUrl: `${url}/v3`,
    count: Number(process.env.BENCH_COUNT ?? '0'),
    fetch: process.env.BENCH_FETCH ?? 'platform',
  };
}

/** A measured section: wall time and CPU from here to {@link report}. */
export interface Mark {
  wall: number;
  cpu: NodeJS.CpuUsage | undefined;
}

/** Starts the measured section now. */
export function mark(): Mark {
  return { wall: performance.now(), cpu: process.cpuUsage() };
}

/** The process's whole life as the measured section (cold start: imports included). */
export function fromProcessStart(): Mark {
  return { wall: 0, cpu: undefined };
}

/** What a workload prints. Times in milliseconds, RSS in KiB. */
export interface WorkloadReport {
  wallMs: number;
  cpuMs: number;
  maxRssKiB: number;
  /** Since process start, whatever the section. */
  processWallMs: number;
  processCpuMs: number;
  /** Workload-specific checks and splits (items seen, bytes moved, upload time…). */
  [extra: string]: number | string;
}

/**
 * The process's peak resident set in KiB. On Linux, `VmHWM` of this process image: getrusage's
 * `maxRSS` carries the parent's peak over fork and exec, so a child of a large runner would
 * report the runner's size.
 */
function peakRssKiB(): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match?.[1] !== undefined) return Number(match[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}

/** Prints the report of the section that started at `start`, with extra figures. */
export function report(start: Mark, extra: Record<string, number | string> = {}): void {
  const now = performance.now();
  const cpu = process.cpuUsage(start.cpu);
  const total = process.cpuUsage();
  const out: WorkloadReport = {
    wallMs: now - start.wall,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssKiB: peakRssKiB(),
    processWallMs: now,
    processCpuMs: (total.user + total.system) / 1000,
    ...extra,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

/** Fails the workload (non-zero exit) when a check does not hold. */
export function check(condition: boolean, message: string): void {
  if (!condition) {
    process.stderr.write(`check failed: ${message}\n`);
    process.exit(2);
  }
}
