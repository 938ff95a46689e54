/**
 * Replies recorded from the real Cinder (Zed, 21.3.1, cinder-backup with the posix driver) in the local
 * cloud by the demo member (the admin where noted), from volumes and backups made for the recording;
 * nothing edited.
 */

/** 202 reply to POST backups (volume_id, name, description, metadata; microversion 3.70). */
export const create = {
  "backup": {
    "id": "2d1067a4-f769-4af6-b3dc-ba86eacdace7",
    "name": "rec-backup",
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/backups/2d1067a4-f769-4af6-b3dc-ba86eacdace7"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8776/93bd1bc6475f4027a0f8b1a6baeddf2a/backups/2d1067a4-f769-4af6-b3dc-ba86eacdace7"
      }
    ]
  }
};

/** GET backups/{id} once the backup is available. */
export const get = {
  "backup": {
    "id": "2d1067a4-f769-4af6-b3dc-ba86eacdace7",
    "status": "available",
    "size": 1,
    "object_count": 0,
    "availability_zone": null,
    "container": "2d/10/2d1067a4-f769-4af6-b3dc-ba86eacdace7",
    "created_at": "2026-12-08T01:41:19.000000",
    "updated_at": "2026-12-08T01:41:20.000000",
    "name": "rec-backup",
    "description": "recorded",
    "fail_reason": null,
    "volume_id": "bce35dc1-bfa2-4817-bd58-3acb9546d4ef",
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/backups/2d1067a4-f769-4af6-b3dc-ba86eacdace7"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8776/93bd1bc6475f4027a0f8b1a6baeddf2a/backups/2d1067a4-f769-4af6-b3dc-ba86eacdace7"
      }
    ],
    "is_incremental": false,
    "has_dependent_backups": false,
    "snapshot_id": null,
    "data_timestamp": "2026-12-08T01:41:19.000000",
    "metadata": {
      "purpose": "recording"
    }
  }
};

/** GET backups/{id} while a restore runs. */
export const getRestoring = {
  "backup": {
    "id": "2d1067a4-f769-4af6-b3dc-ba86eacdace7",
    "status": "restoring",
    "size": 1,
    "object_count": 0,
    "availability_zone": null,
    "container": "2d/10/2d1067a4-f769-4af6-b3dc-ba86eacdace7",
    "created_at": "2026-12-08T01:41:19.000000",
    "updated_at": "2026-12-08T01:41:40.000000",
    "name": "rec-backup",
    "description": "updated",
    "fail_reason": null,
    "volume_id": "bce35dc1-bfa2-4817-bd58-3acb9546d4ef",
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/backups/2d1067a4-f769-4af6-b3dc-ba86eacdace7"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8776/93bd1bc6475f4027a0f8b1a6baeddf2a/backups/2d1067a4-f769-4af6-b3dc-ba86eacdace7"
      }
    ],
    "is_incremental": false,
    "has_dependent_backups": false,
    "snapshot_id": null,
    "data_timestamp": "2026-12-08T01:41:19.000000",
    "metadata": {
      "purpose": "recording",
      "step": "2"
    }
  }
};

/** GET backups/{id} of a backup made into container /proc/rec-nope: the posix driver's real failure. */
export const getFailed = {
  "backup": {
    "id": "a5c5034d-b71c-44b7-beb4-a6d51d3f8a9b",
    "status": "error",
    "size": 1,
    "object_count": 0,
    "availability_zone": null,
    "container": "/proc/rec-nope",
    "created_at": "2026-12-08T01:41:25.000000",
    "updated_at": "2026-12-08T01:41:25.000000",
    "name": "rec-backup-fail",
    "description": null,
    "fail_reason": "[Errno 2] No such file or directory: '/proc/rec-nope'",
    "volume_id": "bce35dc1-bfa2-4817-bd58-3acb9546d4ef",
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/backups/a5c5034d-b71c-44b7-beb4-a6d51d3f8a9b"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8776/93bd1bc6475f4027a0f8b1a6baeddf2a/backups/a5c5034d-b71c-44b7-beb4-a6d51d3f8a9b"
      }
    ],
    "is_incremental": false,
    "has_dependent_backups": false,
    "snapshot_id": null,
    "data_timestamp": "2026-12-08T01:41:25.000000",
    "metadata": {}
  }
};

