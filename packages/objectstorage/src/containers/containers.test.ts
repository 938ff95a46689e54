import { describe, expect, it } from '@jest/globals';
import { isHttpError, isInvalidInputError } from '@openstack-ts/core';
import { rejectionOf, type FakeCloud, type RecordedRequest } from '@openstack-ts/core/testing';
import { fakeSwift } from '../fake-swift.fixtures.js';
import { uploadObject } from '../objects/index.js';
import { createContainer, deleteContainer, getContainer, listContainers, updateContainer, type CreateContainerInput, type UpdateContainerInput } from './index.js';
import * as fx from './containers.fixtures.js';

/** Answers `method path` with a recorded reply. */
function serve(cloud: FakeCloud, method: string, path: string, fixture: { status: number; headers: Record<string, string>; body?: string }, once = false): void {
  const init = { status: fixture.status, headers: fixture.headers };
  if (once) cloud.replyOnce(method, path, fixture.body, init);
  else cloud.reply(method, path, fixture.body, init);
}

/** The headers a request carried, without the ones every request has. */
function sentHeaders(request: RecordedRequest): Record<string, string> {
  return Object.fromEntries(Object.entries(request.headers).filter(([name]) => name !== 'accept' && name !== 'x-auth-token' && name !== 'user-agent'));
}

const SETTINGS = 'osts-acc-recu-settings';
const LEGACY = 'osts-acc-recu-legacy';
const LIST = 'osts-acc-recu-list-';

describe('createContainer', () => {
  it('sends every setting as its header (metadata as UTF-8 bytes) and accepts 201', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'PUT', SETTINGS, fx.created);
    const input: CreateContainerInput = {
      metadata: { colour: 'grün', plain: 'plain' },
      read: '.r:*,.rlistings',
      write: 'rec:*',
      quota_bytes: 100,
      quota_count: 2,
      versions_enabled: true,
      temp_url_key: 'recu-ckey',
      temp_url_key_2: 'recu-ckey-2',
      storage_policy: 'Policy-0',
    };
    await expect(createContainer(cloud.client, SETTINGS, input, { headers: { 'X-Container-Meta-Extra': 'extra' } })).resolves.toBeUndefined();
    const request = cloud.lastRequest();
    expect([request.method, request.path, request.text]).toEqual(['PUT', SETTINGS, undefined]);
    // What the SDK sent when the fixtures were recorded (with the project ID trimmed to rec).
    expect(sentHeaders(request)).toEqual({
      'x-container-meta-colour': 'gr\u00c3\u00bcn',
      'x-container-meta-extra': 'extra',
      'x-container-meta-plain': 'plain',
      'x-container-meta-quota-bytes': '100',
      'x-container-meta-quota-count': '2',
      'x-container-meta-temp-url-key': 'recu-ckey',
      'x-container-meta-temp-url-key-2': 'recu-ckey-2',
      'x-container-read': '.r:*,.rlistings',
      'x-container-write': 'rec:*',
      'x-storage-policy': 'Policy-0',
      'x-versions-enabled': 'true',
    });
  });

  it('accepts 202 for a container that exists (and sends its settings)', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'PUT', SETTINGS, fx.createdAgain);
    await createContainer(cloud.client, SETTINGS, { metadata: { again: 'yes' } });
    expect(sentHeaders(cloud.lastRequest())).toEqual({ 'x-container-meta-again': 'yes' });
  });

  it('sends no header without settings', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'PUT', 'plain%20%C3%BC', fx.created);
    await createContainer(cloud.client, 'plain ü');
    expect(sentHeaders(cloud.lastRequest())).toEqual({});
  });

  it('refuses remove_metadata, bad settings and bad names before sending', async () => {
    const cloud = fakeSwift();
    const bad: [string, CreateContainerInput, string][] = [
      ['', {}, 'container'],
      ['a/b', {}, 'container'],
      ['é'.repeat(128) + 'x', {}, 'container'],
      ['c', { remove_metadata: ['x'] } as CreateContainerInput, 'remove_metadata'],
      ['c', { quota_bytes: -1 }, 'quota_bytes'],
      ['c', { quota_count: 1.5 }, 'quota_count'],
      ['c', { metadata: { 'no spaces': 'v' } }, 'metadata'],
      ['c', { read: '.r:*\r\nX-Evil: 1' }, 'read'],
      ['c', { storage_policy: 'a\nb' }, 'storage_policy'],
      ['c', 'public' as unknown as CreateContainerInput, 'input'],
    ];
    for (const [name, input, field] of bad) {
      const error = await rejectionOf(createContainer(cloud.client, name, input));
      expect([name, input, isInvalidInputError(error) && error.field]).toEqual([name, input, field]);
    }
    expect(cloud.serviceRequests()).toEqual([]);
  });
});

