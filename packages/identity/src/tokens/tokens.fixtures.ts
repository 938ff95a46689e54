/**
 * Replies recorded from the real Keystone (Zed, 22.0.2) in the local cloud, as admin unless the name says member. Nothing edited.
 */

/** 200 reply to the recorded `GET auth/tokens` call. */
export const validateNoCatalog = {
  "token": {
    "methods": [
      "password"
    ],
    "user": {
      "domain": {
        "id": "default",
        "name": "Default"
      },
      "id": "5ce87aa153d147269f85b1f397a18dd1",
      "name": "demo",
      "password_expires_at": null
    },
    "audit_ids": [
      "Wu01L5TdTYOkr01O--Wizw"
    ],
    "expires_at": "2026-11-27T16:20:54.000000Z",
    "issued_at": "2026-11-27T15:20:54.000000Z",
    "project": {
      "domain": {
        "id": "default",
        "name": "Default"
      },
      "id": "56a1734a387a4a25a56ee940578c82dd",
      "name": "demo"
    },
    "is_domain": false,
    "roles": [
      {
        "id": "cdfe5b7839564033a287c2cef78ae265",
        "name": "reader"
      },
      {
        "id": "29cd7a7aa5174d4fbbaa0bba4b64f2fb",
        "name": "member"
      }
    ]
  }
};

/** 200 reply to the recorded `GET auth/tokens` call. */
export const validateOwn = {
  "token": {
    "methods": [
      "password"
    ],
    "user": {
      "domain": {
        "id": "default",
        "name": "Default"
      },
      "id": "5ce87aa153d147269f85b1f397a18dd1",
      "name": "demo",
      "password_expires_at": null
    },
    "audit_ids": [
      "Wu01L5TdTYOkr01O--Wizw"
    ],
    "expires_at": "2026-11-27T16:20:54.000000Z",
    "issued_at": "2026-11-27T15:20:54.000000Z",
    "project": {
      "domain": {
        "id": "default",
        "name": "Default"
      },
      "id": "56a1734a387a4a25a56ee940578c82dd",
      "name": "demo"
    },
    "is_domain": false,
    "roles": [
      {
        "id": "cdfe5b7839564033a287c2cef78ae265",
        "name": "reader"
      },
      {
        "id": "29cd7a7aa5174d4fbbaa0bba4b64f2fb",
        "name": "member"
      }
    ]
  }
};

/** 404 reply to the recorded `GET auth/tokens` call. */
export const validateRevoked = {
  "error": {
    "code": 404,
    "message": "Failed to validate token",
    "title": "Not Found"
  }
};

/** 404 reply to the recorded `DELETE auth/tokens` call. */
export const revokeRevoked = {
  "error": {
    "code": 404,
    "message": "Failed to validate token",
    "title": "Not Found"
  }
};
