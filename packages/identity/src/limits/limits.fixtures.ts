/**
 * Replies recorded from the real Keystone (Zed, 22.0.2) in the local cloud, as admin unless the name says member. Nothing edited.
 */

/** 201 reply to the recorded `POST registered_limits` call. */
export const createRegistered = {
  "registered_limits": [
    {
      "id": "78652dc8584f45b8994aa6679b969009",
      "service_id": "b4903a5407e5404aaf530eabced68a59",
      "region_id": "RegionOne",
      "resource_name": "rec-cores",
      "default_limit": 10,
      "description": "recorded",
      "links": {
        "self": "http://127.0.0.1:5000/v3/registered_limits/78652dc8584f45b8994aa6679b969009"
      }
    },
    {
      "id": "e425a2ab66ba42558813df802ac0be97",
      "service_id": "b4903a5407e5404aaf530eabced68a59",
      "region_id": null,
      "resource_name": "rec-ram",
      "default_limit": 2048,
      "description": null,
      "links": {
        "self": "http://127.0.0.1:5000/v3/registered_limits/e425a2ab66ba42558813df802ac0be97"
      }
    }
  ]
};

/** 409 reply to the recorded `POST registered_limits` call. */
export const createRegisteredDuplicate = {
  "error": {
    "code": 409,
    "message": "Conflict occurred attempting to store registered_limit - Duplicate entry.",
    "title": "Conflict"
  }
};

/** 200 reply to the recorded `GET registered_limits` call. */
export const listRegistered = {
  "registered_limits": [
    {
      "id": "78652dc8584f45b8994aa6679b969009",
      "service_id": "b4903a5407e5404aaf530eabced68a59",
      "region_id": "RegionOne",
      "resource_name": "rec-cores",
      "default_limit": 10,
      "description": "recorded",
      "links": {
        "self": "http://127.0.0.1:5000/v3/registered_limits/78652dc8584f45b8994aa6679b969009"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/registered_limits?service_id=b4903a5407e5404aaf530eabced68a59&region_id=RegionOne&resource_name=rec-cores",
    "previous": null
  }
};

/** 200 reply to the recorded `GET registered_limits/{id}` call. */
export const getRegistered = {
  "registered_limit": {
    "id": "78652dc8584f45b8994aa6679b969009",
    "service_id": "b4903a5407e5404aaf530eabced68a59",
    "region_id": "RegionOne",
    "resource_name": "rec-cores",
    "default_limit": 10,
    "description": "recorded",
    "links": {
      "self": "http://127.0.0.1:5000/v3/registered_limits/78652dc8584f45b8994aa6679b969009"
    }
  }
};

/** 200 reply to the recorded `PATCH registered_limits/{id}` call. */
export const updateRegistered = {
  "registered_limit": {
    "id": "78652dc8584f45b8994aa6679b969009",
    "service_id": "b4903a5407e5404aaf530eabced68a59",
    "region_id": "RegionOne",
    "resource_name": "rec-cores",
    "default_limit": 20,
    "description": "changed",
    "links": {
      "self": "http://127.0.0.1:5000/v3/registered_limits/78652dc8584f45b8994aa6679b969009"
    }
  }
};

/** 201 reply to the recorded `POST limits` call. */
export const create = {
  "limits": [
    {
      "id": "3f35bdfc9b2f4df5812f35a7bc6558a2",
      "project_id": "a7678b802c4240eaa2006cbba0267bd7",
      "domain_id": null,
      "resource_limit": 5,
      "description": "recorded",
      "service_id": "b4903a5407e5404aaf530eabced68a59",
      "region_id": "RegionOne",
      "resource_name": "rec-cores",
      "links": {
        "self": "http://127.0.0.1:5000/v3/limits/3f35bdfc9b2f4df5812f35a7bc6558a2"
      }
    }
  ]
};

/** 200 reply to the recorded `GET limits` call. */
export const list = {
  "limits": [
    {
      "id": "3f35bdfc9b2f4df5812f35a7bc6558a2",
      "project_id": "a7678b802c4240eaa2006cbba0267bd7",
      "domain_id": null,
      "resource_limit": 5,
      "description": "recorded",
      "service_id": "b4903a5407e5404aaf530eabced68a59",
      "region_id": "RegionOne",
      "resource_name": "rec-cores",
      "links": {
        "self": "http://127.0.0.1:5000/v3/limits/3f35bdfc9b2f4df5812f35a7bc6558a2"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/limits?service_id=b4903a5407e5404aaf530eabced68a59&region_id=RegionOne&resource_name=rec-cores&project_id=a7678b802c4240eaa2006cbba0267bd7",
    "previous": null
  }
};

/** 200 reply to the recorded `GET limits/{id}` call. */
export const get = {
  "limit": {
    "id": "3f35bdfc9b2f4df5812f35a7bc6558a2",
    "project_id": "a7678b802c4240eaa2006cbba0267bd7",
    "domain_id": null,
    "resource_limit": 5,
    "description": "recorded",
    "service_id": "b4903a5407e5404aaf530eabced68a59",
    "region_id": "RegionOne",
    "resource_name": "rec-cores",
    "links": {
      "self": "http://127.0.0.1:5000/v3/limits/3f35bdfc9b2f4df5812f35a7bc6558a2"
    }
  }
};

/** 200 reply to the recorded `PATCH limits/{id}` call. */
export const update = {
  "limit": {
    "id": "3f35bdfc9b2f4df5812f35a7bc6558a2",
    "project_id": "a7678b802c4240eaa2006cbba0267bd7",
    "domain_id": null,
    "resource_limit": 8,
    "description": "changed",
    "service_id": "b4903a5407e5404aaf530eabced68a59",
    "region_id": "RegionOne",
    "resource_name": "rec-cores",
    "links": {
      "self": "http://127.0.0.1:5000/v3/limits/3f35bdfc9b2f4df5812f35a7bc6558a2"
    }
  }
};

/** 200 reply to the recorded `GET limits/model` call. */
export const model = {
  "model": {
    "name": "flat",
    "description": "Limit enforcement and validation does not take project hierarchy into consideration."
  }
};

/** 200 reply to the recorded `GET limits` call. */
export const listAll = {
  "limits": [
    {
      "id": "3f35bdfc9b2f4df5812f35a7bc6558a2",
      "project_id": "a7678b802c4240eaa2006cbba0267bd7",
      "domain_id": null,
      "resource_limit": 8,
      "description": "changed",
      "service_id": "b4903a5407e5404aaf530eabced68a59",
      "region_id": "RegionOne",
      "resource_name": "rec-cores",
      "links": {
        "self": "http://127.0.0.1:5000/v3/limits/3f35bdfc9b2f4df5812f35a7bc6558a2"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/limits?service_id=b4903a5407e5404aaf530eabced68a59",
    "previous": null
  }
};

/** 403 reply to the recorded `POST limits` call. */
export const memberCreate = {
  "error": {
    "code": 403,
    "message": "You are not authorized to perform the requested action: identity:create_limits.",
    "title": "Forbidden"
  }
};

/** 404 reply to the recorded `GET limits/{id}` call. */
export const getMissing = {
  "error": {
    "code": 404,
    "message": "Could not find limit for 3f35bdfc9b2f4df5812f35a7bc6558a2.",
    "title": "Not Found"
  }
};

/** 200 reply to the recorded `GET limits` call. */
export const listAsProjectAdmin = {
  "limits": [],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/limits?project_id=a7678b802c4240eaa2006cbba0267bd7",
    "previous": null
  }
};
