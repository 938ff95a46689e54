/** W3 small calls with the SDK: sequential `getPort(client, id)` on one client. */
import { createNetworkingClient, getPort } from '@openstack-ts/networking';
import { check, mark, report, workloadEnv } from '../child.js';
import { provider } from '../sdk.js';
import { portId } from '../shapes.js';

const env = workloadEnv();
const client = await createNetworkingClient(await provider(env));
// Warm the connection and the code path once, as the baselines do.
await getPort(client, portId(0));

const start = mark();
let idChars = 0;
for (let i = 0; i < env.count; i++) {
  const port = await getPort(client, portId(i % 1000));
  idChars += port.id.length;
}
check(idChars === env.count * 36, 'every port came back');
report(start, { items: env.count, idChars });
