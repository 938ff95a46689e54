/**
 * Replies recorded from the real Keystone (Zed) in the local cloud, as the member demo. Nothing edited.
 */

/** 201 reply to `POST credentials` (recorded as `create`). */
export const create = {
  "credential": {
    "id": "3bcb073d3985458695a9a2c932bb317a",
    "user_id": "5ce87aa153d147269f85b1f397a18dd1",
    "project_id": "56a1734a387a4a25a56ee940578c82dd",
    "type": "cert",
    "blob": "{\"rec\":\"blob\"}",
    "links": {
      "self": "http://127.0.0.1:5000/v3/credentials/3bcb073d3985458695a9a2c932bb317a"
    }
  }
};

/** 200 reply to `GET credentials` (recorded as `list`). */
export const list = {
  "credentials": [
    {
      "id": "3bcb073d3985458695a9a2c932bb317a",
      "user_id": "5ce87aa153d147269f85b1f397a18dd1",
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "type": "cert",
      "blob": "{\"rec\":\"blob\"}",
      "links": {
        "self": "http://127.0.0.1:5000/v3/credentials/3bcb073d3985458695a9a2c932bb317a"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/credentials?user_id=5ce87aa153d147269f85b1f397a18dd1&type=cert",
    "previous": null
  }
};

/** 200 reply to `GET credentials/3bcb073d3985458695a9a2c932bb317a` (recorded as `get`). */
export const get = {
  "credential": {
    "id": "3bcb073d3985458695a9a2c932bb317a",
    "user_id": "5ce87aa153d147269f85b1f397a18dd1",
    "project_id": "56a1734a387a4a25a56ee940578c82dd",
    "type": "cert",
    "blob": "{\"rec\":\"blob\"}",
    "links": {
      "self": "http://127.0.0.1:5000/v3/credentials/3bcb073d3985458695a9a2c932bb317a"
    }
  }
};

/** 200 reply to `PATCH credentials/3bcb073d3985458695a9a2c932bb317a` (recorded as `update`). */
export const update = {
  "credential": {
    "id": "3bcb073d3985458695a9a2c932bb317a",
    "user_id": "5ce87aa153d147269f85b1f397a18dd1",
    "project_id": "56a1734a387a4a25a56ee940578c82dd",
    "type": "cert",
    "blob": "{\"rec\":\"changed\"}",
    "links": {
      "self": "http://127.0.0.1:5000/v3/credentials/3bcb073d3985458695a9a2c932bb317a"
    }
  }
};

/** 403 reply to `POST credentials` (recorded as `create_other_user`). */
export const createOtherUser = {
  "error": {
    "code": 403,
    "message": "You are not authorized to perform the requested action: identity:create_credential.",
    "title": "Forbidden"
  }
};

/** 400 reply to `POST credentials` (recorded as `create_bad_ec2`). */
export const createBadEc2 = {
  "error": {
    "code": 400,
    "message": "Invalid blob in credential",
    "title": "Bad Request"
  }
};

/** 403 reply to `GET credentials/3bcb073d3985458695a9a2c932bb317a` (recorded as `get_missing`). */
export const getMissing = {
  "error": {
    "code": 403,
    "message": "You are not authorized to perform the requested action: identity:get_credential.",
    "title": "Forbidden"
  }
};
