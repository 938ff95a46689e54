/**
 * W1 cold start with the SDK on `createNodeFetch` (the fetch `providerFromCloud` uses), imported
 * statically as an application would. The runner also bundles this file into one with esbuild,
 * to show what the cold start costs when Node loads one file rather than a tree of modules.
 */
import { createComputeClient, listServers } from '@openstack-ts/compute';
import { createProviderClient } from '@openstack-ts/core';
import { check, fromProcessStart, report, workloadEnv } from '../child.js';
import { CREDENTIALS } from '../shapes.js';

const start = fromProcessStart();
const env = workloadEnv();
const provider = createProviderClient({ auth: { authUrl: env.authUrl, ...CREDENTIALS } }); // core's default in Node: createNodeFetch
const compute = await createComputeClient(provider, { microversion: '2.96' });
const servers = await listServers(compute).all();
check(servers.length === env.count, `${String(servers.length)} servers`);
report(start, { items: servers.length });
