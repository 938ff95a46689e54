/**
 * Replies recorded from the real Keystone (Zed) in the local cloud, as admin unless the name says
 * member. Nothing edited.
 */

/** 200 reply to the recorded `GET OS-EP-FILTER/projects/e0e4c763835c46e9b3fd992c70ad0a37/endpoints` call. */
export const listProjectEndpoints = {
  "endpoints": [
    {
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
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/OS-EP-FILTER/projects/e0e4c763835c46e9b3fd992c70ad0a37/endpoints",
    "previous": null
  }
};

/** 200 reply to the recorded `GET OS-EP-FILTER/endpoints/4a7b561cabf34f7ead93a9dff4f3d53c/projects` call. */
export const listEndpointProjects = {
  "projects": [
    {
      "id": "e0e4c763835c46e9b3fd992c70ad0a37",
      "name": "rec-ep-project",
      "domain_id": "default",
      "description": "",
      "enabled": true,
      "parent_id": "default",
      "is_domain": false,
      "tags": [],
      "options": {},
      "links": {
        "self": "http://127.0.0.1:5000/v3/projects/e0e4c763835c46e9b3fd992c70ad0a37"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/OS-EP-FILTER/endpoints/4a7b561cabf34f7ead93a9dff4f3d53c/projects",
    "previous": null
  }
};

/** 404 reply to the recorded `GET OS-EP-FILTER/projects/e0e4c763835c46e9b3fd992c70ad0a37/endpoints/4a7b561cabf34f7ead93a9dff4f3d53c` call. */
export const checkMissing = {
  "error": {
    "code": 404,
    "message": "Endpoint 4a7b561cabf34f7ead93a9dff4f3d53c not found in project e0e4c763835c46e9b3fd992c70ad0a37",
    "title": "Not Found"
  }
};

/** 404 reply to the recorded `GET OS-EP-FILTER/projects/nope/endpoints/nope2` call (neither exists). */
export const checkUnknownEndpoint = {
  "error": {
    "code": 404,
    "message": "Could not find endpoint: nope2.",
    "title": "Not Found"
  }
};
