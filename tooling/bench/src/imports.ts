/**
 * The cost of an import, in a fresh process: `node dist/imports.js <what>` prints the wall time
 * of the dynamic import and the process's CPU so far. `<what>` is a package root
 * (`@openstack-ts/compute`) or a deep path (`@openstack-ts/compute/dist/servers/index.js`, read
 * from the file since the exports map does not offer it).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const what = process.argv[2];
if (what === undefined) throw new Error('usage: node dist/imports.js <specifier>');

/** A deep path inside a package, bypassing its exports map (which offers only the root). */
function resolveDeep(specifier: string): string {
  if (specifier.startsWith('/')) return pathToFileURL(specifier).href;
  const match = /^(@[^/]+\/[^/]+)\/(.+)$/.exec(specifier);
  if (match === null) return specifier;
  const [, name = '', rest = ''] = match;
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve(`${name}/package.json`));
  return pathToFileURL(join(root, rest)).href;
}

const before = performance.now();
const cpuBefore = process.cpuUsage();
const module = (await import(resolveDeep(what))) as Record<string, unknown>;
const importMs = performance.now() - before;
const cpu = process.cpuUsage(cpuBefore);
process.stdout.write(
  `${JSON.stringify({ importMs, importCpuMs: (cpu.user + cpu.system) / 1000, processWallMs: performance.now(), exports: Object.keys(module).length, maxRssKiB: process.resourceUsage().maxRSS })}\n`,
);
