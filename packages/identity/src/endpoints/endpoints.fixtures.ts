/**
 * Replies recorded from the real Keystone (Zed) in the local cloud, as admin unless the name says
 * member. Nothing edited.
 */

/** 201 reply to the recorded `POST regions` call. */
export const region = {
  "region": {
    "id": "rec-ep-region",
    "description": "",
    "parent_region_id": null,
    "links": {
      "self": "http://127.0.0.1:5000/v3/regions/rec-ep-region"
    }
  }
};

/** 201 reply to the recorded `POST endpoints` call. */
export const create = {
  "endpoint": {
    "id": "4a7b561cabf34f7ead93a9dff4f3d53c",
    "interface": "public",
    "region_id": "rec-ep-region",
    "service_id": "ffc25462802c4e2ca0aaa7231de3ed7a",
    "url": "http://rec.example.test/v1",
    "enabled": true,
    "region": "rec-ep-region",
    "links": {
      "self": "http://127.0.0.1:5000/v3/endpoints/4a7b561cabf34f7ead93a9dff4f3d53c"
    }
  }
};

/** 201 reply to the recorded `POST endpoints` call. */
export const createInternal = {
  "endpoint": {
    "id": "11de7e6854b44844915ee349ec659929",
    "interface": "internal",
    "region_id": null,
    "service_id": "ffc25462802c4e2ca0aaa7231de3ed7a",
    "url": "http://rec.internal.test/v1",
    "enabled": true,
    "region": null,
    "links": {
      "self": "http://127.0.0.1:5000/v3/endpoints/11de7e6854b44844915ee349ec659929"
    }
  }
};

/** 200 reply to the recorded `GET endpoints?interface=public&service_id=ffc25462802c4e2ca0aaa7231de3ed7a&region_id=rec-ep-region` call. */
export const list = {
  "endpoints": [
    {
      "id": "4a7b561cabf34f7ead93a9dff4f3d53c",
      "interface": "public",
      "region_id": "rec-ep-region",
      "service_id": "ffc25462802c4e2ca0aaa7231de3ed7a",
      "url": "http://rec.example.test/v1",
      "enabled": true,
      "region": "rec-ep-region",
      "links": {
        "self": "http://127.0.0.1:5000/v3/endpoints/4a7b561cabf34f7ead93a9dff4f3d53c"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/endpoints?interface=public&service_id=ffc25462802c4e2ca0aaa7231de3ed7a&region_id=rec-ep-region",
    "previous": null
  }
};

/** 200 reply to the recorded `GET endpoints/4a7b561cabf34f7ead93a9dff4f3d53c` call. */
export const get = {
  "endpoint": {
    "id": "4a7b561cabf34f7ead93a9dff4f3d53c",
    "interface": "public",
    "region_id": "rec-ep-region",
    "service_id": "ffc25462802c4e2ca0aaa7231de3ed7a",
    "url": "http://rec.example.test/v1",
    "enabled": true,
    "region": "rec-ep-region",
    "links": {
      "self": "http://127.0.0.1:5000/v3/endpoints/4a7b561cabf34f7ead93a9dff4f3d53c"
    }
  }
};

/** 200 reply to the recorded `PATCH endpoints/4a7b561cabf34f7ead93a9dff4f3d53c` call. */
export const update = {
  "endpoint": {
    "id": "4a7b561cabf34f7ead93a9dff4f3d53c",
    "interface": "public",
    "region_id": "rec-ep-region",
    "service_id": "ffc25462802c4e2ca0aaa7231de3ed7a",
    "url": "http://rec.example.test/v2",
    "enabled": false,
    "region": "rec-ep-region",
    "links": {
      "self": "http://127.0.0.1:5000/v3/endpoints/4a7b561cabf34f7ead93a9dff4f3d53c"
    }
  }
};

/** 400 reply to the recorded `POST endpoints` call. */
export const badInterface = {
  "error": {
    "code": 400,
    "message": "Invalid input for field 'interface': 'bogus' is not one of ['admin', 'internal', 'public']\n\nFailed validating 'enum' in schema['properties']['interface']:\n    {'enum': ['admin', 'internal', 'public'], 'type': 'string'}\n\nOn instance['interface']:\n    'bogus'",
    "title": "Bad Request"
  }
};

/** 404 reply to the recorded `GET endpoints/00000000000000000000000000000000` call. */
export const getMissing = {
  "error": {
    "code": 404,
    "message": "Could not find endpoint: 00000000000000000000000000000000.",
    "title": "Not Found"
  }
};
