/** W3 small calls with node:http: sequential `GET /v2.0/ports/{id}` on one keep-alive agent. */
import { check, mark, report, workloadEnv } from '../child.js';
import { agent, getJson, login } from '../raw-http.js';
import { portId } from '../shapes.js';

const env = workloadEnv();
const session = await login(env.authUrl);
const network = session.endpoint('network');
// One call before the clock starts, as the SDK variant's client creation makes one (auth).
await getJson(`${network}/v2.0/ports/${portId(0)}`, session.token);

const start = mark();
let idChars = 0;
for (let i = 0; i < env.count; i++) {
  const { port } = await getJson<{ port: { id: string } }>(`${network}/v2.0/ports/${portId(i % 1000)}`, session.token);
  idChars += port.id.length;
}
check(idChars === env.count * 36, 'every port came back');
report(start, { items: env.count, idChars });
agent.destroy();
