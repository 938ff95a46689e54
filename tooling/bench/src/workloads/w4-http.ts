/** W4 objects with node:http: upload a generated object (chunked), then download and count it. */
import { request } from 'node:http';
import { check, mark, report, workloadEnv } from '../child.js';
import { CHUNK_SIZE, chunk } from '../data.js';
import { agent, login } from '../raw-http.js';

const env = workloadEnv();
const session = await login(env.authUrl);
const url = `${session.endpoint('object-store')}/bench/object`;

async function upload(total: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'PUT', agent, headers: { 'X-Auth-Token': session.token, 'Content-Type': 'application/octet-stream' } }, (res) => {
      res.resume();
      res.on('end', () => {
        resolve(res.statusCode ?? 0);
      });
    });
    req.on('error', reject);
    const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let sent = 0;
    const pump = (): void => {
      while (sent < total) {
        const size = Math.min(CHUNK_SIZE, total - sent);
        sent += size;
        if (!req.write(size === CHUNK_SIZE ? buffer : buffer.subarray(0, size))) {
          req.once('drain', pump);
          return;
        }
      }
      req.end();
    };
    pump();
  });
}

async function download(): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', agent, headers: { 'X-Auth-Token': session.token } }, (res) => {
      let bytes = 0;
      res.on('data', (part: Buffer) => {
        bytes += part.length;
      });
      res.on('end', () => {
        resolve(bytes);
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const start = mark();
const status = await upload(env.count);
const uploadMs = performance.now() - start.wall;
const bytes = await download();
const downloadMs = performance.now() - start.wall - uploadMs;
check(status === 201 && bytes === env.count, `upload ${String(status)}, ${String(bytes)} bytes back`);
report(start, { bytes, uploadMs, downloadMs });
agent.destroy();
