#!/usr/bin/env node
// Runs API Extractor for every packages/*/api-extractor*.json. With --update the committed
// etc/*.api.md reports are rewritten; without it, any API change fails (as in `pnpm run verify`).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const update = process.argv.includes('--update');
const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'node_modules', '.bin', 'api-extractor');
let failed = 0;
for (const pkg of readdirSync(join(root, 'packages'))) {
  const dir = join(root, 'packages', pkg);
  for (const file of readdirSync(dir).filter((f) => /^api-extractor.*\.json$/.test(f))) {
    const args = ['run', '--config', file, ...(update ? ['--local'] : [])];
    const result = spawnSync(bin, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    // Warnings (an unresolved {@link}, say) fail CI, so fail them here too, even with --update.
    const ok = result.status === 0 && !result.stdout.includes('Warning:');
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${pkg}/${file}`);
    if (!ok) {
      failed++;
      process.stdout.write(result.stdout);
      process.stderr.write(result.stderr);
    }
  }
}
if (failed > 0) {
  console.error(`${failed} API report(s) differ: run \`pnpm run api:update\` and commit etc/*.api.md if the change is intended.`);
  process.exit(1);
}
