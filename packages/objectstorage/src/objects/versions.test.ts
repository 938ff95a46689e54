import { describe, expect, it } from '@jest/globals';
import { isInvalidInputError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeSwift } from '../fake-swift.fixtures.js';
import { listObjectVersions } from './index.js';
import * as fx from './versions.fixtures.js';

const C = 'osts-rec-versions';

describe('listObjectVersions', () => {
  it('pages by marker and version_marker (the last item of each page) until an empty page', async () => {
    const cloud = fakeSwift();
    cloud.reply('GET', `${C}?versions=&format=json&limit=2`, fx.versions1.body, { headers: fx.versions1.headers });
    const last1 = fx.versions1.body[1];
    const last2 = fx.versions2.body[1];
    cloud.reply('GET', `${C}?versions=&format=json&limit=2&marker=${last1?.name ?? ''}&version_marker=${last1?.version_id ?? ''}`, fx.versions2.body);
    cloud.reply('GET', `${C}?versions=&format=json&limit=2&marker=${last2?.name ?? ''}&version_marker=${last2?.version_id ?? ''}`, fx.versions3.body);
    const versions = await listObjectVersions(cloud.client, C, { limit: 2 }).all();
    expect(versions.map((v) => ('subdir' in v ? v.subdir : [v.name, v.is_latest, v.content_type]))).toEqual([
      ['doc', true, 'application/octet-stream'],
      ['doc', false, 'application/octet-stream'],
      ['other', true, 'application/x-deleted;swift_versions_deleted=1'],
      ['other', false, 'application/octet-stream'],
    ]);
    expect(cloud.serviceRequests().map((r) => r.query.version_marker)).toEqual([undefined, last1?.version_id, last2?.version_id]);
  });

  it('sends the filters, and after a pseudo-folder pages by marker alone', async () => {
    const cloud = fakeSwift();
    cloud.reply('GET', `${C}?versions=&format=json&limit=1&prefix=d&delimiter=%2F&end_marker=z&reverse=true`, [{ subdir: 'd/' }]);
    cloud.reply('GET', `${C}?versions=&format=json&limit=1&prefix=d&delimiter=%2F&end_marker=z&reverse=true&marker=d%2F`, []);
    const entries = await listObjectVersions(cloud.client, C, { limit: 1, prefix: 'd', delimiter: '/', end_marker: 'z', reverse: true }).all();
    expect(entries).toEqual([{ subdir: 'd/' }]);
    expect(cloud.lastRequest().query).toMatchObject({ marker: 'd/', versions: '' });
  });

  it('refuses version_marker without marker, a bad limit or container, when iteration starts and before sending', async () => {
    const cloud = fakeSwift();
    const errors = [
      await rejectionOf(listObjectVersions(cloud.client, C, { version_marker: '1795798663.74176' })),
      await rejectionOf(listObjectVersions(cloud.client, C, { limit: -1 })),
      await rejectionOf(listObjectVersions(cloud.client, '')),
    ];
    expect(errors.map((error) => isInvalidInputError(error) && error.field)).toEqual(['version_marker', 'limit', 'container']);
    expect(cloud.serviceRequests()).toEqual([]);
  });
});
