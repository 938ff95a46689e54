#!/usr/bin/env node
// Runs the runtime smoke suite (smoke.mjs) once per runtime against a real cloud: the one OS_CLOUD
// names, else `local-demo` of the local cloud (tooling/cloud's clouds.yaml, in OS_STATE_DIR or
// /var/tmp/openstack-ts). The cloud is read here, in Node, with @openstack-ts/config, and handed to
// each run as core's provider options in OSTS_SMOKE_CLOUD, so smoke.mjs itself needs no Node API.
//
//   node tooling/runtimes/smoke-run.mjs [RUNTIME…]     default: node20 node22 node24 bun deno
//
// Prints one line per runtime (pass/fail), keeps each run's output in $TEST_REPORT_DIR/smoke-NAME.log
// and writes $TEST_REPORT_DIR/smoke-NAME.json in the shape of a Jest JSON report, so
// tooling/scripts/count-tests.mjs counts its checks. Exits 1 when a runtime failed or is missing.
// Needs the packages built (`pnpm run build`): the suite imports their published entry points.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCloudConfig, providerOptionsFromConfig } from '@openstack-ts/config';
import { findRuntime, runtimeVersion } from './runtimes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const smoke = join(here, 'smoke.mjs');
const out = resolve(process.env.TEST_REPORT_DIR ?? '.test-reports');
/** A run that takes longer than this is stopped and fails (a hang guard, not an assertion). */
const RUN_LIMIT_MS = 10 * 60 * 1000;
const REPORT_PREFIX = 'OSTS-SMOKE-REPORT ';

const names = process.argv.length > 2 ? process.argv.slice(2) : ['node20', 'node22', 'node24', 'bun', 'deno'];

/** The command that runs smoke.mjs: Bun with `bun run`, Deno with all permissions and node_modules. */
function command(runtime) {
  switch (runtime.name) {
    case 'bun':
      return [runtime.bin, ['run', smoke]];
    case 'deno':
      // Deno finds tooling/runtimes/package.json and resolves packages from its node_modules.
      return [runtime.bin, ['run', '--allow-all', '--no-prompt', '--no-lock', smoke]];
    default:
      return [runtime.bin, [smoke]];
  }
}

async function cloudOptions() {
  const named = process.env.OS_CLOUD;
  const env = { ...process.env };
  let cloud = named;
  if (named === undefined || named === '') {
    const file = process.env.OS_CLIENT_CONFIG_FILE ?? join(process.env.OS_STATE_DIR ?? '/var/tmp/openstack-ts', 'clouds.yaml');
    if (!existsSync(file)) throw new Error(`no cloud: set OS_CLOUD, or start the local cloud with \`pnpm cloud:up\` (no ${file})`);
    env.OS_CLIENT_CONFIG_FILE = file;
    cloud = 'local-demo';
  }
  const options = providerOptionsFromConfig(await loadCloudConfig(cloud, { env }));
  // PEM contents travel as text.
  const text = (value) => (value instanceof Uint8Array ? new TextDecoder().decode(value) : Array.isArray(value) ? value.map(text) : value);
  if (options.tls !== undefined) options.tls = Object.fromEntries(Object.entries(options.tls).map(([key, value]) => [key, text(value)]));
  return { cloud, options };
}

/** A Jest-shaped report (what count-tests.mjs reads) of one runtime's checks. */
function jestReport(name, checks, crash) {
  const passed = checks.filter((c) => c.status === 'passed').length;
  const failed = checks.length - passed;
  const suiteFailed = failed > 0 || crash !== undefined;
  return {
    numPassedTests: passed,
    numFailedTests: failed,
    numPendingTests: 0,
    numTodoTests: 0,
    numTotalTests: checks.length,
    success: !suiteFailed,
    testResults: [
      {
        name: `${smoke} [${name}]`,
        status: suiteFailed ? 'failed' : 'passed',
        message: crash ?? '',
        assertionResults: checks.map((c) => ({
          ancestorTitles: [`smoke ${name}`],
          title: c.title,
          fullName: `smoke ${name} ${c.title}`,
          status: c.status,
          duration: c.duration,
          failureMessages: c.failureMessages,
        })),
      },
    ],
  };
}

async function runOne(name, cloudJson) {
  const runtime = findRuntime(name);
  const log = join(out, `smoke-${name}.log`);
  const started = Date.now();
  let checks = [];
  let crash;
  let version = '';
  if (runtime.bin === undefined) {
    crash = runtime.error;
  } else {
    version = ` ${runtimeVersion(runtime).replace(/^deno (\S+).*$/, '$1')}`;
    const [bin, args] = command(runtime);
    const output = createWriteStream(log);
    let report;
    let tail = '';
    const code = await new Promise((done) => {
      const child = spawn(bin, args, {
        cwd: here,
        env: { ...process.env, OSTS_SMOKE_CLOUD: cloudJson, OSTS_SMOKE_LABEL: name, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const timer = setTimeout(() => {
        crash = `stopped after ${String(RUN_LIMIT_MS / 1000)} s`;
        child.kill('SIGKILL');
      }, RUN_LIMIT_MS);
      let pending = '';
      child.stdout.on('data', (data) => {
        pending += data.toString('utf8');
        const lines = pending.split('\n');
        pending = lines.pop();
        for (const line of lines) {
          if (line.startsWith(REPORT_PREFIX)) report = line.slice(REPORT_PREFIX.length);
          else output.write(`${line}\n`);
        }
      });
      child.stderr.on('data', (data) => {
        output.write(data);
        tail = (tail + data.toString('utf8')).slice(-2000);
      });
      child.on('error', (error) => {
        crash = `cannot start ${bin}: ${error.message}`;
      });
      child.on('close', (status, signal) => {
        clearTimeout(timer);
        if (pending !== '') output.write(pending);
        output.end();
        done(signal ?? status);
      });
    });
    if (report !== undefined) {
      checks = JSON.parse(report).checks;
    } else {
      crash ??= `exited with ${String(code)} before its report${tail === '' ? '' : `:\n${tail}`}`;
    }
    if (code !== 0 && crash === undefined && checks.every((c) => c.status === 'passed')) crash = `exited with ${String(code)}`;
  }
  writeFileSync(join(out, `smoke-${name}.json`), `${JSON.stringify(jestReport(name, checks, crash), null, 2)}\n`);
  const failed = checks.filter((c) => c.status === 'failed');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = failed.length === 0 && crash === undefined;
  const why = crash !== undefined ? crash.split('\n')[0] : failed.length > 0 ? `${String(failed.length)} of ${String(checks.length)} checks failed, first: ${failed[0].title}: ${failed[0].failureMessages[0]}` : '';
  console.log(`smoke ${name}${version}: ${ok ? 'pass' : 'FAIL'}, ${String(checks.length - failed.length)}/${String(checks.length)} checks in ${seconds} s${ok ? '' : ` (${why}${runtime.bin === undefined ? '' : `; log: ${log}`})`}`);
  return ok;
}

mkdirSync(out, { recursive: true });
let cloud;
try {
  cloud = await cloudOptions();
} catch (error) {
  console.error(`smoke: ${error.message}`);
  for (const name of names) writeFileSync(join(out, `smoke-${name}.json`), `${JSON.stringify(jestReport(name, [], error.message), null, 2)}\n`);
  process.exit(1);
}
console.log(`smoke: cloud ${cloud.cloud}; reports in ${out}`);
let failures = 0;
for (const name of names) if (!(await runOne(name, JSON.stringify(cloud.options)))) failures += 1;
process.exit(failures === 0 ? 0 : 1);
