/**
 * W2 paging with node:http: list every port in pages of 1,000, following `ports_links`.
 * BENCH_MODE=keep keeps them all in an array (W2); lazy drops each page after counting (W2s).
 */
import { check, mark, report, workloadEnv } from '../child.js';
import { agent, getJson, login } from '../raw-http.js';

interface Page {
  ports: { id: string }[];
  ports_links?: { rel: string; href: string }[];
}

const env = workloadEnv();
const keep = process.env.BENCH_MODE !== 'lazy';
const session = await login(env.authUrl);
const network = session.endpoint('network');

const start = mark();
const kept: unknown[] = [];
let seen = 0;
let idChars = 0;
let url: string | undefined = `${network}/v2.0/ports?limit=1000`;
while (url !== undefined) {
  const page: Page = await getJson<Page>(url, session.token);
  for (const port of page.ports) {
    seen++;
    idChars += port.id.length;
    if (keep) kept.push(port);
  }
  url = page.ports.length === 0 ? undefined : page.ports_links?.find((link) => link.rel === 'next')?.href;
}
check(seen === env.count && (!keep || kept.length === env.count), `${String(seen)} ports`);
report(start, { items: seen, idChars });
agent.destroy();
