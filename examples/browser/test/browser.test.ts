/**
 * examples/browser in a real headless Chromium (Debian's, driven by playwright-core) against the
 * local cloud's real services: a wrong password shows the AuthError, a login shows the project's
 * servers, networks and containers, a small file goes up whole and a larger one in segments with a
 * progress bar reaching 100%, both come back byte for byte, and an application credential logs in. The page is built from the packages by build.mjs and served on
 * 127.0.0.1:8099, the origin tooling/cloud allows (OSTS_BROWSER_PORT to change it).
 *
 * Cloud: `OS_CLOUD` (from `OS_CLIENT_CONFIG_FILE`), or the local cloud's `local-demo` from
 * `$OS_STATE_DIR/clouds.yaml`. Screenshots go to `$TEST_REPORT_DIR` (default .test-reports/).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadCloudConfig, providerFromCloud } from '@openstack-ts/config';
import type { AuthOptions } from '@openstack-ts/core';
import { createApplicationCredential, createIdentityClient, deleteApplicationCredential } from '@openstack-ts/identity';
import { createObjectStorageClient, deleteContainer, deleteLargeObject, deleteObject, listContainers } from '@openstack-ts/objectstorage';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serve } from '../serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const port = Number(process.env.OSTS_BROWSER_PORT ?? 8099);
const reportDir = resolve(repo, process.env.TEST_REPORT_DIR ?? '.test-reports');
const cloudName = process.env.OS_CLOUD ?? 'local-demo';
const cloudEnv = {
  ...process.env,
  OS_CLIENT_CONFIG_FILE: process.env.OS_CLIENT_CONFIG_FILE ?? join(process.env.OS_STATE_DIR ?? '/var/tmp/openstack-ts', 'clouds.yaml'),
};
// Root in CI: Chromium's sandbox needs a user namespace it may not get. The background-networking
// flags keep Chromium from calling out (this machine's network is closed).
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const container = `osts-browser-${randomBytes(4).toString('hex')}`;
const fileName = 'upload.bin';
const data = randomBytes(3.5 * 1024 * 1024); // four 1 MiB segments (the page's segment size)

let auth: AuthOptions;
let server: Server;
let context: BrowserContext;
let page: Page;
let work: string;
/** What the page logged or failed to load, shown when a test fails. */
const pageLog: string[] = [];

beforeAll(async () => {
  auth = (await loadCloudConfig(cloudName, { env: cloudEnv })).auth;
  execFileSync(process.execPath, [join(repo, 'examples/browser/build.mjs')], { stdio: 'inherit' });
  server = await serve(port);
  work = mkdtempSync(join(tmpdir(), 'osts-browser-'));
  context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
    acceptDownloads: true,
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => pageLog.push(`console.${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => pageLog.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => pageLog.push(`request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ''}`));
  await page.goto(`http://127.0.0.1:${String(port)}/`);
});

afterAll(async () => {
  await context.close();
  await new Promise((done) => server.close(done));
  rmSync(work, { recursive: true, force: true });
  // What the upload stored: the object (a Static Large Object), its segments and both containers.
  const provider = await providerFromCloud(cloudName, { env: cloudEnv });
  const swift = await createObjectStorageClient(provider);
  const names = (await listContainers(swift, { prefix: container }).all()).map((entry) => entry.name);
  if (names.includes(container)) {
    await deleteLargeObject(swift, container, fileName).catch(() => undefined);
    await deleteObject(swift, container, 'small.bin').catch(() => undefined);
    await deleteContainer(swift, container);
  }
  if (names.includes(`${container}_segments`)) await deleteContainer(swift, `${container}_segments`);
});

/** The page's log, to read beside a failure. */
function withLog(what: string): string {
  return `${what}\n${pageLog.join('\n')}`;
}

async function logIn(password: string): Promise<void> {
  await page.fill('[name=authUrl]', auth.authUrl);
  await page.fill('[name=username]', auth.username ?? '');
  await page.fill('[name=userDomainName]', auth.userDomainName ?? 'Default');
  await page.fill('[name=password]', password);
  await page.fill('[name=projectName]', auth.projectName ?? '');
  await page.fill('[name=projectDomainName]', auth.projectDomainName ?? 'Default');
  await page.click('#login button[type=submit]');
}

