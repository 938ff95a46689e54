import { expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Every module the main entry reaches, with what each imports from outside the package. */
async function reachable(entry: string): Promise<Map<string, string[]>> {
  const seen = new Map<string, string[]>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    const text = await readFile(file, 'utf8');
    const outside: string[] = [];
    for (const [, specifier = ''] of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/g)) {
      if (specifier.startsWith('.')) queue.push(join(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else outside.push(specifier);
    }
    for (const [, reference = ''] of text.matchAll(/\/\/\/\s*<reference\s+types="([^"]+)"/g)) outside.push(`types:${reference}`);
    seen.set(relative(here, file), outside);
  }
  return seen;
}

it('keeps the main entry free of Node: only @openstack-ts/core, no node: modules nor Node types (those are /node\'s)', async () => {
  const modules = await reachable(join(here, 'index.ts'));
  expect(modules.size).toBeGreaterThan(20);
  expect([...modules.keys()].filter((file) => file.startsWith('node/'))).toEqual([]);
  const outside = new Set([...modules.values()].flat());
  expect([...outside].sort()).toEqual(['@openstack-ts/core', '@openstack-ts/core/internal']);
});
