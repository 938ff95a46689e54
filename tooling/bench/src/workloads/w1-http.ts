/** W1 cold start with node:http: authenticate, find compute, list the servers. */
import { check, fromProcessStart, report, workloadEnv } from '../child.js';
import { agent, getJson, login } from '../raw-http.js';

const start = fromProcessStart();
const env = workloadEnv();
const session = await login(env.authUrl);
const compute = session.endpoint('compute');
const { servers } = await getJson<{ servers: unknown[] }>(`${compute}/servers/detail`, session.token, {
  'X-OpenStack-Nova-API-Version': '2.96',
  'OpenStack-API-Version': 'compute 2.96',
});
check(servers.length === env.count, `${String(servers.length)} servers`);
report(start, { items: servers.length });
agent.destroy();
