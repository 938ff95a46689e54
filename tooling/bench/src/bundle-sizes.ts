/**
 * Bundle sizes: small entry files bundled with esbuild for the browser (minified, tree-shaken,
 * ESM), then gzipped at level 9. `node dist/bundle-sizes.js` prints them as a table.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const benchRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(benchRoot, '..', '..');

export interface BundleSize {
  name: string;
  entry: string;
  minifiedBytes: number;
  gzipBytes: number;
}

interface Entry {
  name: string;
  contents: string;
}

function entries(): Entry[] {
  const core = "export { createProviderClient } from '@openstack-ts/core';";
  const compute = "export { createComputeClient, listServers } from '@openstack-ts/compute';";
  const list: Entry[] = [
    { name: 'auth only', contents: core },
    { name: 'auth + listServers', contents: `${core}\n${compute}` },
  ];
  const each = [
    core,
    compute,
    "export { createNetworkingClient, listPorts } from '@openstack-ts/networking';",
    "export { createIdentityClient, listProjects } from '@openstack-ts/identity';",
    "export { createObjectStorageClient, uploadObject } from '@openstack-ts/objectstorage';",
  ];
  list.push({ name: `auth + one operation of each service (${String(each.length - 1)} packages)`, contents: each.join('\n') });
  list.push({ name: 'for scale: all of core', contents: "export * from '@openstack-ts/core';" });
  list.push({ name: 'for scale: auth + all of compute', contents: `${core}\nexport * from '@openstack-ts/compute';` });
  return list;
}

async function measure(entry: Entry): Promise<BundleSize | undefined> {
  try {
    const result = await build({
      stdin: { contents: entry.contents, resolveDir: benchRoot, loader: 'js', sourcefile: 'entry.js' },
      bundle: true,
      minify: true,
      treeShaking: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
      nodePaths: [join(repoRoot, 'node_modules')],
    });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    return { name: entry.name, entry: entry.contents, minifiedBytes: code.byteLength, gzipBytes: gzipSync(code, { level: 9 }).byteLength };
  } catch (error) {
    process.stderr.write(`bundle "${entry.name}" failed: ${String(error)}\n`);
    return undefined;
  }
}

export async function bundleSizes(): Promise<BundleSize[]> {
  const out: BundleSize[] = [];
  for (const entry of entries()) {
    const size = await measure(entry);
    if (size !== undefined) out.push(size);
  }
  return out;
}

export function bundleTable(sizes: readonly BundleSize[]): string {
  const kb = (bytes: number): string => (bytes / 1000).toFixed(2);
  const rows = sizes.map((size) => `| ${size.name} | ${kb(size.minifiedBytes)} | **${kb(size.gzipBytes)}** |`);
  return ['| Bundle (esbuild, browser, ESM) | minified kB | minified + gzip -9 kB |', '|---|---:|---:|', ...rows].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${bundleTable(await bundleSizes())}\n`);
}
