/**
 * openstack-ts in a browser: log in to Keystone, list the project's servers, networks and
 * containers, upload a file to Swift with a progress bar, and download it back.
 *
 * The cloud must allow this page's origin (CORS) on each service it calls: see the README's
 * "In the browser" section.
 */
import { authenticate, isAuthError, isConnectionError, isHttpError, isOpenStackError, type AuthOptions, type ProviderClient } from '@openstack-ts/core';
import { createComputeClient, listServers } from '@openstack-ts/compute';
import { createNetworkingClient, listNetworks } from '@openstack-ts/networking';
import {
  createContainer,
  createObjectStorageClient,
  downloadObject,
  listContainers,
  uploadLargeObject,
  uploadObject,
  type ObjectStorageClient,
  type TransferProgress,
} from '@openstack-ts/objectstorage';

const SEGMENT_SIZE = 1024 * 1024;

/** The element with this ID; the page's HTML has them all. */
function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`The page has no #${id}`);
  return element;
}

const loginForm = byId('login') as HTMLFormElement;
const uploadForm = byId('upload') as HTMLFormElement;
const statusLine = byId('status');
const errorBox = byId('error');

/** Shows what went wrong. SDK errors say which kind they are; none carries a secret. */
function showError(error: unknown): void {
  let title = 'Error';
  let hint = '';
  if (isAuthError(error)) {
    title = `AuthError (${error.reason})`;
  } else if (isHttpError(error)) {
    title = `HttpError ${String(error.status)}`;
  } else if (isConnectionError(error)) {
    title = 'ConnectionError';
    // A browser reports a CORS refusal as a bare network error: the page cannot tell them apart.
    hint = 'In a browser this is also what a service that does not allow this page\'s origin (CORS) looks like.';
  } else if (isOpenStackError(error)) {
    title = error.name;
  }
  const message = error instanceof Error ? error.message : String(error);
  errorBox.replaceChildren(Object.assign(document.createElement('strong'), { textContent: title }), message, hint === '' ? '' : `\n${hint}`);
  errorBox.dataset.kind = title.split(' ')[0];
  errorBox.hidden = false;
}

function clearMessages(text = ''): void {
  errorBox.hidden = true;
  errorBox.replaceChildren();
  statusLine.textContent = text;
}

/** The credentials the form holds, as core's `AuthOptions`. */
function authOptions(form: FormData): AuthOptions {
  const field = (name: string): string => {
    const value = form.get(name);
    return typeof value === 'string' ? value.trim() : '';
  };
  const authUrl = field('authUrl');
  if (field('method') === 'application-credential') {
    return { authUrl, applicationCredentialId: field('applicationCredentialId'), applicationCredentialSecret: field('applicationCredentialSecret') };
  }
  return {
    authUrl,
    username: field('username'),
    userDomainName: field('userDomainName'),
    password: field('password'),
    projectName: field('projectName'),
    projectDomainName: field('projectDomainName'),
  };
}

/** Replaces a table's rows with one row per item. */
function fillTable<T>(id: string, items: T[], cells: (item: T) => (string | number)[]): void {
  const rows = items.map((item) => {
    const row = document.createElement('tr');
    for (const cell of cells(item)) row.append(Object.assign(document.createElement('td'), { textContent: String(cell) }));
    return row;
  });
  (byId(id) as HTMLTableElement).tBodies[0]?.replaceChildren(...rows);
}

let swift: ObjectStorageClient | undefined;

async function showProject(provider: ProviderClient): Promise<void> {
  const token = (await provider.authenticate()).body;
  byId('who').textContent = `Project ${token.project?.name ?? '(unscoped)'} as ${token.user.name ?? token.user.id}`;
  const [compute, networking, objectStorage] = await Promise.all([
    createComputeClient(provider),
    createNetworkingClient(provider),
    createObjectStorageClient(provider),
  ]);
  swift = objectStorage;
  const [servers, networks] = await Promise.all([listServers(compute).all(), listNetworks(networking).all()]);
  fillTable('servers', servers, (server) => [server.name, server.status, server.id]);
  fillTable('networks', networks, (network) => [network.name, network.status, network.id]);
  await showContainers();
  byId('project').hidden = false;
}

