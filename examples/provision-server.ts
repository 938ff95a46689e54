/**
 * The demo: read a cloud from clouds.yaml, authenticate, boot a server (flavor, image and network
 * chosen by name or ID), wait until it is ACTIVE, print it, and delete it unless --keep is given.
 *
 *   pnpm demo                                   # the local cloud (started when it is not running)
 *   OS_CLOUD=mycloud pnpm demo -- --flavor m1.small --image cirros --network private --keep
 *
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  createComputeClient,
  createServer,
  deleteServer,
  findFlavorId,
  findImageId,
  getFlavor,
  waitForServerDeleted,
  waitForServerStatus,
  type Server,
} from '@openstack-ts/compute';
import { providerFromCloud } from '@openstack-ts/config';
import { isOpenStackError } from '@openstack-ts/core';
import { createNetworkingClient, findNetworkId } from '@openstack-ts/networking';

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
    if (up.status !== 0) throw new Error('the local cloud did not start (the step that failed and its log are shown above)');
  }
  process.env.OS_CLIENT_CONFIG_FILE ??= join(state, 'clouds.yaml');
  if (!existsSync(process.env.OS_CLIENT_CONFIG_FILE)) throw new Error(`no clouds.yaml at ${process.env.OS_CLIENT_CONFIG_FILE}`);
  return 'local-demo';
}

const spinner = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** A progress display for the waiter: a spinner on a terminal, a line per state change otherwise. */
function progress(started: number): (server: Server) => void {
  let tick = 0;
  let last = '';
  return (server) => {
    const task = server['OS-EXT-STS:task_state'];
    const state = `${server.status}${task === undefined || task === null ? '' : ` (${task})`}`;
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    if (process.stdout.isTTY) process.stdout.write(`\r${spinner[tick++ % spinner.length] ?? ''} waiting for ACTIVE: ${state}, ${seconds}s   `);
    else if (state !== last) console.log(`  … ${state} after ${seconds}s`);
    last = state;
  };
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
  const { signal } = controller;

  const provider = await providerFromCloud(cloud, { signal });
  const user = provider.token?.body.user;
  console.log(`Authenticated to ${cloud} as ${user?.name ?? user?.id ?? '?'} (project ${provider.token?.body.project?.name ?? '?'})`);

  const compute = await createComputeClient(provider, {}, { signal });
  const networking = await createNetworkingClient(provider, {}, { signal });
  console.log(`Nova at ${compute.endpoint} speaks microversion ${compute.microversion ?? 'none'}`);

  // Each takes an ID or a name, as openstacksdk's find_* do.
  const { id: flavorId } = await findFlavorId(compute, args.flavor, { signal });
  const { id: imageId } = await findImageId(compute, args.image, { signal });
  const { id: networkId } = await findNetworkId(networking, args.network, { signal });
  console.log(`Booting with flavor ${args.flavor}, image ${args.image}, network ${args.network}`);

  const name = args.name ?? `demo-${Math.random().toString(36).slice(2, 8)}`;
  const created = await createServer(compute, { name, flavorRef: flavorId, imageRef: imageId, networks: [{ uuid: networkId }] }, { signal });
  console.log(`Created server ${name} (${created.id})`);

  let failed: Error | undefined;
  try {
    const server = await waitForServerStatus(compute, created.id, 'ACTIVE', { signal, intervalMs: 1000, timeoutMs: 300_000, onPoll: progress(Date.now()) });
    if (process.stdout.isTTY) process.stdout.write('\n');
    printServer(server, (await getFlavor(compute, flavorId)).name, args.image);
  } catch (error) {
    failed = error instanceof Error ? error : new Error('waiting for the server failed', { cause: error });
  }
  if (args.keep && failed === undefined) {
    console.log(`Kept ${name}; delete it with: openstack server delete ${created.id}`);
    return;
  }
  // Deleted even after a failure or Ctrl-C: the demo leaves nothing behind.
  await deleteServer(compute, created.id);
  await waitForServerDeleted(compute, created.id, { intervalMs: 1000, timeoutMs: 120_000 });
  console.log(`Deleted server ${name}`);
  if (failed !== undefined) throw failed;
}

main().catch((error: unknown) => {
  console.error(isOpenStackError(error) || error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exitCode = 1;
});
