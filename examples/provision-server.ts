/**
 * The demo: read a cloud from clouds.yaml, authenticate, boot a server (flavor and image chosen by
 * name, on a network), wait until it is ACTIVE, print it, and delete it unless --keep is given.
 *
 *   pnpm demo                                   # the local cloud (started when it is not running)
 *   OS_CLOUD=mycloud pnpm demo -- --flavor m1.small --image cirros --network private --keep
 *
 * Until the compute package lands, the Nova and Glance calls are made with core's ServiceClient.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { providerFromCloud } from '@openstack-ts/config';
import {
  createServiceClient,
  isHttpError,
  isOpenStackError,
  linkedPages,
  nextPages,
  paginate,
  segment,
  waitFor,
  type ServiceClient,
} from '@openstack-ts/core';

interface Server {
  id: string;
  name: string;
  status: string;
  'OS-EXT-STS:task_state'?: string | null;
  'OS-EXT-STS:power_state'?: number;
  fault?: { message: string; code: number };
  flavor: { original_name?: string; id?: string };
  image: { id: string } | '';
  addresses: Record<string, { addr: string; version: number }[]>;
  created: string;
  updated?: string;
}

const { values: args } = parseArgs({
  options: {
    flavor: { type: 'string', default: 'm1.tiny' },
    image: { type: 'string', default: 'cirros-fake' },
    network: { type: 'string', default: 'private' },
    name: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The cloud to use: OS_CLOUD, else the local cloud from tooling/cloud (started if need be). */
