/**
 * The published packages in a fresh Node process, as an application imports them (package
 * exports, i.e. the bundled `dist`, not the sources the other tests use): authenticate, list the
 * servers, and check what the process loaded. Node's own fetch (undici) must not be among it:
 * core's Node transport never touches `fetch`, `Headers`, `Request` or `Response`, whose first use
 * costs ~20 ms of a cold start (docs/performance.md).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from '@jest/globals';
import { describeWithService } from '@openstack-ts/acceptance';

const examples = join(import.meta.dirname, '..', '..', '..', 'examples'); // its node_modules link the packages

const program = `
import { providerFromCloud } from '@openstack-ts/config';
import { createComputeClient, listServers } from '@openstack-ts/compute';
const provider = await providerFromCloud(process.env.OSTS_MEMBER_CLOUD);
const compute = await createComputeClient(provider);
const servers = await listServers(compute, { limit: 5 }).all();
console.log(JSON.stringify({
  servers: Array.isArray(servers),
  undici: process.moduleLoadList.filter((name) => name.includes('undici')),
  computeDist: import.meta.resolve('@openstack-ts/compute'),
}));
`;

describeWithService('compute', 'a cold start from the published packages', () => {
  it('authenticates and lists servers through the bundled entry points without loading Node’s fetch (undici)', () => {
    const child = spawnSync(process.execPath, ['--input-type=module', '--eval', program], { cwd: examples, encoding: 'utf8', env: process.env, timeout: 120_000 });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const report = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as { servers: boolean; undici: string[]; computeDist: string };
    expect(report.servers).toBe(true);
    expect(report.computeDist).toMatch(/\/packages\/compute\/dist\/index\.js$/);
    expect(report.undici).toEqual([]);
  });
});
