/**
 * Replies recorded from the real Cinder (Zed, FakeLoggingVolumeDriver) in the local cloud by the
 * admin, unless labelled as a sample of the API reference: the fake driver lists nothing to
 * manage, so the listed items below are shaped after the API reference.
 */

export const host = 'localhost@fake#fake';

/** 202 reply to POST manageable_volumes (microversion 3.70). */
export const manageVolume = {
  volume: {
    id: '8ca40d1d-f00f-402e-bb4c-46e51a7e10a0',
    status: 'creating',
    size: 0,
    availability_zone: 'nova',
    created_at: '2026-12-08T01:40:47.888466',
    updated_at: null,
    name: 'rec-managed',
    description: null,
    volume_type: '__DEFAULT__',
    snapshot_id: null,
    source_volid: null,
    metadata: {},
    links: [
      { rel: 'self', href: 'http://127.0.0.1:8776/v3/b6514526697b440c9fc3ee33a46c2c47/volumes/8ca40d1d-f00f-402e-bb4c-46e51a7e10a0' },
      { rel: 'bookmark', href: 'http://127.0.0.1:8776/b6514526697b440c9fc3ee33a46c2c47/volumes/8ca40d1d-f00f-402e-bb4c-46e51a7e10a0' },
    ],
    user_id: 'cfab6ddb0f824600958406c3983f645f',
    bootable: 'false',
    encrypted: false,
    replication_status: null,
    consistencygroup_id: null,
    multiattach: false,
    attachments: [],
    migration_status: null,
  },
};

/** 202 reply to POST manageable_snapshots (microversion 3.70). */
export const manageSnapshot = {
  snapshot: {
    id: 'd1650f7d-b5b3-4e1e-b8fd-05cd24870568',
    created_at: '2026-12-08T01:49:21.188966',
    updated_at: null,
    name: 'rec-managed-snap',
    description: null,
    volume_id: '97412114-59e8-4180-8154-0bf35018afcc',
    status: 'creating',
    size: 1,
    metadata: {},
  },
};

/** 200 reply to GET manageable_volumes/detail?host=… (the fake driver offers nothing). */
export const emptyVolumes = { 'manageable-volumes': [] };

/** Not from this Cinder: shaped after the API reference (the fields of Cinder's manageable view), values invented. GET manageable_volumes/detail. */
export const referenceVolumesDetail = {
  'manageable-volumes': [
    { cinder_id: '9ba5bb53-4a18-4b38-be06-992999da338d', reason_not_safe: 'already managed', reference: { 'source-name': 'volume-9ba5bb53-4a18-4b38-be06-992999da338d' }, safe_to_manage: false, size: 1, extra_info: null },
    { cinder_id: null, reason_not_safe: null, reference: { 'source-name': 'lvol0' }, safe_to_manage: true, size: 1, extra_info: null },
  ],
};

/** Not from this Cinder: shaped after the API reference, values invented. GET manageable_snapshots. */
export const referenceSnapshots = {
  'manageable-snapshots': [
    { source_reference: { 'source-name': 'volume-7c064b34-1e4b-40bd-93ca-4ac5a973661b' }, safe_to_manage: true, size: 1, reference: { 'source-name': 'lvol0' } },
  ],
};

/** 403 reply to GET manageable_volumes by the member. */
export const memberForbidden = { forbidden: { code: 403, message: "Policy doesn't allow volume_extension:list_manageable to be performed." } };

/** 400 reply to both host and cluster (microversion 3.17). */
export const hostAndCluster = { badRequest: { code: 400, message: 'Invalid input received: One and only one of cluster and host must be set.' } };
