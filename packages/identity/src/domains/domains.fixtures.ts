/**
 * Replies recorded from the real Keystone (Zed) in the local cloud, as admin unless the name says
 * member. Nothing edited.
 */

/** 201 reply to the recorded `POST domains` call. */
export const create = {
  "domain": {
    "id": "8190e6c9d4f241a8b959dd9a0d5e8bde",
    "name": "rec-domain",
    "description": "recorded",
    "enabled": true,
    "tags": [
      "red"
    ],
    "options": {},
    "links": {
      "self": "http://127.0.0.1:5000/v3/domains/8190e6c9d4f241a8b959dd9a0d5e8bde"
    }
  }
};

/** 200 reply to the recorded `GET domains?name=rec-domain&enabled=true` call. */
export const list = {
  "domains": [
    {
      "id": "8190e6c9d4f241a8b959dd9a0d5e8bde",
      "name": "rec-domain",
      "description": "recorded",
      "enabled": true,
      "tags": [
        "red"
      ],
      "options": {},
      "links": {
        "self": "http://127.0.0.1:5000/v3/domains/8190e6c9d4f241a8b959dd9a0d5e8bde"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/domains?name=rec-domain&enabled=true",
    "previous": null
  }
};

/** 200 reply to the recorded `GET domains/8190e6c9d4f241a8b959dd9a0d5e8bde` call. */
export const get = {
  "domain": {
    "id": "8190e6c9d4f241a8b959dd9a0d5e8bde",
    "name": "rec-domain",
    "description": "recorded",
    "enabled": true,
    "tags": [
      "red"
    ],
    "options": {},
    "links": {
      "self": "http://127.0.0.1:5000/v3/domains/8190e6c9d4f241a8b959dd9a0d5e8bde"
    }
  }
};

/** 200 reply to the recorded `PATCH domains/8190e6c9d4f241a8b959dd9a0d5e8bde` call. */
export const update = {
  "domain": {
    "id": "8190e6c9d4f241a8b959dd9a0d5e8bde",
    "name": "rec-domain",
    "description": "disabled",
    "enabled": false,
    "tags": [
      "red"
    ],
    "options": {},
    "links": {
      "self": "http://127.0.0.1:5000/v3/domains/8190e6c9d4f241a8b959dd9a0d5e8bde"
    }
  }
};

/** 404 reply to the recorded `GET domains/00000000000000000000000000000000` call. */
export const getMissing = {
  "error": {
    "code": 404,
    "message": "Could not find domain: 00000000000000000000000000000000.",
    "title": "Not Found"
  }
};

/** 201 reply to the recorded `POST domains` call. */
export const create2 = {
  "domain": {
    "id": "da5b21f5f7ee4f03a1ea89432e1486e7",
    "name": "rec-domain-2",
    "description": "",
    "enabled": true,
    "tags": [],
    "options": {},
    "links": {
      "self": "http://127.0.0.1:5000/v3/domains/da5b21f5f7ee4f03a1ea89432e1486e7"
    }
  }
};

/** 403 reply to the recorded `DELETE domains/da5b21f5f7ee4f03a1ea89432e1486e7` call. */
export const deleteEnabled = {
  "error": {
    "code": 403,
    "message": "Cannot delete a domain that is enabled, please disable it first.",
    "title": "Forbidden"
  }
};

/** 200 reply to the recorded `PATCH domains/da5b21f5f7ee4f03a1ea89432e1486e7` call. */
export const update2 = {
  "domain": {
    "id": "da5b21f5f7ee4f03a1ea89432e1486e7",
    "name": "rec-domain-2",
    "description": "",
    "enabled": false,
    "tags": [],
    "options": {},
    "links": {
      "self": "http://127.0.0.1:5000/v3/domains/da5b21f5f7ee4f03a1ea89432e1486e7"
    }
  }
};

/** 403 reply to the recorded `GET domains` call. */
export const memberList = {
  "error": {
    "code": 403,
    "message": "You are not authorized to perform the requested action: identity:list_domains.",
    "title": "Forbidden"
  }
};