function chooseCloud(): string {
  const named = process.env.OS_CLOUD;
  if (named !== undefined && named !== '') return named;
  const state = process.env.OS_STATE_DIR ?? '/var/tmp/openstack-ts';
  const running = spawnSync('bash', [join(root, 'tooling/cloud/status.sh')], { stdio: 'ignore' }).status === 0;
  if (!running) {
    console.log('No OS_CLOUD given and the local cloud is not running: starting it (tooling/cloud/up.sh; a few minutes the first time)…');
    const up = spawnSync('bash', [join(root, 'tooling/cloud/up.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (up.status !== 0) throw new Error('the local cloud did not start (see the log above)');
  }
  process.env.OS_CLIENT_CONFIG_FILE ??= join(state, 'clouds.yaml');
  if (!existsSync(process.env.OS_CLIENT_CONFIG_FILE)) throw new Error(`no clouds.yaml at ${process.env.OS_CLIENT_CONFIG_FILE}`);
  return 'local-demo';
}

/** Finds exactly one item by name, or says what was found. */
async function findByName<T extends { id: string; name?: string }>(what: string, items: AsyncIterable<T>, name: string): Promise<T> {
  const found: T[] = [];
  for await (const item of items) if (item.name === name || item.id === name) found.push(item);
  if (found.length === 1 && found[0] !== undefined) return found[0];
  throw new Error(found.length === 0 ? `no ${what} named ${name}` : `${String(found.length)} ${what}s named ${name}: use an ID`);
}

const spinner = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** Polls the server until ACTIVE, showing its status; fails fast on ERROR with Nova's fault. */
async function waitActive(compute: ServiceClient, id: string, signal: AbortSignal): Promise<Server> {
  const started = Date.now();
  let tick = 0;
  let last = '';
  const server = await waitFor(
    async (check) => {
      const current = await compute.request<Server>({ method: 'GET', path: `servers/${segment(id)}`, unwrap: 'server' }, { signal: check });
      const state = `${current.status}${current['OS-EXT-STS:task_state'] ? ` (${current['OS-EXT-STS:task_state']})` : ''}`;
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      if (process.stdout.isTTY) process.stdout.write(`\r${spinner[tick++ % spinner.length] ?? ''} waiting for ACTIVE: ${state}, ${seconds}s   `);
      else if (state !== last) console.log(`  … ${state} after ${seconds}s`);
      last = state;
      if (current.status === 'ERROR') throw new Error(`server ${id} went to ERROR: ${current.fault?.message ?? 'no fault message'}`);
      return current.status === 'ACTIVE' ? current : undefined;
    },
    { signal, intervalMs: 1000, timeoutMs: 300_000, description: `server ${id} to become ACTIVE` },
  );
  if (process.stdout.isTTY) process.stdout.write('\n');
  return server;
}

function printServer(server: Server, flavorName: string, imageName: string): void {
  const addresses = Object.entries(server.addresses)
    .map(([network, list]) => `${network}=${list.map((a) => a.addr).join(',')}`)
    .join('; ');
  const rows: [string, string][] = [
    ['id', server.id],
    ['name', server.name],
    ['status', server.status],
    ['flavor', server.flavor.original_name ?? flavorName],
    ['image', imageName],
    ['addresses', addresses === '' ? '(none)' : addresses],
    ['created', server.created],
  ];
  const width = Math.max(...rows.map(([key]) => key.length));
  const line = `+${'-'.repeat(width + 2)}+${'-'.repeat(Math.max(...rows.map(([, v]) => v.length)) + 2)}+`;
  console.log(line);
  for (const [key, value] of rows) console.log(`| ${key.padEnd(width)} | ${value.padEnd(line.length - width - 7)} |`);
  console.log(line);
}

async function main(): Promise<void> {
  const cloud = chooseCloud();
  const controller = new AbortController();
  process.once('SIGINT', () => {
    controller.abort(new DOMException('interrupted', 'AbortError'));
  });

  const provider = await providerFromCloud(cloud, { signal: controller.signal });
  const user = provider.token?.body.user;
  console.log(`Authenticated to ${cloud} as ${user?.name ?? user?.id ?? '?'} (project ${provider.token?.body.project?.name ?? '?'})`);

  const compute = await createServiceClient(provider, { type: 'compute', negotiate: { min: '2.1', max: '2.90' } });
  const image = await createServiceClient(provider, { type: 'image' });
  const network = await createServiceClient(provider, { type: 'network', base: 'v2.0/' });
  console.log(`Nova at ${compute.endpoint} speaks microversion ${compute.microversion ?? 'none'}`);

  const flavor = await findByName('flavor', paginate<{ id: string; name: string }>(compute, { path: 'flavors', itemsKey: 'flavors', strategy: linkedPages('flavors_links') }), args.flavor);
  const img = await findByName('image', paginate<{ id: string; name: string }>(image, { path: 'v2/images', query: { name: args.image }, itemsKey: 'images', strategy: nextPages('next') }), args.image);
  const net = await findByName('network', paginate<{ id: string; name: string }>(network, { path: 'networks', query: { name: args.network }, itemsKey: 'networks', strategy: linkedPages('networks_links') }), args.network);
  console.log(`Booting with flavor ${flavor.name}, image ${img.name}, network ${net.name}`);

  const name = args.name ?? `demo-${Math.random().toString(36).slice(2, 8)}`;
  const created = await compute.request<{ id: string }>(
    { method: 'POST', path: 'servers', json: { server: { name, flavorRef: flavor.id, imageRef: img.id, networks: [{ uuid: net.id }] } }, expectStatus: [202], unwrap: 'server' },
    { signal: controller.signal },
  );
  console.log(`Created server ${name} (${created.id})`);

  let failed: Error | undefined;
  try {
    printServer(await waitActive(compute, created.id, controller.signal), flavor.name, img.name);
  } catch (error) {
    failed = error instanceof Error ? error : new Error('waiting for the server failed', { cause: error });
  }
  if (args.keep && failed === undefined) {
    console.log(`Kept ${name}; delete it with: openstack server delete ${created.id}`);
    return;
  }
  // Deleted even after a failure or Ctrl-C: the demo leaves nothing behind.
  await compute.request({ method: 'DELETE', path: `servers/${segment(created.id)}`, expectStatus: [204] });
  await waitFor(
    async () => {
      try {
        await compute.request({ method: 'GET', path: `servers/${segment(created.id)}` });
        return false;
      } catch (error) {
        if (isHttpError(error, 404)) return true;
        throw error;
      }
    },
    { intervalMs: 1000, timeoutMs: 120_000, description: `server ${created.id} to be deleted` },
  );
  console.log(`Deleted server ${name}`);
  if (failed !== undefined) throw failed;
}

main().catch((error: unknown) => {
  console.error(isOpenStackError(error) || error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exitCode = 1;
});
