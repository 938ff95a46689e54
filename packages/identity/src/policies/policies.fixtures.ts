/**
 * Replies recorded from the real Keystone (Zed, 22.0.2) in the local cloud, as admin unless the name says member. Nothing edited.
 */

/** 201 reply to the recorded `POST policies` call. */
export const create = {
  "policy": {
    "id": "cb8c591cd81948579962f799c020af25",
    "blob": "{\"rec\": \"rule:admin_required\"}",
    "type": "application/json",
    "links": {
      "self": "http://127.0.0.1:5000/v3/policies/cb8c591cd81948579962f799c020af25"
    }
  }
};

/** 200 reply to the recorded `GET policies` call. */
export const list = {
  "policies": [
    {
      "id": "cb8c591cd81948579962f799c020af25",
      "blob": "{\"rec\": \"rule:admin_required\"}",
      "type": "application/json",
      "links": {
        "self": "http://127.0.0.1:5000/v3/policies/cb8c591cd81948579962f799c020af25"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/policies?type=application/json",
    "previous": null
  }
};

/** 200 reply to the recorded `GET policies/{id}` call. */
export const get = {
  "policy": {
    "id": "cb8c591cd81948579962f799c020af25",
    "blob": "{\"rec\": \"rule:admin_required\"}",
    "type": "application/json",
    "links": {
      "self": "http://127.0.0.1:5000/v3/policies/cb8c591cd81948579962f799c020af25"
    }
  }
};

/** 200 reply to the recorded `PATCH policies/{id}` call. */
export const update = {
  "policy": {
    "id": "cb8c591cd81948579962f799c020af25",
    "blob": "{\"rec\": \"role:member\"}",
    "type": "application/x-rec",
    "links": {
      "self": "http://127.0.0.1:5000/v3/policies/cb8c591cd81948579962f799c020af25"
    }
  }
};

/** 403 reply to the recorded `POST policies` call. */
export const memberCreate = {
  "error": {
    "code": 403,
    "message": "You are not authorized to perform the requested action: identity:create_policy.",
    "title": "Forbidden"
  }
};

/** 404 reply to the recorded `GET policies/{id}` call. */
export const getMissing = {
  "error": {
    "code": 404,
    "message": "Could not find policy: cb8c591cd81948579962f799c020af25.",
    "title": "Not Found"
  }
};
