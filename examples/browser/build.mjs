// Builds the page into dist/: public/ as it is, and src/main.ts bundled by esbuild for browsers.
// The packages are resolved by name through their package.json exports, as an application's
// bundler resolves them (build them first: `pnpm run build` at the root).
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'dist');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(join(here, 'public'), out, { recursive: true });

const result = await build({
  entryPoints: [join(here, 'src/main.ts')],
  outfile: join(out, 'main.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser', // conditions browser/import/default: core's #default-fetch is the platform's fetch
  target: 'es2022',
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
});

// The Node transport (node:http agents) must never reach a browser bundle: core's root re-exports
// it, so the bundler sees the module, but none of its code may be in the output.
const [outputPath, output] = Object.entries(result.metafile.outputs).find(([path]) => path.endsWith('main.js'));
const nodeOnly = Object.entries(output.inputs)
  .filter(([path, input]) => input.bytesInOutput > 0 && /node-fetch|default-fetch-node|(^|\/)node:/.test(path))
  .map(([path]) => path);
if (nodeOnly.length > 0) {
  console.error(`build: Node-only modules in the browser bundle: ${nodeOnly.join(', ')}`);
  process.exit(1);
}
const modules = Object.values(output.inputs).filter((input) => input.bytesInOutput > 0).length;
console.log(`built ${outputPath} (${(output.bytes / 1024).toFixed(1)} kB, ${String(modules)} modules)`);
