/**
 * Replies recorded from the real Keystone (Zed) in the local cloud. Nothing edited.
 */

/** 201 reply to the recorded `user_create` call (POST users). */
export const userCreate = {
  "user": {
    "description": "recorded",
    "email": "rec@example.test",
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
};

/** 409 reply to the recorded `user_create_duplicate` call (POST users). */
export const userCreateDuplicate = {
  "error": {
    "code": 409,
    "message": "Conflict occurred attempting to store user - Duplicate entry found with name rec-user at domain ID default.",
    "title": "Conflict"
  }
};

/** 200 reply to the recorded `user_get` call (GET users/…). */
export const userGet = {
  "user": {
    "description": "recorded",
    "email": "rec@example.test",
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
};

/** 200 reply to the recorded `user_list` call (GET users?name=rec-user&domain_id=default&enabled=true). */
export const userList = {
  "users": [
    {
      "description": "recorded",
      "email": "rec@example.test",
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
    "self": "http://127.0.0.1:5000/v3/users?name=rec-user&domain_id=default&enabled=true",
    "previous": null
  }
};

/** 403 reply to the recorded `user_list_member` call (GET users). */
export const userListMember = {
  "error": {
    "code": 403,
    "message": "You are not authorized to perform the requested action: identity:list_users.",
    "title": "Forbidden"
  }
};

/** 200 reply to the recorded `user_update` call (PATCH users/…). */
export const userUpdate = {
  "user": {
    "description": "changed",
    "email": "rec2@example.test",
    "id": "9e4bc7abf46f4353821aee31125f328b",
    "name": "rec-user",
    "domain_id": "default",
    "enabled": true,
    "password_expires_at": null,
    "extra": {
      "description": "changed",
      "email": "rec2@example.test"
    },
    "options": {
      "ignore_password_expiry": true
    },
    "links": {
      "self": "http://127.0.0.1:5000/v3/users/9e4bc7abf46f4353821aee31125f328b"
    }
  }
};

/** 401 reply to the recorded `user_password_wrong` call (POST users/…/password). */
export const userPasswordWrong = {
  "error": {
    "code": 401,
    "message": "The request you have made requires authentication.",
    "title": "Unauthorized"
  }
};

/** 404 reply to the recorded `user_not_found` call (GET users/…). */
export const userNotFound = {
  "error": {
    "code": 404,
    "message": "Could not find user: 9e4bc7abf46f4353821aee31125f328b.",
    "title": "Not Found"
  }
};

/** 200 reply to the recorded `user_list_groups` call (GET users/…/groups). */
export const userListGroups = {
  "groups": [
    {
      "id": "4dc1f4d9355e49f7a7460f1e8279a8b2",
      "name": "rec-group",
      "domain_id": "default",
      "description": "changed",
      "membership_expires_at": null,
      "links": {
        "self": "http://127.0.0.1:5000/v3/groups/4dc1f4d9355e49f7a7460f1e8279a8b2"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/users/9e4bc7abf46f4353821aee31125f328b/groups",
    "previous": null
  }
};

/** 200 reply to the recorded `user_list_projects` call (GET users/…/projects). */
export const userListProjects = {
  "projects": [
    {
      "id": "56a1734a387a4a25a56ee940578c82dd",
      "name": "demo",
      "domain_id": "default",
      "description": "demo project",
      "enabled": true,
      "parent_id": "default",
      "is_domain": false,
      "tags": [],
      "options": {},
      "links": {
        "self": "http://127.0.0.1:5000/v3/projects/56a1734a387a4a25a56ee940578c82dd"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/users/5ce87aa153d147269f85b1f397a18dd1/projects",
    "previous": null
  }
};

/** 200 reply to the recorded `demo_lookup` call (GET users?name=demo&domain_id=default). */
export const demoLookup = {
  "users": [
    {
      "id": "5ce87aa153d147269f85b1f397a18dd1",
      "name": "demo",
      "domain_id": "default",
      "enabled": true,
      "default_project_id": "56a1734a387a4a25a56ee940578c82dd",
      "password_expires_at": null,
      "options": {},
      "links": {
        "self": "http://127.0.0.1:5000/v3/users/5ce87aa153d147269f85b1f397a18dd1"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/users?name=demo&domain_id=default",
    "previous": null
  }
};
