import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { isAbortError, isHttpError, isInvalidInputError, isResponseError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeSwift } from '../fake-swift.fixtures.js';
import * as fx from '../objects/objects.fixtures.js';
import { saveObjectToFile } from './index.js';

const C = 'osts-acc-recu-objects2';
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'osts-save-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('saveObjectToFile', () => {
  it('streams the object into the file and resolves to its info, the path and the bytes written', async () => {
    const cloud = fakeSwift();
    cloud.reply('GET', `${C}/plain.txt`, fx.plainDownload.body, { status: 200, headers: fx.plainDownload.headers });
    const path = join(dir, 'plain.txt');
    const saved = await saveObjectToFile(cloud.client, C, 'plain.txt', path);
    expect(await readFile(path, 'utf8')).toBe('hello world');
    expect(saved).toMatchObject({ container: C, name: 'plain.txt', path, bytes: 11, status: 200, content_length: 11, content_type: 'text/plain', etag: fx.plainDownload.headers.etag });
    expect('body' in saved).toBe(false);
    expect(await readdir(dir)).toEqual(['plain.txt']);
  });

  it('passes the download input and call options on: a range, with the call\'s headers', async () => {
    const cloud = fakeSwift();
    cloud.reply('GET', 'osts-acc-recu-objects/hello.txt', fx.rangeStartEnd.body, { status: 206, headers: fx.rangeStartEnd.headers });
    const saved = await saveObjectToFile(cloud.client, 'osts-acc-recu-objects', 'hello.txt', join(dir, 'part'), { range: { start: 0, end: 4 } }, { headers: { 'X-Newest': 'true' } });
    expect([cloud.lastRequest().headers.range, cloud.lastRequest().headers['x-newest']]).toEqual(['bytes=0-4', 'true']);
    expect([saved.status, saved.content_range, await readFile(join(dir, 'part'), 'utf8')]).toEqual([206, 'bytes 0-4/11', 'hello']);
  });

  it('checks the bytes like a download; on a mismatch it removes what it wrote and leaves an existing file alone', async () => {
    const cloud = fakeSwift();
    // The recorded headers, with a corrupted body of the same length.
    cloud.reply('GET', `${C}/plain.txt`, 'hello wOrld', { status: 200, headers: fx.plainDownload.headers });
    const path = join(dir, 'plain.txt');
    await writeFile(path, 'the old contents');
    const error = await rejectionOf(saveObjectToFile(cloud.client, C, 'plain.txt', path));
    expect(isResponseError(error) && [error.method, error.status, error.requestId]).toEqual(['GET', 200, fx.plainDownload.headers['x-openstack-request-id']]);
    expect((error as Error).message).toContain("the data's MD5 is");
    expect(await readFile(path, 'utf8')).toBe('the old contents');
    expect(await readdir(dir)).toEqual(['plain.txt']);
  });

  it('creates nothing when Swift refuses the download', async () => {
    const cloud = fakeSwift();
    cloud.reply('GET', 'osts-acc-recu-objects/fresh', '<html><h1>Not Found</h1><p>The resource could not be found.</p></html>', { status: 404, headers: fx.headMissing.headers });
    const error = await rejectionOf(saveObjectToFile(cloud.client, 'osts-acc-recu-objects', 'fresh', join(dir, 'fresh')));
    expect(isHttpError(error, 404) && error.method).toBe('GET');
    expect(await readdir(dir)).toEqual([]);
  });

  it('removes the partial file when the download is aborted halfway', async () => {
    const cloud = fakeSwift();
    const controller = new AbortController();
    let pulls = 0;
    cloud.handle('GET', `${C}/plain.txt`, () =>
      new Response(
        new ReadableStream<Uint8Array>({
          async pull(stream) {
            if (pulls++ === 0) {
              stream.enqueue(new TextEncoder().encode('hello'));
              return;
            }
            controller.abort();
            await new Promise((resolve) => setTimeout(resolve, 50));
            stream.enqueue(new TextEncoder().encode(' world'));
            stream.close();
          },
        }),
        { status: 200, headers: fx.plainDownload.headers },
      ),
    );
    const error = await rejectionOf(saveObjectToFile(cloud.client, C, 'plain.txt', join(dir, 'plain.txt'), {}, { signal: controller.signal }));
    expect(isAbortError(error)).toBe(true);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a bad name or path before any request', async () => {
    const cloud = fakeSwift();
    const errors = [
      await rejectionOf(saveObjectToFile(cloud.client, C, '', join(dir, 'x'))),
      await rejectionOf(saveObjectToFile(cloud.client, 'a/b', 'x', join(dir, 'x'))),
      await rejectionOf(saveObjectToFile(cloud.client, C, 'x', '')),
      await rejectionOf(saveObjectToFile(cloud.client, C, 'x', join(dir, 'x'), { range: { start: -1 } })),
    ];
    expect(errors.map((error) => isInvalidInputError(error) && error.field)).toEqual(['name', 'container', 'path', 'range.start']);
    expect(cloud.serviceRequests()).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
  });
});
