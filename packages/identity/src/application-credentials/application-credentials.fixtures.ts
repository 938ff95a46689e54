/**
 * Replies recorded from the real Keystone (Zed) in the local cloud, as the member demo. Nothing edited.
 */

/** 201 reply to `POST users/5ce87aa153d147269f85b1f397a18dd1/application_credentials` (recorded as `create`). */
export const create = {
  "application_credential": {
    "id": "093af15f6e9d4174af442650af0c9bf7",
    "name": "rec-appcred",
    "description": "recorded",
    "user_id": "5ce87aa153d147269f85b1f397a18dd1",
    "project_id": "56a1734a387a4a25a56ee940578c82dd",
    "system": null,
    "expires_at": "2099-01-01T00:00:00.000000",
    "unrestricted": false,
    "roles": [
      {
        "id": "cdfe5b7839564033a287c2cef78ae265",
        "name": "reader",
        "domain_id": null,
        "description": null,
        "options": {
          "immutable": true
        }
      }
    ],
    "access_rules": [
      {
        "id": "4e61dcccdc934bd19f0e814560495f55",
        "service": "compute",
        "path": "/v2.1/servers",
        "method": "GET"
      }
    ],
    "secret": "k8OXLq1PTEkgjemO4z8bpi_8PGM74xh9hhyCLLljvO5r4RCmUB2LCpqVtt7OFmJJO1AqGAOpQsykrsGWCU48Mg",
    "links": {
      "self": "http://127.0.0.1:5000/v3/application_credentials/093af15f6e9d4174af442650af0c9bf7"
    }
  }
};

/** 201 reply to `POST users/5ce87aa153d147269f85b1f397a18dd1/application_credentials` (recorded as `create_secret`). */
export const createSecret = {
  "application_credential": {
    "id": "6709793c0fc64de8b36fd4d8385c8d26",
    "name": "rec-appcred-2",
    "description": null,
    "user_id": "5ce87aa153d147269f85b1f397a18dd1",
    "project_id": "56a1734a387a4a25a56ee940578c82dd",
    "system": null,
    "expires_at": null,
    "unrestricted": null,
    "roles": [
      {
        "id": "cdfe5b7839564033a287c2cef78ae265",
        "name": "reader",
        "domain_id": null,
        "description": null,
        "options": {
          "immutable": true
        }
      },
      {
        "id": "29cd7a7aa5174d4fbbaa0bba4b64f2fb",
        "name": "member",
        "domain_id": null,
        "description": null,
        "options": {
          "immutable": true
        }
      }
    ],
    "secret": "rec-chosen-secret",
    "links": {
      "self": "http://127.0.0.1:5000/v3/application_credentials/6709793c0fc64de8b36fd4d8385c8d26"
    }
  }
};

