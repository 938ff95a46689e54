/**
 * The `node:http` baseline: a keep-alive Agent, `JSON.parse`, and auth and catalog lookup
 * written by hand, as someone would without an SDK.
 */
import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { CREDENTIALS } from './shapes.js';

export const agent = new Agent({ keepAlive: true, maxSockets: 8 });

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One exchange, the whole body read into a buffer. */
export async function exchange(method: string, url: string, headers: Record<string, string>, body?: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const [only] = chunks;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: chunks.length === 1 && only !== undefined ? only : Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** GET a JSON document, failing on anything but 200. */
export async function getJson<T>(url: string, token: string, extra: Record<string, string> = {}): Promise<T> {
  const res = await exchange('GET', url, { Accept: 'application/json', 'X-Auth-Token': token, ...extra });
  if (res.status !== 200) throw new Error(`GET ${url}: ${String(res.status)}`);
  return JSON.parse(res.body.toString('utf8')) as T;
}

interface CatalogEntry {
  type: string;
  endpoints: { interface: string; region_id?: string; url: string }[];
}

/** A password token scoped to the project, and the public URL of each service type. */
export async function login(authUrl: string): Promise<{ token: string; endpoint: (type: string) => string }> {
  const body = JSON.stringify({
    auth: {
      identity: {
        methods: ['password'],
        password: { user: { name: CREDENTIALS.username, domain: { name: CREDENTIALS.userDomainName }, password: CREDENTIALS.password } },
      },
      scope: { project: { name: CREDENTIALS.projectName, domain: { name: CREDENTIALS.projectDomainName } } },
    },
  });
  const res = await exchange('POST', `${authUrl}/auth/tokens`, { 'Content-Type': 'application/json', Accept: 'application/json' }, body);
  const token = res.headers['x-subject-token'];
  if (res.status !== 201 || typeof token !== 'string') throw new Error(`auth: ${String(res.status)}`);
  const catalog = (JSON.parse(res.body.toString('utf8')) as { token: { catalog: CatalogEntry[] } }).token.catalog;
  return {
    token,
    endpoint(type) {
      const url = catalog.find((entry) => entry.type === type)?.endpoints.find((e) => e.interface === 'public')?.url;
      if (url === undefined) throw new Error(`no ${type} endpoint`);
      return url.replace(/\/+$/, '');
    },
  };
}