/** GET backups/{id} just after DELETE. */
export const getDeleting = {
  "backup": {
    "id": "a5c5034d-b71c-44b7-beb4-a6d51d3f8a9b",
    "status": "deleting",
    "size": 1,
    "object_count": 0,
    "availability_zone": null,
    "container": "/proc/rec-nope",
    "created_at": "2026-12-08T01:41:25.000000",
    "updated_at": "2026-12-08T01:41:52.000000",
    "name": "rec-backup-fail",
    "description": null,
    "fail_reason": "[Errno 2] No such file or directory: '/proc/rec-nope'",
    "volume_id": "bce35dc1-bfa2-4817-bd58-3acb9546d4ef",
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/backups/a5c5034d-b71c-44b7-beb4-a6d51d3f8a9b"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8776/93bd1bc6475f4027a0f8b1a6baeddf2a/backups/a5c5034d-b71c-44b7-beb4-a6d51d3f8a9b"
      }
    ],
    "is_incremental": false,
    "has_dependent_backups": false,
    "snapshot_id": null,
    "data_timestamp": "2026-12-08T01:41:25.000000",
    "metadata": {}
  }
};

/** 404 reply to GET backups/{id} after the delete finished. */
export const getDeleted = {
  "itemNotFound": {
    "code": 404,
    "message": "Backup a5c5034d-b71c-44b7-beb4-a6d51d3f8a9b could not be found."
  }
};

/** GET backups/detail?limit=1&sort=name:asc, first page. */
export const listPage1 = {
  "backups": [
    {
      "id": "2d1067a4-f769-4af6-b3dc-ba86eacdace7",
      "status": "available",
      "size": 1,
      "object_count": 0,
      "availability_zone": null,
      "container": "2d/10/2d1067a4-f769-4af6-b3dc-ba86eacdace7",
      "created_at": "2026-12-08T01:41:19.000000",
      "updated_at": "2026-12-08T01:41:20.000000",
      "name": "rec-backup",
      "description": "recorded",
      "fail_reason": null,
      "volume_id": "bce35dc1-bfa2-4817-bd58-3acb9546d4ef",
      "links": [
        {
          "rel": "self",
          "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/backups/2d1067a4-f769-4af6-b3dc-ba86eacdace7"
        },
        {
          "rel": "bookmark",
          "href": "http://127.0.0.1:8776/93bd1bc6475f4027a0f8b1a6baeddf2a/backups/2d1067a4-f769-4af6-b3dc-ba86eacdace7"
        }
      ],
      "is_incremental": false,
      "has_dependent_backups": false,
      "snapshot_id": null,
      "data_timestamp": "2026-12-08T01:41:19.000000",
      "metadata": {
        "purpose": "recording"
      }
    }
  ],
  "backups_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/backups/detail?limit=1&sort=name%3Aasc&marker=2d1067a4-f769-4af6-b3dc-ba86eacdace7"
    }
  ]
};

/** the page backups_links of listPage1 points at. */
export const listPage2 = {
  "backups": [
    {
      "id": "a5c5034d-b71c-44b7-beb4-a6d51d3f8a9b",
      "status": "error",
      "size": 1,
      "object_count": 0,
      "availability_zone": null,
      "container": "/proc/rec-nope",
      "created_at": "2026-12-08T01:41:25.000000",
      "updated_at": "2026-12-08T01:41:25.000000",
      "name": "rec-backup-fail",
      "description": null,
      "fail_reason": "[Errno 2] No such file or directory: '/proc/rec-nope'",
      "volume_id": "bce35dc1-bfa2-4817-bd58-3acb9546d4ef",
      "links": [
        {
          "rel": "self",
          "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/backups/a5c5034d-b71c-44b7-beb4-a6d51d3f8a9b"
        },
        {
          "rel": "bookmark",
          "href": "http://127.0.0.1:8776/93bd1bc6475f4027a0f8b1a6baeddf2a/backups/a5c5034d-b71c-44b7-beb4-a6d51d3f8a9b"
        }
      ],
      "is_incremental": false,
      "has_dependent_backups": false,
      "snapshot_id": null,
      "data_timestamp": "2026-12-08T01:41:25.000000",
      "metadata": {}
    }
  ],
  "backups_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/backups/detail?limit=1&sort=name%3Aasc&marker=a5c5034d-b71c-44b7-beb4-a6d51d3f8a9b"
    }
  ]
};

