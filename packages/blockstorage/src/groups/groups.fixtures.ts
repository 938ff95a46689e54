/**
 * Replies recorded from the real Cinder (Zed, 21.3.1, FakeLoggingVolumeDriver) in the local cloud by the
 * demo member, or the admin where noted; nothing edited.
 */

/** 202 reply to POST groups. */
export const gCreate = {
  "group": {
    "id": "30f5c5e5-f843-448e-9e02-e0dd58b63795",
    "name": "rec-group"
  }
};

/** GET groups/{id} once available. */
export const gGet = {
  "group": {
    "id": "30f5c5e5-f843-448e-9e02-e0dd58b63795",
    "status": "available",
    "availability_zone": "nova",
    "created_at": "2026-12-08T01:58:09.000000",
    "name": "rec-group",
    "description": "recorded",
    "group_type": "6c1d9086-703d-42c7-b4ed-7d81ccddbe1b",
    "volume_types": [
      "7675f7b2-228c-46da-b044-4e41c3da2732"
    ],
    "group_snapshot_id": null,
    "source_group_id": null,
    "replication_status": "disabled"
  }
};

/** GET groups/detail?limit=1. */
export const gListDetail = {
  "groups": [
    {
      "id": "30f5c5e5-f843-448e-9e02-e0dd58b63795",
      "status": "available",
      "availability_zone": "nova",
      "created_at": "2026-12-08T01:58:09.000000",
      "name": "rec-group",
      "description": "recorded",
      "group_type": "6c1d9086-703d-42c7-b4ed-7d81ccddbe1b",
      "volume_types": [
        "7675f7b2-228c-46da-b044-4e41c3da2732"
      ],
      "group_snapshot_id": null,
      "source_group_id": null,
      "replication_status": "disabled"
    }
  ],
  "group_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/groups?limit=1&marker=30f5c5e5-f843-448e-9e02-e0dd58b63795"
    }
  ]
};

/** GET groups. */
export const gList = {
  "groups": [
    {
      "id": "30f5c5e5-f843-448e-9e02-e0dd58b63795",
      "name": "rec-group"
    }
  ]
};

/** GET groups/detail?list_volume=true (two groups of one volume each). */
export const gListVolumes = {
  "groups": [
    {
      "id": "4ac4c78f-c1be-4999-ba50-dc48a81ca471",
      "status": "available",
      "availability_zone": "nova",
      "created_at": "2026-12-08T01:58:33.000000",
      "name": "rec-group-copy",
      "description": null,
      "group_type": "6c1d9086-703d-42c7-b4ed-7d81ccddbe1b",
      "volume_types": [
        "7675f7b2-228c-46da-b044-4e41c3da2732"
      ],
      "group_snapshot_id": "d317bd5c-f181-43eb-b19b-92ee5696941b",
      "source_group_id": null,
      "volumes": [
        "d551da07-6469-4b71-aa46-fe04f168acfe"
      ],
      "replication_status": "disabled"
    },
    {
      "id": "30f5c5e5-f843-448e-9e02-e0dd58b63795",
      "status": "available",
      "availability_zone": "nova",
      "created_at": "2026-12-08T01:58:09.000000",
      "name": "rec-group",
      "description": "updated",
      "group_type": "6c1d9086-703d-42c7-b4ed-7d81ccddbe1b",
      "volume_types": [
        "7675f7b2-228c-46da-b044-4e41c3da2732"
      ],
      "group_snapshot_id": null,
      "source_group_id": null,
      "volumes": [
        "47bd50af-dff0-4761-b67b-f10feb35a145"
      ],
      "replication_status": "disabled"
    }
  ]
};

/** 202 reply to POST groups/action create-from-src with a group snapshot. */
export const gFromSrc = {
  "group": {
    "id": "4ac4c78f-c1be-4999-ba50-dc48a81ca471",
    "name": "rec-group-copy"
  }
};

/** 400 reply to the delete action without delete-volumes for a group with volumes. */
export const gDeleteRefused = {
  "badRequest": {
    "code": 400,
    "message": "Invalid Group: Group 4ac4c78f-c1be-4999-ba50-dc48a81ca471 still contains volumes. The delete-volumes flag is required to delete it."
  }
};

/** 404 reply to GET groups/{id} after the delete. */
export const gDeleted = {
  "itemNotFound": {
    "code": 404,
    "message": "Group 30f5c5e5-f843-448e-9e02-e0dd58b63795 could not be found."
  }
};
