/**
 * Replies recorded from the real Cinder (Zed, 21.3.1, FakeLoggingVolumeDriver) in the local cloud by the
 * demo member, or the admin where noted; nothing edited.
 */

/** GET group_types, by the member. */
export const gtListMember = {
  "group_types": [
    {
      "id": "1e78f753-4dab-451a-a1eb-c73e6832e731",
      "name": "default_cgsnapshot_type",
      "description": "Default group type for migrating cgsnapshot",
      "is_public": true
    }
  ]
};

/** 202 reply to the admin's POST group_types with group_specs. */
export const gtCreate = {
  "group_type": {
    "id": "6c1d9086-703d-42c7-b4ed-7d81ccddbe1b",
    "name": "rec-group-type",
    "description": "recorded",
    "is_public": true,
    "group_specs": {
      "consistent_group_snapshot_enabled": "<is> False"
    }
  }
};

/** 403 reply to the member's POST group_types. */
export const gtCreateMember = {
  "forbidden": {
    "code": 403,
    "message": "Policy doesn't allow group:group_types:create to be performed."
  }
};

/** GET group_types/{id}, by the member (no group_specs). */
export const gtGet = {
  "group_type": {
    "id": "6c1d9086-703d-42c7-b4ed-7d81ccddbe1b",
    "name": "rec-group-type",
    "description": "recorded",
    "is_public": true
  }
};

/** 404 reply to GET group_types/default: the local cloud sets no default_group_type. */
export const gtDefault = {
  "itemNotFound": {
    "code": 404,
    "message": "Default group type can not be found."
  }
};

/** 200 reply to the admin's PUT group_types/{id}. */
export const gtUpdate = {
  "group_type": {
    "id": "6c1d9086-703d-42c7-b4ed-7d81ccddbe1b",
    "name": "rec-group-type",
    "description": "updated",
    "is_public": true,
    "group_specs": {
      "consistent_group_snapshot_enabled": "<is> False"
    }
  }
};

/** GET group_types/{id}/group_specs, by the admin. */
export const gtSpecs = {
  "group_specs": {
    "consistent_group_snapshot_enabled": "<is> False"
  }
};

/** 202 reply to the admin's POST group_types/{id}/group_specs. */
export const gtSpecsSet = {
  "group_specs": {
    "rec_key": "v"
  }
};

/** GET group_types/{id}/group_specs/rec_key, by the admin. */
export const gtSpecGet = {
  "rec_key": "v"
};

/** 200 reply to the admin's PUT group_types/{id}/group_specs/rec_key. */
export const gtSpecPut = {
  "rec_key": "w"
};
