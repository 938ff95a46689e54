/**
 * Replies recorded from the real Cinder (Zed, microversion 3.70) in the local cloud, as admin unless
 * the comment says member; only the project IDs are replaced, by `PROJECT` (the member's) and
 * `ADMIN_PROJECT`, so the links point at the fake cloud's endpoint.
 */

/** 200 reply to `GET /types` as the member. */
export const memberList = {
  "volume_types": [
    {
      "id": "7675f7b2-228c-46da-b044-4e41c3da2732",
      "name": "__DEFAULT__",
      "is_public": true,
      "description": "Default Volume Type",
      "extra_specs": {},
      "os-volume-type-access:is_public": true
    }
  ]
};

/** 200 reply to `GET /types/default` as the member. */
export const defaultType = {
  "volume_type": {
    "id": "7675f7b2-228c-46da-b044-4e41c3da2732",
    "name": "__DEFAULT__",
    "is_public": true,
    "description": "Default Volume Type",
    "extra_specs": {}
  }
};

/** 403 reply to `POST /types` as the member. */
export const createRefused = {
  "forbidden": {
    "code": 403,
    "message": "Policy doesn't allow volume_extension:type_create to be performed."
  }
};

/** 200 reply to `POST /types` with a description, `is_public: false` and an extra spec. */
export const created = {
  "volume_type": {
    "id": "e825bf6d-0591-463b-81e2-0abebe8ff4f1",
    "name": "rec-type",
    "is_public": false,
    "extra_specs": {
      "volume_backend_name": "fake"
    },
    "description": "recorded",
    "os-volume-type-access:is_public": false
  }
};

/** 200 reply to `GET /types/{id}`. */
export const got = {
  "volume_type": {
    "id": "e825bf6d-0591-463b-81e2-0abebe8ff4f1",
    "name": "rec-type",
    "is_public": false,
    "description": "recorded",
    "extra_specs": {
      "volume_backend_name": "fake"
    },
    "qos_specs_id": null,
    "os-volume-type-access:is_public": false
  }
};

/** 404 reply to `GET /types/{id}` of a private type, as a member without access. */
export const notFoundForMember = {
  "itemNotFound": {
    "code": 404,
    "message": "Volume type e825bf6d-0591-463b-81e2-0abebe8ff4f1 could not be found."
  }
};

/** 200 reply to `GET /types/{id}` of a private type, as a member given access. */
export const gotByGrantedMember = {
  "volume_type": {
    "id": "e825bf6d-0591-463b-81e2-0abebe8ff4f1",
    "name": "rec-type-renamed",
    "is_public": false,
    "description": "changed",
    "extra_specs": {
      "RESKEY:availability_zones": "nova"
    },
    "os-volume-type-access:is_public": false
  }
};

/** 200 reply to `GET /types?is_public=false&limit=1&sort=name:asc`. */
export const privatePage1 = {
  "volume_types": [
    {
      "id": "e825bf6d-0591-463b-81e2-0abebe8ff4f1",
      "name": "rec-type",
      "is_public": false,
      "description": "recorded",
      "extra_specs": {
        "volume_backend_name": "fake"
      },
      "qos_specs_id": null,
      "os-volume-type-access:is_public": false
    }
  ],
  "volume_type_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:8776/v3/ADMIN_PROJECT/types?is_public=false&limit=1&sort=name%3Aasc&marker=e825bf6d-0591-463b-81e2-0abebe8ff4f1"
    }
  ]
};

/** 200 reply to `GET /types?is_public=None`. */
export const listAll = {
  "volume_types": [
    {
      "id": "e825bf6d-0591-463b-81e2-0abebe8ff4f1",
      "name": "rec-type",
      "is_public": false,
      "description": "recorded",
      "extra_specs": {
        "volume_backend_name": "fake"
      },
      "qos_specs_id": null,
      "os-volume-type-access:is_public": false
    },
    {
      "id": "7675f7b2-228c-46da-b044-4e41c3da2732",
      "name": "__DEFAULT__",
      "is_public": true,
      "description": "Default Volume Type",
      "extra_specs": {},
      "qos_specs_id": null,
      "os-volume-type-access:is_public": true
    }
  ]
};