/** the page backups_links of listPage2 points at. */
export const listPage3 = {
  "backups": []
};

/** GET backups?name=rec-backup. */
export const listSummaries = {
  "backups": [
    {
      "id": "2d1067a4-f769-4af6-b3dc-ba86eacdace7",
      "name": "rec-backup",
      "links": [
        {
          "rel": "self",
          "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/backups/2d1067a4-f769-4af6-b3dc-ba86eacdace7"
        },
        {
          "rel": "bookmark",
          "href": "http://127.0.0.1:8776/93bd1bc6475f4027a0f8b1a6baeddf2a/backups/2d1067a4-f769-4af6-b3dc-ba86eacdace7"
        }
      ]
    }
  ]
};

/** 400 reply to a member's GET backups?project_id=… (not among the default resource_filters). */
export const filterRefused = {
  "badRequest": {
    "code": 400,
    "message": "Invalid filters project_id are found in query options."
  }
};

/** 200 reply to PUT backups/{id} (description, metadata; 3.70). */
export const update = {
  "backup": {
    "id": "2d1067a4-f769-4af6-b3dc-ba86eacdace7",
    "name": "rec-backup",
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/backups/2d1067a4-f769-4af6-b3dc-ba86eacdace7"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8776/93bd1bc6475f4027a0f8b1a6baeddf2a/backups/2d1067a4-f769-4af6-b3dc-ba86eacdace7"
      }
    ]
  }
};

/** 404 reply to PUT backups/{id} at microversion 3.8 (Cinder has no such route before 3.9). */
export const update38 = {
  "itemNotFound": {
    "code": 404,
    "message": "The resource could not be found."
  }
};

/** 202 reply to POST backups/{id}/restore with a name (a new volume). */
export const restoreNew = {
  "restore": {
    "backup_id": "2d1067a4-f769-4af6-b3dc-ba86eacdace7",
    "volume_id": "d5c545cd-9188-4833-b2d8-b75c7c2e7d61",
    "volume_name": "rec-restored"
  }
};

/** 202 reply to POST backups/{id}/restore with the volume_id of an existing volume. */
export const restoreExisting = {
  "restore": {
    "backup_id": "2d1067a4-f769-4af6-b3dc-ba86eacdace7",
    "volume_id": "bce35dc1-bfa2-4817-bd58-3acb9546d4ef",
    "volume_name": "rec-bk-vol"
  }
};

/** GET backups/{id}/export_record, by the admin. */
export const exportRecord = {
  "backup-record": {
    "backup_service": "cinder.backup.drivers.posix.PosixBackupDriver",
    "backup_url": "eyJkcml2ZXJfaW5mbyI6IHt9LCAiaWQiOiAiMmQxMDY3YTQtZjc2OS00YWY2LWIzZGMtYmE4NmVhY2RhY2U3IiwgInVzZXJfaWQiOiAiMTk2MjM5OWJmZTExNGRlZGEyZjhiYTNlMDBlYjk2NmEiLCAicHJvamVjdF9pZCI6ICI5M2JkMWJjNjQ3NWY0MDI3YTBmOGIxYTZiYWVkZGYyYSIsICJ2b2x1bWVfaWQiOiAiYmNlMzVkYzEtYmZhMi00ODE3LWJkNTgtM2FjYjk1NDZkNGVmIiwgImhvc3QiOiAibG9jYWxob3N0IiwgImF2YWlsYWJpbGl0eV96b25lIjogbnVsbCwgImNvbnRhaW5lciI6ICIyZC8xMC8yZDEwNjdhNC1mNzY5LTRhZjYtYjNkYy1iYTg2ZWFjZGFjZTciLCAicGFyZW50X2lkIjogbnVsbCwgInN0YXR1cyI6ICJhdmFpbGFibGUiLCAiZmFpbF9yZWFzb24iOiBudWxsLCAic2l6ZSI6IDEsICJkaXNwbGF5X25hbWUiOiAicmVjLWJhY2t1cCIsICJkaXNwbGF5X2Rlc2NyaXB0aW9uIjogInVwZGF0ZWQiLCAic2VydmljZV9tZXRhZGF0YSI6ICJ2b2x1bWVfYmNlMzVkYzEtYmZhMi00ODE3LWJkNTgtM2FjYjk1NDZkNGVmXzIwMjYxMjA4MDE0MTIwX2JhY2t1cF8yZDEwNjdhNC1mNzY5LTRhZjYtYjNkYy1iYTg2ZWFjZGFjZTciLCAic2VydmljZSI6ICJjaW5kZXIuYmFja3VwLmRyaXZlcnMucG9zaXguUG9zaXhCYWNrdXBEcml2ZXIiLCAib2JqZWN0X2NvdW50IjogMCwgInRlbXBfdm9sdW1lX2lkIjogbnVsbCwgInRlbXBfc25hcHNob3RfaWQiOiBudWxsLCAibnVtX2RlcGVuZGVudF9iYWNrdXBzIjogMCwgInNuYXBzaG90X2lkIjogbnVsbCwgImRhdGFfdGltZXN0YW1wIjogIjIwMjYtMTItMDhUMDE6NDE6MTlaIiwgInJlc3RvcmVfdm9sdW1lX2lkIjogImJjZTM1ZGMxLWJmYTItNDgxNy1iZDU4LTNhY2I5NTQ2ZDRlZiIsICJtZXRhZGF0YSI6IHsicHVycG9zZSI6ICJyZWNvcmRpbmciLCAic3RlcCI6ICIyIn0sICJlbmNyeXB0aW9uX2tleV9pZCI6IG51bGwsICJjcmVhdGVkX2F0IjogIjIwMjYtMTItMDhUMDE6NDE6MTlaIiwgInVwZGF0ZWRfYXQiOiAiMjAyNi0xMi0wOFQwMTo0MTo0NloiLCAiZGVsZXRlZF9hdCI6IG51bGwsICJkZWxldGVkIjogZmFsc2V9"
  }
};

