/** W4 objects with plain fetch: upload a generated stream, then download and count it. */
import { check, mark, report, workloadEnv } from '../child.js';
import { drain, generatedStream } from '../data.js';
import { login } from '../raw-fetch.js';

const env = workloadEnv();
const session = await login(env.authUrl);
const url = `${session.endpoint('object-store')}/bench/object`;

const start = mark();
const put = await fetch(url, {
  method: 'PUT',
  headers: { 'X-Auth-Token': session.token, 'Content-Type': 'application/octet-stream' },
  body: generatedStream(env.count),
  duplex: 'half',
} as RequestInit);
await put.body?.cancel();
const uploadMs = performance.now() - start.wall;
const get = await fetch(url, { headers: { 'X-Auth-Token': session.token } });
const bytes = await drain(get.body);
const downloadMs = performance.now() - start.wall - uploadMs;
check(put.status === 201 && bytes === env.count, `upload ${String(put.status)}, ${String(bytes)} bytes back`);
report(start, { bytes, uploadMs, downloadMs });
