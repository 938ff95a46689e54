/**
 * Replies recorded from the real Cinder (Zed, 21.3.1, FakeLoggingVolumeDriver, cinder-backup) in the
 * local cloud by the demo member, or the admin where noted; nothing edited.
 */

/** GET os-quota-sets/{demo project}, by the member. */
export const quota = {
  "quota_set": {
    "volumes": 10,
    "per_volume_gigabytes": -1,
    "snapshots": 10,
    "gigabytes": 1000,
    "backups": 10,
    "backup_gigabytes": 1000,
    "volumes___DEFAULT__": -1,
    "gigabytes___DEFAULT__": -1,
    "snapshots___DEFAULT__": -1,
    "groups": 10,
    "id": "93bd1bc6475f4027a0f8b1a6baeddf2a"
  }
};

/** GET os-quota-sets/{demo project}?usage=true, by the member. */
export const quotaUsage = {
  "quota_set": {
    "volumes": {
      "limit": 10,
      "in_use": 0,
      "reserved": 0
    },
    "per_volume_gigabytes": {
      "limit": -1,
      "in_use": 0,
      "reserved": 0
    },
    "snapshots": {
      "limit": 10,
      "in_use": 0,
      "reserved": 0
    },
    "gigabytes": {
      "limit": 1000,
      "in_use": 0,
      "reserved": 0
    },
    "backups": {
      "limit": 10,
      "in_use": 0,
      "reserved": 0
    },
    "backup_gigabytes": {
      "limit": 1000,
      "in_use": 0,
      "reserved": 0
    },
    "volumes___DEFAULT__": {
      "limit": -1,
      "in_use": 0,
      "reserved": 0
    },
    "gigabytes___DEFAULT__": {
      "limit": -1,
      "in_use": 0,
      "reserved": 0
    },
    "snapshots___DEFAULT__": {
      "limit": -1,
      "in_use": 0,
      "reserved": 0
    },
    "groups": {
      "limit": 10,
      "in_use": 0,
      "reserved": 0
    },
    "id": "93bd1bc6475f4027a0f8b1a6baeddf2a"
  }
};

/** GET os-quota-sets/{demo project}/defaults. */
export const quotaDefaults = {
  "quota_set": {
    "volumes": 10,
    "per_volume_gigabytes": -1,
    "snapshots": 10,
    "gigabytes": 1000,
    "backups": 10,
    "backup_gigabytes": 1000,
    "volumes___DEFAULT__": -1,
    "gigabytes___DEFAULT__": -1,
    "snapshots___DEFAULT__": -1,
    "groups": 10,
    "id": "93bd1bc6475f4027a0f8b1a6baeddf2a"
  }
};

/** PUT os-quota-sets/{admin project} with volumes 25 and backups 12, by the admin. */
export const quotaUpdate = {
  "quota_set": {
    "volumes": 25,
    "per_volume_gigabytes": -1,
    "snapshots": 10,
    "gigabytes": 1000,
    "backups": 12,
    "backup_gigabytes": 1000,
    "volumes___DEFAULT__": -1,
    "gigabytes___DEFAULT__": -1,
    "snapshots___DEFAULT__": -1,
    "groups": 10
  }
};

/** 403 reply to the member's PUT os-quota-sets. */
export const quotaUpdateMember = {
  "forbidden": {
    "code": 403,
    "message": "Policy doesn't allow volume_extension:quotas:update to be performed."
  }
};