/** 200 reply to `PUT /types/{id}` with a name and description. */
export const updated = {
  "volume_type": {
    "id": "e825bf6d-0591-463b-81e2-0abebe8ff4f1",
    "name": "rec-type-renamed",
    "is_public": false,
    "extra_specs": {
      "volume_backend_name": "fake"
    },
    "description": "changed"
  }
};

/** 200 reply to `POST /types/{id}/extra_specs`. */
export const specsSet = {
  "extra_specs": {
    "multiattach": "<is> True",
    "RESKEY:availability_zones": "nova"
  }
};

/** 200 reply to `GET /types/{id}/extra_specs`. */
export const specs = {
  "extra_specs": {
    "volume_backend_name": "fake",
    "multiattach": "<is> True",
    "RESKEY:availability_zones": "nova"
  }
};

/** 200 reply to `GET /types/{id}/extra_specs/multiattach`. */
export const spec = {
  "multiattach": "<is> True"
};

/** 200 reply to `PUT /types/{id}/extra_specs/multiattach`. */
export const specUpdated = {
  "multiattach": "<is> False"
};

/** 200 reply to `GET /types/{id}/os-volume-type-access` after `addProjectAccess`. */
export const access = {
  "volume_type_access": [
    {
      "volume_type_id": "e825bf6d-0591-463b-81e2-0abebe8ff4f1",
      "project_id": "PROJECT"
    }
  ]
};

/** 403 reply to `GET /types/{id}/os-volume-type-access` as the member. */
export const accessRefused = {
  "forbidden": {
    "code": 403,
    "message": "Policy doesn't allow volume_extension:volume_type_access:get_all_for_type to be performed."
  }
};

/** 200 reply to `GET /types/{id}/encryption` of a type without encryption. */
export const encryptionNone = {};

/** 200 reply to `POST /types/{id}/encryption`. */
export const encryptionCreated = {
  "encryption": {
    "provider": "luks",
    "cipher": "aes-xts-plain64",
    "key_size": 256,
    "control_location": "front-end",
    "volume_type_id": "e825bf6d-0591-463b-81e2-0abebe8ff4f1",
    "encryption_id": "b5d50680-fcfd-4f84-9766-52421c7134e3"
  }
};

/** 200 reply to `GET /types/{id}/encryption`. */
export const encryption = {
  "created_at": "2026-12-08T01:25:27.000000",
  "updated_at": null,
  "deleted_at": null,
  "deleted": false,
  "encryption_id": "b5d50680-fcfd-4f84-9766-52421c7134e3",
  "cipher": "aes-xts-plain64",
  "key_size": 256,
  "provider": "luks",
  "control_location": "front-end",
  "volume_type_id": "e825bf6d-0591-463b-81e2-0abebe8ff4f1"
};

/** 200 reply to `GET /types/{id}/encryption/cipher`. */
export const encryptionSpec = {
  "cipher": "aes-xts-plain64"
};

/** 200 reply to `PUT /types/{id}/encryption/{encryption_id}` with `key_size: 512`. */
export const encryptionUpdated = {
  "encryption": {
    "key_size": 512
  }
};

/** 403 reply to `GET /types/{id}/encryption` as the member. */
export const encryptionRefused = {
  "forbidden": {
    "code": 403,
    "message": "Policy doesn't allow volume_extension:volume_type_encryption:get to be performed."
  }
};

/** 200 reply to `GET /types?is_public=false&limit=1&sort=name:asc` once no private type is left. */
export const emptyPrivate = {
  "volume_types": []
};

/** 404 reply to `GET /types/{id}` once the type is deleted. */
export const notFound = {
  "itemNotFound": {
    "code": 404,
    "message": "Volume type e825bf6d-0591-463b-81e2-0abebe8ff4f1 could not be found."
  }
};