/** 200 reply to `GET users/5ce87aa153d147269f85b1f397a18dd1/application_credentials` (recorded as `list`). */
export const list = {
  "application_credentials": [
    {
      "id": "093af15f6e9d4174af442650af0c9bf7",
      "name": "rec-appcred",
      "description": "recorded",
      "user_id": "5ce87aa153d147269f85b1f397a18dd1",
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "system": null,
      "expires_at": "2099-01-01T00:00:00.000000",
      "unrestricted": false,
      "roles": [
        {
          "id": "cdfe5b7839564033a287c2cef78ae265",
          "name": "reader",
          "domain_id": null,
          "description": null,
          "options": {
            "immutable": true
          }
        }
      ],
      "access_rules": [
        {
          "id": "4e61dcccdc934bd19f0e814560495f55",
          "service": "compute",
          "path": "/v2.1/servers",
          "method": "GET"
        }
      ],
      "links": {
        "self": "http://127.0.0.1:5000/v3/application_credentials/093af15f6e9d4174af442650af0c9bf7"
      }
    },
    {
      "id": "6709793c0fc64de8b36fd4d8385c8d26",
      "name": "rec-appcred-2",
      "description": null,
      "user_id": "5ce87aa153d147269f85b1f397a18dd1",
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "system": null,
      "expires_at": null,
      "unrestricted": null,
      "roles": [
        {
          "id": "29cd7a7aa5174d4fbbaa0bba4b64f2fb",
          "name": "member",
          "domain_id": null,
          "description": null,
          "options": {
            "immutable": true
          }
        },
        {
          "id": "cdfe5b7839564033a287c2cef78ae265",
          "name": "reader",
          "domain_id": null,
          "description": null,
          "options": {
            "immutable": true
          }
        }
      ],
      "links": {
        "self": "http://127.0.0.1:5000/v3/application_credentials/6709793c0fc64de8b36fd4d8385c8d26"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/users/5ce87aa153d147269f85b1f397a18dd1/application_credentials",
    "previous": null
  }
};

/** 200 reply to `GET users/5ce87aa153d147269f85b1f397a18dd1/application_credentials` (recorded as `list_name`). */
export const listName = {
  "application_credentials": [
    {
      "id": "093af15f6e9d4174af442650af0c9bf7",
      "name": "rec-appcred",
      "description": "recorded",
      "user_id": "5ce87aa153d147269f85b1f397a18dd1",
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "system": null,
      "expires_at": "2099-01-01T00:00:00.000000",
      "unrestricted": false,
      "roles": [
        {
          "id": "cdfe5b7839564033a287c2cef78ae265",
          "name": "reader",
          "domain_id": null,
          "description": null,
          "options": {
            "immutable": true
          }
        }
      ],
      "access_rules": [
        {
          "id": "4e61dcccdc934bd19f0e814560495f55",
          "service": "compute",
          "path": "/v2.1/servers",
          "method": "GET"
        }
      ],
      "links": {
        "self": "http://127.0.0.1:5000/v3/application_credentials/093af15f6e9d4174af442650af0c9bf7"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/users/5ce87aa153d147269f85b1f397a18dd1/application_credentials?name=rec-appcred",
    "previous": null
  }
};

/** 200 reply to `GET users/5ce87aa153d147269f85b1f397a18dd1/application_credentials/093af15f6e9d4174af442650af0c9bf7` (recorded as `get`). */
export const get = {
  "application_credential": {
    "id": "093af15f6e9d4174af442650af0c9bf7",
    "name": "rec-appcred",
    "description": "recorded",
    "user_id": "5ce87aa153d147269f85b1f397a18dd1",
    "project_id": "56a1734a387a4a25a56ee940578c82dd",
    "system": null,
    "expires_at": "2099-01-01T00:00:00.000000",
    "unrestricted": false,
    "roles": [
      {
        "id": "cdfe5b7839564033a287c2cef78ae265",
        "name": "reader",
        "domain_id": null,
        "description": null,
        "options": {
          "immutable": true
        }
      }
    ],
    "access_rules": [
      {
        "id": "4e61dcccdc934bd19f0e814560495f55",
        "service": "compute",
        "path": "/v2.1/servers",
        "method": "GET"
      }
    ],
    "links": {
      "self": "http://127.0.0.1:5000/v3/application_credentials/093af15f6e9d4174af442650af0c9bf7"
    }
  }
};

/** 409 reply to `POST users/5ce87aa153d147269f85b1f397a18dd1/application_credentials` (recorded as `duplicate`). */
export const duplicate = {
  "error": {
    "code": 409,
    "message": "Conflict occurred attempting to store application_credential - Duplicate entry found with name rec-appcred.",
    "title": "Conflict"
  }
};

/** 200 reply to `GET users/5ce87aa153d147269f85b1f397a18dd1/access_rules` (recorded as `list_rules`). */
export const listRules = {
  "access_rules": [
    {
      "id": "4e61dcccdc934bd19f0e814560495f55",
      "service": "compute",
      "path": "/v2.1/servers",
      "method": "GET",
      "links": {
        "self": "http://127.0.0.1:5000/v3/access_rules/4e61dcccdc934bd19f0e814560495f55"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/users/5ce87aa153d147269f85b1f397a18dd1/access_rules",
    "previous": null
  }
};

/** 200 reply to `GET users/5ce87aa153d147269f85b1f397a18dd1/access_rules/4e61dcccdc934bd19f0e814560495f55` (recorded as `get_rule`). */
export const getRule = {
  "access_rule": {
    "id": "4e61dcccdc934bd19f0e814560495f55",
    "service": "compute",
    "path": "/v2.1/servers",
    "method": "GET",
    "links": {
      "self": "http://127.0.0.1:5000/v3/access_rules/4e61dcccdc934bd19f0e814560495f55"
    }
  }
};

/** 403 reply to `DELETE users/5ce87aa153d147269f85b1f397a18dd1/access_rules/4e61dcccdc934bd19f0e814560495f55` (recorded as `delete_rule_in_use`). */
export const deleteRuleInUse = {
  "error": {
    "code": 403,
    "message": "May not delete access rule in use",
    "title": "Forbidden"
  }
};

/** 404 reply to `GET users/5ce87aa153d147269f85b1f397a18dd1/application_credentials/093af15f6e9d4174af442650af0c9bf7` (recorded as `get_missing`). */
export const getMissing = {
  "error": {
    "code": 404,
    "message": "Could not find Application Credential: 093af15f6e9d4174af442650af0c9bf7.",
    "title": "Not Found"
  }
};

/** 404 reply to `GET users/5ce87aa153d147269f85b1f397a18dd1/access_rules/4e61dcccdc934bd19f0e814560495f55` (recorded as `get_rule_missing`). */
export const getRuleMissing = {
  "error": {
    "code": 404,
    "message": "Could not find Access Rule: 4e61dcccdc934bd19f0e814560495f55.",
    "title": "Not Found"
  }
};

/** 403 reply to `GET users/21f13c8a76874d4fb3e0a6bfdcdf05af/application_credentials` (recorded as `list_other_user`). */
export const listOtherUser = {
  "error": {
    "code": 403,
    "message": "You are not authorized to perform the requested action: identity:list_application_credentials.",
    "title": "Forbidden"
  }
};