async function showContainers(): Promise<void> {
  if (swift === undefined) return;
  const containers = await listContainers(swift).all();
  fillTable('containers', containers, (container) => [container.name, container.count, container.bytes]);
}

loginForm.addEventListener('change', () => {
  const method = new FormData(loginForm).get('method');
  for (const block of loginForm.querySelectorAll<HTMLElement>('[data-method]')) block.hidden = block.dataset.method !== method;
});

loginForm.addEventListener('submit', (event) => {
  event.preventDefault();
  clearMessages('Logging in…');
  byId('project').hidden = true;
  void (async () => {
    try {
      // No `fetch` given: core uses the browser's. Keystone is asked for a token at once, so a
      // wrong password shows here rather than at the first list.
      const provider = await authenticate({ auth: authOptions(new FormData(loginForm)) });
      await showProject(provider);
      clearMessages('Logged in.');
    } catch (error) {
      clearMessages();
      showError(error);
    }
  })();
});

/** The last upload, for the download button. */
let uploaded: { container: string; name: string; type: string } | undefined;

function setProgress(id: string, bytes: number, total: number | undefined): void {
  const percent = total === undefined || total === 0 ? 100 : Math.floor((bytes / total) * 100);
  (byId(id) as HTMLProgressElement).value = percent;
  if (id === 'upload-progress') byId('upload-percent').textContent = `${String(percent)}%`;
}

uploadForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(uploadForm);
  const container = form.get('container');
  const file = form.get('file');
  if (swift === undefined || typeof container !== 'string' || !(file instanceof File)) return;
  const client = swift;
  clearMessages(`Uploading ${file.name}…`);
  setProgress('upload-progress', 0, file.size);
  void (async () => {
    try {
      await createContainer(client, container);
      const settings = {
        content_type: file.type === '' ? undefined : file.type,
        onProgress: ({ bytes, total }: TransferProgress) => {
          setProgress('upload-progress', bytes, total ?? file.size);
        },
      };
      // A browser's fetch reports no upload progress and cannot stream a body over HTTP/1.1. A
      // small file goes up whole (the browser reads it from disk; onProgress is called once it is
      // stored); a larger one in 1 MiB segments (a Static Large Object), a progress step each.
      let stored: string;
      if (file.size <= SEGMENT_SIZE) {
        const result = await uploadObject(client, container, file.name, file, settings);
        stored = `${String(result.bytes)} bytes`;
      } else {
        const result = await uploadLargeObject(client, container, file.name, file, { ...settings, segment_size: SEGMENT_SIZE, concurrency: 2 });
        stored = `${String(result.bytes)} bytes in ${String(result.segments)} segments`;
      }
      uploaded = { container, name: file.name, type: file.type };
      byId('uploaded').textContent = `Stored ${container}/${file.name}: ${stored}`;
      byId('download').hidden = false;
      await showContainers();
      clearMessages('Uploaded.');
    } catch (error) {
      clearMessages();
      showError(error);
    }
  })();
});

byId('download').addEventListener('click', () => {
  if (swift === undefined || uploaded === undefined) return;
  const { container, name, type } = uploaded;
  const client = swift;
  clearMessages(`Downloading ${name}…`);
  const bar = byId('download-progress') as HTMLProgressElement;
  bar.hidden = false;
  void (async () => {
    try {
      const download = await downloadObject(client, container, name, {
        onProgress: ({ bytes, total }) => {
          setProgress('download-progress', bytes, total);
        },
      });
      // The body is a stream, checked against the object's size (and its MD5 for an ordinary
      // object) as it is read; a Response collects it into a Blob.
      const blob = await new Response(download.body as ReadableStream<Uint8Array>).blob();
      const link = byId('download-link') as HTMLAnchorElement;
      if (link.href.startsWith('blob:')) URL.revokeObjectURL(link.href);
      link.href = URL.createObjectURL(type === '' ? blob : new Blob([blob], { type }));
      link.download = name;
      link.textContent = `Save ${name} (${String(blob.size)} bytes)`;
      link.hidden = false;
      clearMessages('Downloaded.');
    } catch (error) {
      clearMessages();
      showError(error);
    }
  })();
});
