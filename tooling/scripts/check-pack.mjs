#!/usr/bin/env node
// Lists what `npm pack` would publish for every package and fails when a tarball holds something
// users neither run nor read: tests, recorded fixtures (real answers, one with a generated private
// key), test type-check configs, build info, or dist files without their source. Run after the build.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const forbidden = [
  [/\.test\.(ts|js|d\.ts)(\.map)?$/, 'a test'],
  [/\.fixtures\.(ts|js|d\.ts)(\.map)?$/, 'recorded fixtures'],
  [/(^|\/)acceptance\//, 'an acceptance test'],
  [/(^|\/)test\//, 'the tests’ tsconfig'],
  [/\.tsbuildinfo$/, 'build info'],
  [/(^|\/)etc\//, 'an API report'],
  [/api-extractor.*\.json$/, 'API Extractor config'],
];
let failed = 0;
for (const name of readdirSync(join(root, 'packages'))) {
  const dir = join(root, 'packages', name);
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, encoding: 'utf8' });
  if (result.status !== 0) {
    console.log(`FAIL ${name}: npm pack failed\n${result.stderr}`);
    failed++;
    continue;
  }
  const files = JSON.parse(result.stdout)[0].files.map((file) => file.path);
  const bad = files.flatMap((path) => forbidden.filter(([pattern]) => pattern.test(path)).map(([, what]) => `${path} (${what})`));
  const required = ['package.json', 'README.md', 'dist/index.js', 'dist/index.d.ts'].filter((path) => !files.includes(path));
  if (bad.length > 0 || required.length > 0) {
    failed++;
    console.log(`FAIL @openstack-ts/${name}: ${String(files.length)} files`);
    for (const line of bad) console.log(`     should not ship: ${line}`);
    for (const line of required) console.log(`     missing: ${line}`);
  } else {
    console.log(`ok   @openstack-ts/${name}: ${String(files.length)} files`);
  }
}
if (failed > 0) process.exit(1);