/** 403 reply to the member's export_record. */
export const exportMember = {
  "forbidden": {
    "code": 403,
    "message": "Policy doesn't allow backup:export-import to be performed."
  }
};

/** 403 reply to the member's os-reset_status. */
export const resetMember = {
  "forbidden": {
    "code": 403,
    "message": "Policy doesn't allow volume_extension:backup_admin_actions:reset_status to be performed."
  }
};

/** 400 reply to the admin's import_record of a backup that still exists. */
export const importExists = {
  "badRequest": {
    "code": 400,
    "message": "Invalid backup: Backup already exists in database."
  }
};

/** 201 reply to the admin's import_record after the backup was deleted (the admin's project owns it now). */
export const importRecord = {
  "backup": {
    "id": "2d1067a4-f769-4af6-b3dc-ba86eacdace7",
    "name": "rec-backup",
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8776/v3/b6514526697b440c9fc3ee33a46c2c47/backups/2d1067a4-f769-4af6-b3dc-ba86eacdace7"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8776/b6514526697b440c9fc3ee33a46c2c47/backups/2d1067a4-f769-4af6-b3dc-ba86eacdace7"
      }
    ]
  }
};

/** GET backups/{id} by the admin (project and user fields). */
export const adminGet = {
  "backup": {
    "id": "2d1067a4-f769-4af6-b3dc-ba86eacdace7",
    "status": "available",
    "size": 1,
    "object_count": 0,
    "availability_zone": "nova",
    "container": "2d/10/2d1067a4-f769-4af6-b3dc-ba86eacdace7",
    "created_at": "2026-12-08T01:41:19.000000",
    "updated_at": "2026-12-08T01:42:05.000000",
    "name": "rec-backup",
    "description": "updated",
    "fail_reason": null,
    "volume_id": "bce35dc1-bfa2-4817-bd58-3acb9546d4ef",
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8776/v3/b6514526697b440c9fc3ee33a46c2c47/backups/2d1067a4-f769-4af6-b3dc-ba86eacdace7"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8776/b6514526697b440c9fc3ee33a46c2c47/backups/2d1067a4-f769-4af6-b3dc-ba86eacdace7"
      }
    ],
    "is_incremental": false,
    "has_dependent_backups": false,
    "snapshot_id": null,
    "data_timestamp": "2026-12-08T01:41:19.000000",
    "metadata": {
      "purpose": "recording",
      "step": "2"
    },
    "os-backup-project-attr:project_id": "b6514526697b440c9fc3ee33a46c2c47",
    "user_id": "cfab6ddb0f824600958406c3983f645f"
  }
};
