#!/usr/bin/env node
// Compiles every ```ts block of README.md and packages/*/README.md against the built packages, as a
// user's Node project would (tooling/node-types: lib ES2023, Node's types, no DOM, skipLibCheck
// false). A block is a module of its own; names it uses without declaring them (the `provider` an
// earlier block made, an `authUrl`) get a declaration from FREE below. Run after `pnpm run build`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const out = join(root, 'tooling', 'node-types', 'readme');

/** Declarations for names README blocks use from earlier blocks or the reader's own code. */
const FREE = {
  provider: "declare const provider: import('@openstack-ts/core').ProviderClient;",
  authUrl: 'declare const authUrl: string;',
  userId: 'declare const userId: string;',
  password: 'declare const password: string;',
  projectId: 'declare const projectId: string;',
  existingToken: 'declare const existingToken: string;',
  key: 'declare const key: string;',
  authenticatorApp: 'declare const authenticatorApp: { currentCode(): string };',
  blockStorage: "declare const blockStorage: import('@openstack-ts/blockstorage').BlockStorageClient;",
  compute: "declare const compute: import('@openstack-ts/compute').ComputeClient;",
  neutron: "declare const neutron: import('@openstack-ts/networking').NetworkingClient;",
  networking: "declare const networking: import('@openstack-ts/networking').NetworkingClient;",
  swift: "declare const swift: import('@openstack-ts/objectstorage').ObjectStorageClient;",
  identity: "declare const identity: import('@openstack-ts/identity').IdentityClient;",
  serverId: 'declare const serverId: string;',
  networkId: 'declare const networkId: string;',
  createReadStream: "import { createReadStream } from 'node:fs';",
  authenticate: "import { authenticate } from '@openstack-ts/core';",
  providerFromCloud: "import { providerFromCloud } from '@openstack-ts/config';",
  expect: "import { expect } from '@jest/globals';",
};

function declaredNames(code) {
  const names = new Set();
  for (const match of code.matchAll(/\b(?:const|let|var|function|class)\s+(?:\{([^}]*)\}|\[([^\]]*)\]|([A-Za-z_$][\w$]*))/g)) {
    const list = match[1] ?? match[2];
    if (list !== undefined) for (const part of list.split(',')) names.add(part.split(':').pop().trim().split('=')[0].trim());
    else names.add(match[3]);
  }
  for (const match of code.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from/g)) {
    for (const part of match[1].split(',')) names.add(part.replace(/^\s*type\s+/, '').split(/\s+as\s+/).pop().trim());
  }
  return names;
}

const readmes = ['README.md', ...readdirSync(join(root, 'packages')).map((p) => join('packages', p, 'README.md'))].filter((f) => existsSync(join(root, f)));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const files = [];
for (const readme of readmes) {
  const text = readFileSync(join(root, readme), 'utf8');
  let index = 0;
  for (const match of text.matchAll(/^```ts\n([\s\S]*?)^```/gm)) {
    const code = match[1];
    const line = text.slice(0, match.index).split('\n').length + 1;
    const declared = declaredNames(code);
    const preamble = Object.entries(FREE)
      .filter(([name]) => !declared.has(name) && new RegExp(`\\b${name}\\b`).test(code))
      .map(([, declaration]) => declaration);
    const name = `${readme.replace(/[/.]/g, '_')}_${String(++index)}.ts`;
    writeFileSync(join(out, name), `// ${readme}:${String(line)}\n${preamble.join('\n')}\n${code}\nexport {};\n`);
    files.push({ name, readme, line });
  }
}
writeFileSync(
  join(out, 'tsconfig.json'),
  JSON.stringify({ extends: '../tsconfig.json', compilerOptions: { noUnusedLocals: false }, include: ['*.ts'] }, null, 2),
);
const tsc = join(root, 'node_modules', '.bin', 'tsc');
const result = spawnSync(tsc, ['-p', out], { cwd: out, encoding: 'utf8' });
const output = `${result.stdout}${result.stderr}`;
for (const file of files) {
  const lines = output.split('\n').filter((l) => l.startsWith(file.name));
  console.log(`${lines.length === 0 ? 'ok  ' : 'FAIL'} ${file.readme}:${String(file.line)}`);
  for (const l of lines) console.log(`     ${l.slice(file.name.length)}`);
}
if (result.status !== 0) {
  const other = output.split('\n').filter((l) => l.trim() !== '' && !files.some((f) => l.startsWith(f.name)) && !l.startsWith(' '));
  for (const l of other) console.log(l);
  console.error(`README code blocks do not compile (${relative(root, out)}): fix the README or the API.`);
  process.exit(1);
}
console.log(`${String(files.length)} README code blocks compile`);
