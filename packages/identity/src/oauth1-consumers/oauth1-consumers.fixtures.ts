/**
 * Replies recorded from the real Keystone (Zed, 22.0.2) in the local cloud, as admin unless the name says member. Nothing edited.
 */

/** 201 reply to the recorded `POST OS-OAUTH1/consumers` call. */
export const create = {
  "consumer": {
    "id": "c5e0168d3565438cbf5ffa179561e546",
    "description": "rec-consumer",
    "secret": "83c79a6afdd34437a088cc3c9e968f36",
    "links": {
      "self": "http://127.0.0.1:5000/v3/OS-OAUTH1/consumers/c5e0168d3565438cbf5ffa179561e546"
    }
  }
};

/** 200 reply to the recorded `GET OS-OAUTH1/consumers` call. */
export const list = {
  "consumers": [
    {
      "id": "c5e0168d3565438cbf5ffa179561e546",
      "description": "rec-consumer",
      "links": {
        "self": "http://127.0.0.1:5000/v3/OS-OAUTH1/consumers/c5e0168d3565438cbf5ffa179561e546"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/OS-OAUTH1/consumers",
    "previous": null
  }
};

/** 200 reply to the recorded `GET OS-OAUTH1/consumers/{id}` call. */
export const get = {
  "consumer": {
    "id": "c5e0168d3565438cbf5ffa179561e546",
    "description": "rec-consumer",
    "links": {
      "self": "http://127.0.0.1:5000/v3/OS-OAUTH1/consumers/c5e0168d3565438cbf5ffa179561e546"
    }
  }
};

/** 200 reply to the recorded `PATCH OS-OAUTH1/consumers/{id}` call. */
export const update = {
  "consumer": {
    "id": "c5e0168d3565438cbf5ffa179561e546",
    "description": "rec-changed",
    "links": {
      "self": "http://127.0.0.1:5000/v3/OS-OAUTH1/consumers/c5e0168d3565438cbf5ffa179561e546"
    }
  }
};

/** 403 reply to the recorded `GET OS-OAUTH1/consumers` call. */
export const memberList = {
  "error": {
    "code": 403,
    "message": "You are not authorized to perform the requested action: identity:list_consumers.",
    "title": "Forbidden"
  }
};

/** 404 reply to the recorded `GET OS-OAUTH1/consumers/{id}` call. */
export const getMissing = {
  "error": {
    "code": 404,
    "message": "Consumer not found",
    "title": "Not Found"
  }
};
