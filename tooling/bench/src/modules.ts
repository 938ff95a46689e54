/**
 * Counts the modules an ESM entry loads, by following its static `import`/`export … from`
 * statements through the workspace's built `dist` files (and ky). What Node loads eagerly is
 * exactly this graph: ESM re-exports are not lazy.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const STATIC = /(?:^|[;\n])\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[;\n])\s*import\s*['"]([^'"]+)['"]/g;

/** The directory of package `name` as Node finds it from `from`: the nearest node_modules up the tree. */
function packageRoot(name: string, from: string): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dirname(dir) === dir) throw new Error(`cannot find ${name} from ${from}`);
  }
}

function resolveSpecifier(specifier: string, from: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/')) return resolve(dirname(from), specifier);
  if (specifier.startsWith('node:')) return undefined;
  const match = /^(@[^/]+\/[^/]+|[^/@][^/]*)(\/.*)?$/.exec(specifier);
  if (match === null) return undefined;
  const [, name = '', rest] = match;
  const root = packageRoot(name, from);
  if (rest !== undefined) return join(root, rest);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports?: unknown; module?: string; main?: string };
  return join(root, exportedEntry(pkg.exports) ?? pkg.module ?? pkg.main ?? 'index.js');
}

/** The ESM entry of an `exports` map's root: `"."` (or the map itself), its `import` or `default`. */
function exportedEntry(exports: unknown): string | undefined {
  let target: unknown = exports;
  if (target !== null && typeof target === 'object' && '.' in target) target = (target as Record<string, unknown>)['.'];
  for (let depth = 0; depth < 4 && target !== null && typeof target === 'object'; depth++) {
    const conditions = target as Record<string, unknown>;
    target = conditions.import ?? conditions.node ?? conditions.default;
  }
  return typeof target === 'string' ? target : undefined;
}

/** The files an entry loads (itself included) and their total size in bytes. */
export function moduleGraph(entry: string): { modules: number; bytes: number } {
  const seen = new Set<string>();
  let bytes = 0;
  const stack = [entry];
  for (let file = stack.pop(); file !== undefined; file = stack.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    bytes += text.length;
    for (const match of text.matchAll(STATIC)) {
      const specifier = match[1] ?? match[2];
      if (specifier === undefined) continue;
      const target = resolveSpecifier(specifier, file);
      if (target !== undefined) stack.push(target);
    }
  }
  return { modules: seen.size, bytes };
}

/** The file a specifier such as `@openstack-ts/compute` or `@openstack-ts/compute/dist/servers/index.js` names. */
export function entryFile(specifier: string, from: string): string {
  const file = resolveSpecifier(specifier, from);
  if (file === undefined) throw new Error(`cannot resolve ${specifier}`);
  return file;
}
