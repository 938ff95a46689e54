/**
 * Replies recorded from the real Keystone (Zed) in the local cloud. Nothing edited.
 */

/** 201 reply to the recorded `group_create` call (POST groups). */
export const groupCreate = {
  "group": {
    "id": "4dc1f4d9355e49f7a7460f1e8279a8b2",
    "name": "rec-group",
    "domain_id": "default",
    "description": "recorded",
    "links": {
      "self": "http://127.0.0.1:5000/v3/groups/4dc1f4d9355e49f7a7460f1e8279a8b2"
    }
  }
};

/** 200 reply to the recorded `group_get` call (GET groups/…). */
export const groupGet = {
  "group": {
    "id": "4dc1f4d9355e49f7a7460f1e8279a8b2",
    "name": "rec-group",
    "domain_id": "default",
    "description": "recorded",
    "links": {
      "self": "http://127.0.0.1:5000/v3/groups/4dc1f4d9355e49f7a7460f1e8279a8b2"
    }
  }
};

/** 200 reply to the recorded `group_list` call (GET groups?name=rec-group&domain_id=default). */
export const groupList = {
  "groups": [
    {
      "id": "4dc1f4d9355e49f7a7460f1e8279a8b2",
      "name": "rec-group",
      "domain_id": "default",
      "description": "recorded",
      "links": {
        "self": "http://127.0.0.1:5000/v3/groups/4dc1f4d9355e49f7a7460f1e8279a8b2"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/groups?name=rec-group&domain_id=default",
    "previous": null
  }
};

/** 200 reply to the recorded `group_update` call (PATCH groups/…). */
export const groupUpdate = {
  "group": {
    "id": "4dc1f4d9355e49f7a7460f1e8279a8b2",
    "name": "rec-group",
    "domain_id": "default",
    "description": "changed",
    "links": {
      "self": "http://127.0.0.1:5000/v3/groups/4dc1f4d9355e49f7a7460f1e8279a8b2"
    }
  }
};

/** 404 reply to the recorded `group_check_absent_get` call (GET groups/…/users/…). */
export const groupCheckAbsentGet = {
  "error": {
    "code": 404,
    "message": "User '9e4bc7abf46f4353821aee31125f328b' not found in group '4dc1f4d9355e49f7a7460f1e8279a8b2'",
    "title": "Not Found"
  }
};

/** 404 reply to the recorded `group_check_missing_group` call (GET groups/…/users/…). */
export const groupCheckMissingGroup = {
  "error": {
    "code": 404,
    "message": "Could not find group: 00000000000000000000000000000000.",
    "title": "Not Found"
  }
};

/** 200 reply to the recorded `group_list_users` call (GET groups/…/users). */
export const groupListUsers = {
  "users": [
    {
      "description": "changed",
      "email": "rec2@example.test",
      "id": "9e4bc7abf46f4353821aee31125f328b",
      "name": "rec-user",
      "domain_id": "default",
      "enabled": true,
      "password_expires_at": null,
      "options": {
        "ignore_password_expiry": true
      },
      "links": {
        "self": "http://127.0.0.1:5000/v3/users/9e4bc7abf46f4353821aee31125f328b"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/groups/4dc1f4d9355e49f7a7460f1e8279a8b2/users",
    "previous": null
  }
};

/** 404 reply to the recorded `group_not_found` call (GET groups/…). */
export const groupNotFound = {
  "error": {
    "code": 404,
    "message": "Could not find group: 4dc1f4d9355e49f7a7460f1e8279a8b2.",
    "title": "Not Found"
  }
};
