/**
 * W1 cold start with the SDK: authenticate, find compute, list the servers. The microversion is
 * pinned, so the wire exchanges are the baselines' (BENCH_NEGOTIATE=1 negotiates instead, one
 * more request for Nova's versions document).
 */
import { createComputeClient, listServers } from '@openstack-ts/compute';
import { check, fromProcessStart, report, workloadEnv } from '../child.js';
import { provider as makeProvider } from '../sdk.js';

const start = fromProcessStart();
const env = workloadEnv();
const provider = await makeProvider(env);
const compute = await createComputeClient(provider, process.env.BENCH_NEGOTIATE === '1' ? {} : { microversion: '2.96' });
const servers = await listServers(compute).all();
check(servers.length === env.count, `${String(servers.length)} servers`);
report(start, { items: servers.length });
