/**
 * Replies recorded from the real Cinder (Zed) in the local cloud: the demo member offers volume
 * df0da4f2-… and the admin accepts it; nothing edited.
 */

const demo = 'http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a';
const demoBookmark = 'http://127.0.0.1:8776/93bd1bc6475f4027a0f8b1a6baeddf2a';
const links = (id: string, base = demo, bookmark = demoBookmark) => [
  { rel: 'self', href: `${base}/os-volume-transfer/${id}` },
  { rel: 'bookmark', href: `${bookmark}/os-volume-transfer/${id}` },
];

export const transferId = '8fcd3c16-4f00-4261-abee-344e1569566f';
export const volumeId = 'df0da4f2-c134-4ef6-b2e7-bf7a77e65c49';

/** 202 reply to POST volume-transfers (microversion 3.70) with `no_snapshots: true`. */
export const create = {
  transfer: {
    id: transferId,
    created_at: '2026-12-08T01:40:32.561895',
    name: 'rec-transfer',
    volume_id: volumeId,
    auth_key: '2d32a533ebb3d5d3',
    links: links(transferId),
    no_snapshots: true,
    destination_project_id: null,
    source_project_id: '93bd1bc6475f4027a0f8b1a6baeddf2a',
    accepted: false,
  },
};

/** 200 reply to GET volume-transfers (3.70). */
export const listSummaries = { transfers: [{ id: transferId, volume_id: volumeId, name: 'rec-transfer', links: links(transferId) }] };

/** 200 reply to GET volume-transfers/{id} (3.70); GET volume-transfers/detail answered the same transfer in a list. */
export const get = {
  transfer: {
    id: transferId,
    created_at: '2026-12-08T01:40:32.000000',
    name: 'rec-transfer',
    volume_id: volumeId,
    links: links(transferId),
    no_snapshots: true,
    destination_project_id: null,
    source_project_id: '93bd1bc6475f4027a0f8b1a6baeddf2a',
    accepted: false,
  },
};

export const listDetail = { transfers: [get.transfer] };

/** 202 reply to POST volume-transfers/{id}/accept by the admin (its project's links). */
export const accept = {
  transfer: {
    id: transferId,
    volume_id: volumeId,
    name: 'rec-transfer',
    links: links(transferId, 'http://127.0.0.1:8776/v3/b6514526697b440c9fc3ee33a46c2c47', 'http://127.0.0.1:8776/b6514526697b440c9fc3ee33a46c2c47'),
  },
};

/** 200 reply to GET os-volume-transfer/{id} at microversion 3.0 (the admin's transfer rec-old): no 3.55/3.57 fields. */
export const getOld = {
  transfer: {
    id: '3a3aad2b-948a-4e45-879d-07dd2fc3f8ec',
    created_at: '2026-12-08T01:40:39.000000',
    name: 'rec-old',
    volume_id: volumeId,
    links: links('3a3aad2b-948a-4e45-879d-07dd2fc3f8ec', 'http://127.0.0.1:8776/v3/b6514526697b440c9fc3ee33a46c2c47', 'http://127.0.0.1:8776/b6514526697b440c9fc3ee33a46c2c47'),
  },
};