describe('getContainer', () => {
  it('reads every setting from HEAD', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'HEAD', SETTINGS, fx.container);
    const container = await getContainer(cloud.client, SETTINGS);
    expect(cloud.lastRequest().method).toBe('HEAD');
    expect(container).toEqual({
      name: SETTINGS,
      object_count: 0,
      bytes_used: 0,
      read: '.r:*,.rlistings',
      write: 'rec:*',
      storage_policy: 'Policy-0',
      versions_enabled: true,
      versions_location: undefined,
      history_location: undefined,
      quota_bytes: 100,
      quota_count: 2,
      temp_url_key: 'recu-ckey',
      temp_url_key_2: 'recu-ckey-2',
      sync_to: undefined,
      timestamp: '1795797462.10853',
      metadata: {
        again: 'yes',
        colour: 'grün',
        extra: 'extra',
        plain: 'plain',
        'quota-bytes': '100',
        'quota-count': '2',
        'temp-url-key': 'recu-ckey',
        'temp-url-key-2': 'recu-ckey-2',
      },
      headers: expect.objectContaining({ 'x-container-meta-colour': 'grün', 'x-openstack-request-id': 'tx56a4262ea84b410386017-006b09b1d6' }) as unknown,
    });
  });

  it('reads legacy versioning locations', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'HEAD', LEGACY, fx.historyLocation, true);
    serve(cloud, 'HEAD', LEGACY, fx.versionsLocation, true);
    serve(cloud, 'HEAD', LEGACY, fx.legacyAfterRemoval, true);
    const history = await getContainer(cloud.client, LEGACY);
    expect([history.history_location, history.versions_location, history.versions_enabled]).toEqual(['osts-acc-recu-legacy-versions', undefined, undefined]);
    const stack = await getContainer(cloud.client, LEGACY);
    expect([stack.history_location, stack.versions_location]).toEqual([undefined, 'osts-acc-recu-legacy-versions']);
    const plain = await getContainer(cloud.client, LEGACY);
    expect([plain.history_location, plain.versions_location, plain.quota_bytes, plain.read]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('raises HttpError 404 for a container that does not exist', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'HEAD', `${LIST}1`, fx.headMissing);
    const error = await rejectionOf(getContainer(cloud.client, `${LIST}1`));
    expect(isHttpError(error, 404) && [error.method, error.requestId]).toEqual(['HEAD', 'txb30f7d4b78fc47d385846-006b09b1d6']);
  });
});

