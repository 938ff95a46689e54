/**
 * Replies recorded from the real Keystone (Zed) in the local cloud, as admin unless the name says
 * member. Nothing edited.
 */

/** 201 reply to the recorded `POST services` call. */
export const create = {
  "service": {
    "name": "rec-service",
    "description": "recorded",
    "id": "ffc25462802c4e2ca0aaa7231de3ed7a",
    "type": "rec-type",
    "enabled": true,
    "links": {
      "self": "http://127.0.0.1:5000/v3/services/ffc25462802c4e2ca0aaa7231de3ed7a"
    }
  }
};

/** 200 reply to the recorded `GET services?type=rec-type` call. */
export const list = {
  "services": [
    {
      "name": "rec-service",
      "description": "recorded",
      "id": "ffc25462802c4e2ca0aaa7231de3ed7a",
      "type": "rec-type",
      "enabled": true,
      "links": {
        "self": "http://127.0.0.1:5000/v3/services/ffc25462802c4e2ca0aaa7231de3ed7a"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/services?type=rec-type",
    "previous": null
  }
};

/** 200 reply to the recorded `GET services/ffc25462802c4e2ca0aaa7231de3ed7a` call. */
export const get = {
  "service": {
    "name": "rec-service",
    "description": "recorded",
    "id": "ffc25462802c4e2ca0aaa7231de3ed7a",
    "type": "rec-type",
    "enabled": true,
    "links": {
      "self": "http://127.0.0.1:5000/v3/services/ffc25462802c4e2ca0aaa7231de3ed7a"
    }
  }
};

/** 200 reply to the recorded `PATCH services/ffc25462802c4e2ca0aaa7231de3ed7a` call. */
export const update = {
  "service": {
    "name": "rec-service",
    "description": "changed",
    "id": "ffc25462802c4e2ca0aaa7231de3ed7a",
    "type": "rec-type",
    "enabled": false,
    "links": {
      "self": "http://127.0.0.1:5000/v3/services/ffc25462802c4e2ca0aaa7231de3ed7a"
    }
  }
};

/** 404 reply to the recorded `GET services/00000000000000000000000000000000` call. */
export const getMissing = {
  "error": {
    "code": 404,
    "message": "Could not find service: 00000000000000000000000000000000.",
    "title": "Not Found"
  }
};

/** 403 reply to the recorded `POST services` call. */
export const memberCreate = {
  "error": {
    "code": 403,
    "message": "You are not authorized to perform the requested action: identity:create_service.",
    "title": "Forbidden"
  }
};
