/** The plain `fetch` baseline: the platform's fetch, `response.json()`, auth written by hand. */
import { CREDENTIALS } from './shapes.js';

/** GET a JSON document, failing on anything but 200. */
export async function getJson<T>(url: string, token: string, extra: Record<string, string> = {}): Promise<T> {
  const res = await fetch(url, { headers: { Accept: 'application/json', 'X-Auth-Token': token, ...extra } });
  if (res.status !== 200) throw new Error(`GET ${url}: ${String(res.status)}`);
  return (await res.json()) as T;
}

interface CatalogEntry {
  type: string;
  endpoints: { interface: string; region_id?: string; url: string }[];
}

/** A password token scoped to the project, and the public URL of each service type. */
export async function login(authUrl: string): Promise<{ token: string; endpoint: (type: string) => string }> {
  const res = await fetch(`${authUrl}/auth/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({
      auth: {
        identity: {
          methods: ['password'],
          password: { user: { name: CREDENTIALS.username, domain: { name: CREDENTIALS.userDomainName }, password: CREDENTIALS.password } },
        },
        scope: { project: { name: CREDENTIALS.projectName, domain: { name: CREDENTIALS.projectDomainName } } },
      },
    }),
  });
  const token = res.headers.get('x-subject-token');
  if (res.status !== 201 || token === null) throw new Error(`auth: ${String(res.status)}`);
  const catalog = ((await res.json()) as { token: { catalog: CatalogEntry[] } }).token.catalog;
  return {
    token,
    endpoint(type) {
      const url = catalog.find((entry) => entry.type === type)?.endpoints.find((e) => e.interface === 'public')?.url;
      if (url === undefined) throw new Error(`no ${type} endpoint`);
      return url.replace(/\/+$/, '');
    },
  };
}