describe('updateContainer', () => {
  it("changes and removes settings with one POST: '' and null remove", async () => {
    const cloud = fakeSwift();
    serve(cloud, 'POST', SETTINGS, fx.updated);
    const input = {
      metadata: { added: 'neu' },
      remove_metadata: ['plain'],
      read: '',
      write: '',
      quota_bytes: null,
      quota_count: null,
      versions_enabled: false,
      temp_url_key: '',
      temp_url_key_2: '',
    };
    await updateContainer(cloud.client, SETTINGS, input, { headers: { 'X-Remove-Container-Meta-Extra': 'x' } });
    expect(cloud.lastRequest().method).toBe('POST');
    // What the SDK sent when the fixtures were recorded.
    expect(sentHeaders(cloud.lastRequest())).toEqual({
      'x-container-meta-added': 'neu',
      'x-remove-container-meta-extra': 'x',
      'x-remove-container-meta-plain': 'x',
      'x-remove-container-meta-quota-bytes': 'x',
      'x-remove-container-meta-quota-count': 'x',
      'x-remove-container-meta-temp-url-key': 'x',
      'x-remove-container-meta-temp-url-key-2': 'x',
      'x-remove-container-read': 'x',
      'x-remove-container-write': 'x',
      'x-versions-enabled': 'false',
    });
  });

  it('what Swift then shows: the removed settings gone, the rest kept', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'HEAD', SETTINGS, fx.containerAfterUpdate);
    const container = await getContainer(cloud.client, SETTINGS);
    expect(container).toMatchObject({
      object_count: 2,
      bytes_used: 2,
      read: undefined,
      write: undefined,
      quota_bytes: undefined,
      quota_count: undefined,
      temp_url_key: undefined,
      versions_enabled: false,
      metadata: { added: 'neu', again: 'yes', colour: 'grün' },
    });
  });

  it("sets and removes legacy versioning locations ('' removes)", async () => {
    const cloud = fakeSwift();
    serve(cloud, 'POST', LEGACY, fx.historyLocationSet);
    await updateContainer(cloud.client, LEGACY, { history_location: 'osts-acc-recu-legacy-versions' });
    expect(sentHeaders(cloud.lastRequest())).toEqual({ 'x-history-location': 'osts-acc-recu-legacy-versions' });
    await updateContainer(cloud.client, LEGACY, { history_location: '' });
    expect(sentHeaders(cloud.lastRequest())).toEqual({ 'x-remove-history-location': 'x' });
    await updateContainer(cloud.client, LEGACY, { versions_location: 'osts-acc-recu-legacy-versions' });
    expect(sentHeaders(cloud.lastRequest())).toEqual({ 'x-versions-location': 'osts-acc-recu-legacy-versions' });
    await updateContainer(cloud.client, LEGACY, { versions_location: '' });
    expect(sentHeaders(cloud.lastRequest())).toEqual({ 'x-remove-versions-location': 'x' });
  });

  it('sends quotas of 0, and settings given on create', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'POST', LEGACY, fx.historyLocationRemoved);
    await updateContainer(cloud.client, LEGACY, { quota_bytes: 0, quota_count: 0, versions_enabled: true, read: 'rec:*', write: 'rec:user' });
    expect(sentHeaders(cloud.lastRequest())).toEqual({
      'x-container-meta-quota-bytes': '0',
      'x-container-meta-quota-count': '0',
      'x-container-read': 'rec:*',
      'x-container-write': 'rec:user',
      'x-versions-enabled': 'true',
    });
  });

  it('expects 204', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'POST', LEGACY, fx.createdAgain); // a 202
    const error = await rejectionOf(updateContainer(cloud.client, LEGACY, {}));
    expect(isHttpError(error, 202) && [error.method, error.requestId]).toEqual(['POST', fx.createdAgain.headers['x-openstack-request-id']]);
  });
});