describe('examples/browser in headless Chromium', () => {
  it('shows the AuthError for a wrong password, with Keystone’s 401 and request ID, and not the password', async () => {
    const wrong = `wrong-${randomBytes(6).toString('hex')}`;
    await logIn(wrong);
    const error = page.locator('#error');
    await error.waitFor({ state: 'visible' });
    expect(await error.getAttribute('data-kind')).toBe('AuthError');
    const text = (await error.textContent()) ?? '';
    expect(text).toMatch(/^AuthError \(rejected\)Authentication failed: POST http:\/\/[^ ]+\/v3\/auth\/tokens: 401 .+\(req-[0-9a-f-]+\)/);
    expect(text).not.toContain(wrong);
    expect(await page.locator('#project').isHidden()).toBe(true);
    mkdirSync(reportDir, { recursive: true });
    await page.screenshot({ path: join(reportDir, 'browser-auth-error.png'), fullPage: true });
  });

  it('logs in and lists the project’s servers, networks and containers', async () => {
    await logIn(auth.password ?? '');
    await page.locator('#project').waitFor({ state: 'visible' });
    expect(await page.locator('#error').isHidden()).toBe(true);
    expect(await page.textContent('#who')).toBe(`Project ${auth.projectName ?? ''} as ${auth.username ?? ''}`);
    // tooling/cloud seeds the demo project's network "private"; servers and containers may be none.
    const networks = await page.locator('#networks tbody tr td:first-child').allTextContents();
    expect(networks).toContain('private');
    expect(await page.locator('#servers tbody').count()).toBe(1);
    expect(await page.locator('#containers tbody').count()).toBe(1);
  });

  it('uploads a small file whole (a File as the body) and downloads it back byte for byte', async () => {
    const small = randomBytes(200 * 1024);
    const file = join(work, 'small.bin');
    writeFileSync(file, small);
    await page.fill('#upload [name=container]', container);
    await page.setInputFiles('#upload [name=file]', file);
    await page.click('#upload button[type=submit]');
    await page.locator('#uploaded').filter({ hasText: 'small.bin' }).waitFor({ timeout: 60_000 }).catch(async (error: unknown) => {
      throw new Error(withLog(`no upload: ${(error as Error).message}; the page shows: ${(await page.locator('#error').textContent()) ?? ''}`));
    });
    expect(await page.textContent('#uploaded')).toBe(`Stored ${container}/small.bin: ${String(small.length)} bytes`);
    expect(await page.textContent('#upload-percent')).toBe('100%');
    await page.click('#download');
    const link = page.locator('#download-link');
    await link.filter({ hasText: 'small.bin' }).waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const saved = join(work, 'small-downloaded.bin');
    await download.saveAs(saved);
    expect(readFileSync(saved).equals(small)).toBe(true);
  });

  it('uploads a larger file in segments with the progress bar reaching 100%, and downloads it back byte for byte', async () => {
    const file = join(work, fileName);
    writeFileSync(file, data);
    // Every value the progress bar takes, in order.
    await page.evaluate(() => {
      const bar = document.getElementById('upload-progress') as HTMLProgressElement;
      const seen: number[] = [];
      (window as unknown as { progressSeen: number[] }).progressSeen = seen;
      new MutationObserver(() => seen.push(bar.value)).observe(bar, { attributes: true, attributeFilter: ['value'] });
    });
    await page.fill('#upload [name=container]', container);
    await page.setInputFiles('#upload [name=file]', file);
    await page.click('#upload button[type=submit]');
    await page.locator('#uploaded').filter({ hasText: fileName }).waitFor({ timeout: 120_000 }).catch(async (error: unknown) => {
      throw new Error(withLog(`no upload: ${(error as Error).message}; the page shows: ${(await page.locator('#error').textContent()) ?? ''}`));
    });
    expect(await page.textContent('#uploaded')).toBe(`Stored ${container}/${fileName}: ${String(data.length)} bytes in 4 segments`);
    expect(await page.textContent('#upload-percent')).toBe('100%');
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
    expect(seen.at(-1)).toBe(100);
    expect(seen.some((value) => value > 0 && value < 100)).toBe(true);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    const containers = await page.locator('#containers tbody tr td:first-child').allTextContents();
    expect(containers).toContain(container);

    await page.click('#download');
    const link = page.locator('#download-link');
    await link.filter({ hasText: fileName }).waitFor({ timeout: 120_000 });
    expect(await link.textContent()).toBe(`Save ${fileName} (${String(data.length)} bytes)`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const saved = join(work, 'downloaded.bin');
    await download.saveAs(saved);
    expect(readFileSync(saved).equals(data)).toBe(true);
    expect(await page.locator('#error').isHidden()).toBe(true);

    await page.screenshot({ path: join(reportDir, 'browser.png'), fullPage: true });
  });

  it('logs in with an application credential', async () => {
    const provider = await providerFromCloud(cloudName, { env: cloudEnv });
    const identity = await createIdentityClient(provider);
    const userId = (await provider.authenticate()).body.user.id;
    const credential = await createApplicationCredential(identity, userId, { name: `${container}-credential` });
    try {
      await page.reload();
      await page.check('[name=method][value=application-credential]');
      await page.fill('[name=applicationCredentialId]', credential.id);
      await page.fill('[name=applicationCredentialSecret]', credential.secret);
      await page.click('#login button[type=submit]');
      await page.locator('#project').waitFor({ state: 'visible' });
      expect(await page.textContent('#who')).toBe(`Project ${auth.projectName ?? ''} as ${auth.username ?? ''}`);
      expect(await page.locator('#networks tbody tr td:first-child').allTextContents()).toContain('private');
    } finally {
      await deleteApplicationCredential(identity, userId, credential.id);
    }
  });
});
