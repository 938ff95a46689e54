/**
 * W2 paging with the SDK: `listPorts(client, { limit: 1000 })`. BENCH_MODE=keep collects with
 * `.all()` (W2); lazy iterates and drops each port (W2s).
 */
import { createNetworkingClient, listPorts } from '@openstack-ts/networking';
import { check, mark, report, workloadEnv } from '../child.js';
import { provider } from '../sdk.js';

const env = workloadEnv();
const keep = process.env.BENCH_MODE !== 'lazy';
const client = await createNetworkingClient(await provider(env));

const start = mark();
let seen = 0;
let idChars = 0;
if (keep) {
  const ports = await listPorts(client, { limit: 1000 }).all();
  for (const port of ports) idChars += port.id.length;
  seen = ports.length;
} else {
  for await (const port of listPorts(client, { limit: 1000 })) {
    seen++;
    idChars += port.id.length;
  }
}
check(seen === env.count, `${String(seen)} ports`);
report(start, { items: seen, idChars });