describe('listContainers', () => {
  it('follows marker paging until a page is shorter than the limit', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'GET', `?format=json&prefix=${LIST}&limit=2`, fx.listPage1);
    serve(cloud, 'GET', `?format=json&prefix=${LIST}&limit=2&marker=${LIST}2`, fx.listPage2);
    serve(cloud, 'GET', `?format=json&prefix=${LIST}&limit=2&marker=${LIST}4`, fx.listPage3);
    const pages: string[][] = [];
    for await (const page of listContainers(cloud.client, { prefix: LIST, limit: 2 }).byPage()) pages.push(page.map((c) => c.name));
    expect(pages).toEqual([
      [`${LIST}1`, `${LIST}2`],
      [`${LIST}3`, `${LIST}4`],
      [`${LIST}5`],
    ]);
    expect(cloud.serviceRequests().map((r) => r.query)).toEqual([
      { format: 'json', prefix: LIST, limit: '2' },
      { format: 'json', prefix: LIST, limit: '2', marker: `${LIST}2` },
      { format: 'json', prefix: LIST, limit: '2', marker: `${LIST}4` },
    ]);
  });

  it('gives the listing entries as Swift sends them', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'GET', `?format=json&prefix=${LIST}&limit=2`, fx.listPage1);
    let first: unknown;
    for await (const page of listContainers(cloud.client, { prefix: LIST, limit: 2 }).byPage()) {
      first = page[0];
      break;
    }
    expect(first).toEqual({ name: `${LIST}1`, count: 0, bytes: 0, last_modified: '2026-11-27T16:37:42.527130' });
  });

  it('lists in reverse between marker and end_marker, until an empty page', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'GET', `?format=json&prefix=${LIST}&reverse=true&marker=${LIST}5&end_marker=${LIST}1`, fx.listReverse);
    serve(cloud, 'GET', `?format=json&prefix=${LIST}&reverse=true&marker=${LIST}2&end_marker=${LIST}1`, fx.listReverseEnd);
    const names = (await listContainers(cloud.client, { prefix: LIST, reverse: true, marker: `${LIST}5`, end_marker: `${LIST}1` }).all()).map((c) => c.name);
    expect(names).toEqual([`${LIST}4`, `${LIST}3`, `${LIST}2`]);
    expect(cloud.serviceRequests()[0]?.query).toEqual({ format: 'json', prefix: LIST, reverse: 'true', marker: `${LIST}5`, end_marker: `${LIST}1` });
  });

  it('stops before end_marker', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'GET', `?format=json&prefix=${LIST}&marker=${LIST}1&end_marker=${LIST}4`, fx.listEndMarker);
    serve(cloud, 'GET', `?format=json&prefix=${LIST}&marker=${LIST}3&end_marker=${LIST}4`, fx.listEndMarkerEnd);
    const names = (await listContainers(cloud.client, { prefix: LIST, marker: `${LIST}1`, end_marker: `${LIST}4` }).all()).map((c) => c.name);
    expect(names).toEqual([`${LIST}2`, `${LIST}3`]);
  });

  it('sends reverse=false when asked, and nothing before iteration', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'GET', '?format=json&reverse=false', fx.listEndMarkerEnd);
    const listing = listContainers(cloud.client, { reverse: false });
    expect(cloud.serviceRequests()).toEqual([]);
    expect(await listing.all()).toEqual([]);
    expect(cloud.lastRequest().query).toEqual({ format: 'json', reverse: 'false' });
  });

  it('refuses a bad limit when iteration starts, before sending', async () => {
    const cloud = fakeSwift();
    const listing = listContainers(cloud.client, { limit: -1 });
    const error = await rejectionOf(listing);
    expect(isInvalidInputError(error) && error.field).toBe('limit');
    expect(cloud.serviceRequests()).toEqual([]);
  });
});

describe('deleteContainer', () => {
  it('deletes an empty container', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'DELETE', `${LIST}1`, fx.deleted);
    await deleteContainer(cloud.client, `${LIST}1`);
    expect([cloud.lastRequest().method, cloud.lastRequest().path]).toEqual(['DELETE', `${LIST}1`]);
  });

  it("raises Swift's 409 for a container that holds objects, or old versions of them", async () => {
    const cloud = fakeSwift();
    serve(cloud, 'DELETE', 'osts-acc-recu-extra', fx.deleteNotEmpty);
    serve(cloud, 'DELETE', SETTINGS, fx.deleteVersioned);
    const notEmpty = await rejectionOf(deleteContainer(cloud.client, 'osts-acc-recu-extra'));
    expect(isHttpError(notEmpty, 409) && notEmpty.serviceMessage).toBe('Conflict: There was a conflict when trying to complete your request.');
    const versioned = await rejectionOf(deleteContainer(cloud.client, SETTINGS));
    expect(isHttpError(versioned, 409) && versioned.serviceMessage).toBe('Delete all versions before deleting container.');
  });

  it('refuses a bad name before sending', async () => {
    const cloud = fakeSwift();
    const errors = [
      await rejectionOf(deleteContainer(cloud.client, '')),
      await rejectionOf(getContainer(cloud.client, 'a/b')),
      await rejectionOf(updateContainer(cloud.client, '', {})),
      await rejectionOf(updateContainer(cloud.client, 'c', undefined as unknown as UpdateContainerInput)),
    ];
    expect(errors.map((error) => isInvalidInputError(error) && error.field)).toEqual(['container', 'container', 'container', 'input']);
    expect(cloud.serviceRequests()).toEqual([]);
  });
});

describe('quotas', () => {
  it("surface as Swift's 413 on upload", async () => {
    const cloud = fakeSwift();
    serve(cloud, 'PUT', `${SETTINGS}/three`, fx.quotaCountExceeded);
    serve(cloud, 'PUT', `${SETTINGS}/big`, fx.quotaBytesExceeded);
    for (const [name, data] of [
      ['three', 'c'],
      ['big', 'x'.repeat(101)],
    ] as const) {
      const error = await rejectionOf(uploadObject(cloud.client, SETTINGS, name, data));
      expect(isHttpError(error, 413) && error.serviceMessage).toBe('Upload exceeds quota.');
    }
  });
});
