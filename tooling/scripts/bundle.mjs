#!/usr/bin/env node
// The JavaScript of every published package: one ES module per entry point its package.json names
// (`exports` and `imports`), with the package's own modules bundled in, and everything outside the
// package (other @openstack-ts packages, dependencies, `node:` built-ins, `#` imports) left as an
// import. tsc emits only the declarations (`emitDeclarationOnly`); `pnpm run build` runs tsc, then
// this. Why: Node's ESM loader costs per module, not per byte, and a package root used to load ~100
// files (docs/performance.md, "Cold start"). A bundler still tree-shakes the one file: the package
// is `sideEffects: false` and the file is plain top-level declarations.
//
// A package with several entry points (core: `.`, `./testing`, `./internal` and the two
// `#default-fetch` targets) is bundled in one esbuild run with code splitting, so what they share
// (error classes, the token keeper) exists once, in `dist/chunks/`, and `instanceof` holds across
// entry points.
//
// Usage: node tooling/scripts/bundle.mjs [package-dir ...]   (default: every packages/*)
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const dirs = process.argv.length > 2 ? process.argv.slice(2).map((dir) => join(process.cwd(), dir)) : readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name));

/** Every `./dist/….js` target a package.json's `exports` or `imports` maps to. */
function targets(value, found = new Set()) {
  if (typeof value === 'string') {
    if (value.startsWith('./dist/') && value.endsWith('.js')) found.add(value);
  } else if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) targets(inner, found);
  }
  return found;
}

/** Removes the JavaScript (and its maps) of an earlier build from dist, keeping tsc's declarations. */
function removeJs(dir) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name === 'chunks') rmSync(path, { recursive: true, force: true });
      else removeJs(path);
    } else if (name.endsWith('.js') || name.endsWith('.js.map')) {
      rmSync(path);
    }
  }
}

let failed = false;
for (const dir of dirs) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const entryPoints = [...targets(pkg.exports), ...targets(pkg.imports)].map((target) => {
    const out = target.slice('./dist/'.length, -'.js'.length);
    return { in: join(dir, 'src', `${out}.ts`), out };
  });
  if (entryPoints.length === 0) continue;
  for (const entry of entryPoints) {
    if (!existsSync(entry.in)) {
      console.error(`bundle: ${pkg.name}: no source ${relative(root, entry.in)} for ./dist/${entry.out}.js`);
      failed = true;
    }
  }
  const external = ['@openstack-ts/*', '#*', 'node:*', ...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
  removeJs(join(dir, 'dist'));
  try {
    await build({
      absWorkingDir: dir,
      entryPoints,
      outdir: join(dir, 'dist'),
      bundle: true,
      splitting: entryPoints.length > 1,
      chunkNames: 'chunks/[name]-[hash]',
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      external,
      sourcemap: 'linked',
      sourcesContent: false, // the maps point at src/, which the package ships
      legalComments: 'none',
      logLevel: 'warning',
    });
  } catch {
    failed = true; // esbuild has printed why
  }
}
process.exit(failed ? 1 : 0);
