/**
 * Replies recorded from the real Cinder (Zed, 21.3.1, FakeLoggingVolumeDriver) in the local cloud by the
 * demo member, or the admin where noted; nothing edited.
 */

/** 202 reply to POST group_snapshots. */
export const gsCreate = {
  "group_snapshot": {
    "id": "d317bd5c-f181-43eb-b19b-92ee5696941b",
    "name": "rec-group-snap",
    "group_type_id": "6c1d9086-703d-42c7-b4ed-7d81ccddbe1b"
  }
};

/** GET group_snapshots/{id} once available. */
export const gsGet = {
  "group_snapshot": {
    "id": "d317bd5c-f181-43eb-b19b-92ee5696941b",
    "group_id": "30f5c5e5-f843-448e-9e02-e0dd58b63795",
    "group_type_id": "6c1d9086-703d-42c7-b4ed-7d81ccddbe1b",
    "status": "available",
    "created_at": "2026-12-08T01:58:22.000000",
    "name": "rec-group-snap",
    "description": "recorded"
  }
};

/** GET group_snapshots/detail: no links. */
export const gsListDetail = {
  "group_snapshots": [
    {
      "id": "d317bd5c-f181-43eb-b19b-92ee5696941b",
      "group_id": "30f5c5e5-f843-448e-9e02-e0dd58b63795",
      "group_type_id": "6c1d9086-703d-42c7-b4ed-7d81ccddbe1b",
      "status": "available",
      "created_at": "2026-12-08T01:58:22.000000",
      "name": "rec-group-snap",
      "description": "recorded"
    }
  ]
};

/** GET group_snapshots. */
export const gsList = {
  "group_snapshots": [
    {
      "id": "d317bd5c-f181-43eb-b19b-92ee5696941b",
      "name": "rec-group-snap"
    }
  ]
};
