/**
 * Replies recorded from the real Cinder (Zed, microversion 3.70) in the local cloud, as admin unless
 * the comment says member; only the project IDs are replaced, by `PROJECT` (the member's) and
 * `ADMIN_PROJECT`, so the links point at the fake cloud's endpoint.
 */

/** 200 reply to `POST /qos-specs` with a name, `consumer: back-end` and two limits. */
export const created = {
  "qos_specs": {
    "id": "1c8ed86e-1a82-438c-a07f-eb71c6a448e7",
    "name": "rec-qos",
    "consumer": "back-end",
    "specs": {
      "read_iops_sec": "1000",
      "write_iops_sec": "500"
    }
  },
  "links": [
    {
      "rel": "self",
      "href": "http://127.0.0.1:8776/v3/ADMIN_PROJECT/qos-specs/1c8ed86e-1a82-438c-a07f-eb71c6a448e7"
    },
    {
      "rel": "bookmark",
      "href": "http://127.0.0.1:8776/ADMIN_PROJECT/qos-specs/1c8ed86e-1a82-438c-a07f-eb71c6a448e7"
    }
  ]
};

/** 200 reply to `POST /qos-specs` with a name only. */
export const createdDefaults = {
  "qos_specs": {
    "id": "7b1ea0f4-9765-4c54-8242-f6e3d5e0d3ef",
    "name": "rec-qos-b",
    "consumer": "back-end",
    "specs": {}
  },
  "links": [
    {
      "rel": "self",
      "href": "http://127.0.0.1:8776/v3/ADMIN_PROJECT/qos-specs/7b1ea0f4-9765-4c54-8242-f6e3d5e0d3ef"
    },
    {
      "rel": "bookmark",
      "href": "http://127.0.0.1:8776/ADMIN_PROJECT/qos-specs/7b1ea0f4-9765-4c54-8242-f6e3d5e0d3ef"
    }
  ]
};

/** 403 reply to `POST /qos-specs` as the member. */
export const createRefused = {
  "forbidden": {
    "code": 403,
    "message": "Policy doesn't allow volume_extension:qos_specs_manage:create to be performed."
  }
};

/** 403 reply to `GET /qos-specs` as the member. */
export const listRefused = {
  "forbidden": {
    "code": 403,
    "message": "Policy doesn't allow volume_extension:qos_specs_manage:get_all to be performed."
  }
};

/** 200 reply to `GET /qos-specs?limit=1&sort_key=created_at&sort_dir=asc`. */
export const page1 = {
  "qos_specs": [
    {
      "id": "022e19fc-1c9a-45a8-beaa-1ce97c0f6280",
      "name": "rec-qos-a",
      "consumer": "front-end",
      "specs": {
        "total_iops_sec": "100"
      }
    }
  ],
  "qos_specs_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:8776/v3/ADMIN_PROJECT/qos-specs?limit=1&sort_key=created_at&sort_dir=asc&marker=022e19fc-1c9a-45a8-beaa-1ce97c0f6280"
    }
  ]
};

/** 200 reply to the first page's `qos_specs_links` next link. */
export const page2 = {
  "qos_specs": [
    {
      "id": "7b1ea0f4-9765-4c54-8242-f6e3d5e0d3ef",
      "name": "rec-qos-b",
      "consumer": "back-end",
      "specs": {}
    }
  ],
  "qos_specs_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:8776/v3/ADMIN_PROJECT/qos-specs?limit=1&sort_key=created_at&sort_dir=asc&marker=7b1ea0f4-9765-4c54-8242-f6e3d5e0d3ef"
    }
  ]
};

/** 200 reply to the second page's `qos_specs_links` next link. */
export const page3 = {
  "qos_specs": []
};

/** 400 reply to `GET /qos-specs?limit=1&sort=name:asc`. */
export const sortByNameRefused = {
  "badRequest": {
    "code": 400,
    "message": "Invalid input received: Invalid sort key"
  }
};

/** 200 reply to `GET /qos-specs/{id}`. */
export const got = {
  "qos_specs": {
    "id": "1c8ed86e-1a82-438c-a07f-eb71c6a448e7",
    "name": "rec-qos",
    "consumer": "back-end",
    "specs": {
      "read_iops_sec": "1000",
      "write_iops_sec": "500"
    }
  },
  "links": [
    {
      "rel": "self",
      "href": "http://127.0.0.1:8776/v3/ADMIN_PROJECT/qos-specs/1c8ed86e-1a82-438c-a07f-eb71c6a448e7"
    },
    {
      "rel": "bookmark",
      "href": "http://127.0.0.1:8776/ADMIN_PROJECT/qos-specs/1c8ed86e-1a82-438c-a07f-eb71c6a448e7"
    }
  ]
};

/** 200 reply to `PUT /qos-specs/{id}` with `read_iops_sec` and `total_bytes_sec`. */
export const keysSet = {
  "qos_specs": {
    "read_iops_sec": "2000",
    "total_bytes_sec": "1048576"
  }
};

/** 200 reply to `GET /qos-specs/{id}` after the keys were set and `write_iops_sec` unset. */
export const gotAfterChanges = {
  "qos_specs": {
    "id": "1c8ed86e-1a82-438c-a07f-eb71c6a448e7",
    "name": "rec-qos",
    "consumer": "back-end",
    "specs": {
      "read_iops_sec": "2000",
      "total_bytes_sec": "1048576"
    }
  },
  "links": [
    {
      "rel": "self",
      "href": "http://127.0.0.1:8776/v3/ADMIN_PROJECT/qos-specs/1c8ed86e-1a82-438c-a07f-eb71c6a448e7"
    },
    {
      "rel": "bookmark",
      "href": "http://127.0.0.1:8776/ADMIN_PROJECT/qos-specs/1c8ed86e-1a82-438c-a07f-eb71c6a448e7"
    }
  ]
};

/** 200 reply to `GET /qos-specs/{id}/associations` after an `associate`. */
export const associations = {
  "qos_associations": [
    {
      "association_type": "volume_type",
      "name": "rec-type-renamed",
      "id": "e825bf6d-0591-463b-81e2-0abebe8ff4f1"
    }
  ]
};

/** 200 reply to `GET /qos-specs/{id}/associations` after `disassociate_all`. */
export const noAssociations = {
  "qos_associations": []
};

/** 400 reply to `DELETE /qos-specs/{id}` (no force) while associated with a type. */
export const deleteInUseRefused = {
  "badRequest": {
    "code": 400,
    "message": "Qos specs still in use."
  }
};
