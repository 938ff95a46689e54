/**
 * Replies recorded from the real Keystone (Zed) in the local cloud, as admin unless the name says
 * member. Nothing edited.
 */

/** 201 reply to the recorded `POST regions` call. */
export const create = {
  "region": {
    "id": "rec-region",
    "description": "recorded",
    "parent_region_id": null,
    "links": {
      "self": "http://127.0.0.1:5000/v3/regions/rec-region"
    }
  }
};

/** 201 reply to the recorded `POST regions` call. */
export const createChild = {
  "region": {
    "id": "rec-region-child",
    "description": "child",
    "parent_region_id": "rec-region",
    "links": {
      "self": "http://127.0.0.1:5000/v3/regions/rec-region-child"
    }
  }
};

/** 200 reply to the recorded `GET regions?parent_region_id=rec-region` call. */
export const list = {
  "regions": [
    {
      "id": "rec-region-child",
      "description": "child",
      "parent_region_id": "rec-region",
      "links": {
        "self": "http://127.0.0.1:5000/v3/regions/rec-region-child"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/regions?parent_region_id=rec-region",
    "previous": null
  }
};

/** 200 reply to the recorded `GET regions/rec-region` call. */
export const get = {
  "region": {
    "id": "rec-region",
    "description": "recorded",
    "parent_region_id": null,
    "links": {
      "self": "http://127.0.0.1:5000/v3/regions/rec-region"
    }
  }
};

/** 200 reply to the recorded `PATCH regions/rec-region-child` call. */
export const update = {
  "region": {
    "id": "rec-region-child",
    "description": "changed",
    "parent_region_id": "rec-region",
    "links": {
      "self": "http://127.0.0.1:5000/v3/regions/rec-region-child"
    }
  }
};

/** 404 reply to the recorded `GET regions/rec-none` call. */
export const getMissing = {
  "error": {
    "code": 404,
    "message": "Could not find region: rec-none.",
    "title": "Not Found"
  }
};

/** 404 reply to the recorded `DELETE regions/rec-region-child` call. */
export const deleteChild = {
  "error": {
    "code": 404,
    "message": "Could not find region: rec-region-child.",
    "title": "Not Found"
  }
};

/** 404 reply to the recorded `DELETE regions/rec-region` call. */
export const deleteAfterCascade = {
  "error": {
    "code": 404,
    "message": "Could not find region: rec-region.",
    "title": "Not Found"
  }
};
