/**
 * Replies recorded from the real Keystone (Zed) in the local cloud, as admin (the trustee a user created for the recording). Nothing edited.
 */

/** 201 reply to `POST OS-TRUST/trusts` (recorded as `create`). */
export const create = {
  "trust": {
    "roles": [
      {
        "id": "29cd7a7aa5174d4fbbaa0bba4b64f2fb",
        "name": "member",
        "domain_id": null,
        "description": null,
        "options": {
          "immutable": true
        },
        "links": {
          "self": "http://127.0.0.1:5000/v3/roles/29cd7a7aa5174d4fbbaa0bba4b64f2fb"
        }
      }
    ],
    "id": "6a9f8886a17f4bb29412eeefaba9e229",
    "trustor_user_id": "21f13c8a76874d4fb3e0a6bfdcdf05af",
    "trustee_user_id": "7e3cb9f10eca4e449a0dc6d9009b05d3",
    "project_id": "fce686c7d1ca46108d67d3c934f443fb",
    "impersonation": false,
    "expires_at": "2099-01-01T00:00:00.000000Z",
    "remaining_uses": null,
    "deleted_at": null,
    "redelegated_trust_id": null,
    "redelegation_count": 1,
    "roles_links": {
      "self": "http://127.0.0.1:5000/v3/6a9f8886a17f4bb29412eeefaba9e229/roles",
      "next": null,
      "previous": null
    },
    "links": {
      "self": "http://127.0.0.1:5000/v3/OS-TRUST/trusts/6a9f8886a17f4bb29412eeefaba9e229"
    }
  }
};

/** 200 reply to `GET OS-TRUST/trusts` (recorded as `list`). */
export const list = {
  "trusts": [
    {
      "id": "6a9f8886a17f4bb29412eeefaba9e229",
      "trustor_user_id": "21f13c8a76874d4fb3e0a6bfdcdf05af",
      "trustee_user_id": "7e3cb9f10eca4e449a0dc6d9009b05d3",
      "project_id": "fce686c7d1ca46108d67d3c934f443fb",
      "impersonation": false,
      "expires_at": "2099-01-01T00:00:00.000000Z",
      "remaining_uses": null,
      "deleted_at": null,
      "redelegated_trust_id": null,
      "redelegation_count": 1,
      "links": {
        "self": "http://127.0.0.1:5000/v3/OS-TRUST/trusts/6a9f8886a17f4bb29412eeefaba9e229"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/OS-TRUST/trusts?trustor_user_id=21f13c8a76874d4fb3e0a6bfdcdf05af&trustee_user_id=7e3cb9f10eca4e449a0dc6d9009b05d3",
    "previous": null
  }
};

/** 200 reply to `GET OS-TRUST/trusts` (recorded as `list_all`). */
export const listAll = {
  "trusts": [
    {
      "id": "6a9f8886a17f4bb29412eeefaba9e229",
      "trustor_user_id": "21f13c8a76874d4fb3e0a6bfdcdf05af",
      "trustee_user_id": "7e3cb9f10eca4e449a0dc6d9009b05d3",
      "project_id": "fce686c7d1ca46108d67d3c934f443fb",
      "impersonation": false,
      "expires_at": "2099-01-01T00:00:00.000000Z",
      "remaining_uses": null,
      "deleted_at": null,
      "redelegated_trust_id": null,
      "redelegation_count": 1,
      "links": {
        "self": "http://127.0.0.1:5000/v3/OS-TRUST/trusts/6a9f8886a17f4bb29412eeefaba9e229"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/OS-TRUST/trusts",
    "previous": null
  }
};

/** 200 reply to `GET OS-TRUST/trusts/6a9f8886a17f4bb29412eeefaba9e229` (recorded as `get`). */
export const get = {
  "trust": {
    "roles": [
      {
        "id": "29cd7a7aa5174d4fbbaa0bba4b64f2fb",
        "name": "member",
        "domain_id": null,
        "description": null,
        "options": {
          "immutable": true
        },
        "links": {
          "self": "http://127.0.0.1:5000/v3/roles/29cd7a7aa5174d4fbbaa0bba4b64f2fb"
        }
      }
    ],
    "id": "6a9f8886a17f4bb29412eeefaba9e229",
    "trustor_user_id": "21f13c8a76874d4fb3e0a6bfdcdf05af",
    "trustee_user_id": "7e3cb9f10eca4e449a0dc6d9009b05d3",
    "project_id": "fce686c7d1ca46108d67d3c934f443fb",
    "impersonation": false,
    "expires_at": "2099-01-01T00:00:00.000000Z",
    "remaining_uses": null,
    "deleted_at": null,
    "redelegated_trust_id": null,
    "redelegation_count": 1,
    "roles_links": {
      "self": "http://127.0.0.1:5000/v3/6a9f8886a17f4bb29412eeefaba9e229/roles",
      "next": null,
      "previous": null
    },
    "links": {
      "self": "http://127.0.0.1:5000/v3/OS-TRUST/trusts/6a9f8886a17f4bb29412eeefaba9e229"
    }
  }
};

/** 200 reply to `GET OS-TRUST/trusts/6a9f8886a17f4bb29412eeefaba9e229/roles` (recorded as `roles`). */
export const roles = {
  "roles": [
    {
      "id": "29cd7a7aa5174d4fbbaa0bba4b64f2fb",
      "name": "member",
      "domain_id": null,
      "description": null,
      "options": {
        "immutable": true
      },
      "links": {
        "self": "http://127.0.0.1:5000/v3/roles/29cd7a7aa5174d4fbbaa0bba4b64f2fb"
      }
    }
  ],
  "links": {
    "self": "http://127.0.0.1:5000/v3/6a9f8886a17f4bb29412eeefaba9e229/roles",
    "next": null,
    "previous": null
  }
};

/** 200 reply to `GET OS-TRUST/trusts/6a9f8886a17f4bb29412eeefaba9e229/roles/29cd7a7aa5174d4fbbaa0bba4b64f2fb` (recorded as `role`). */
export const role = {
  "role": {
    "id": "29cd7a7aa5174d4fbbaa0bba4b64f2fb",
    "name": "member",
    "domain_id": null,
    "description": null,
    "options": {
      "immutable": true
    },
    "links": {
      "self": "http://127.0.0.1:5000/v3/roles/29cd7a7aa5174d4fbbaa0bba4b64f2fb"
    }
  }
};

/** 404 reply to `GET OS-TRUST/trusts/6a9f8886a17f4bb29412eeefaba9e229/roles/cdfe5b7839564033a287c2cef78ae265` (recorded as `role_missing`). */
export const roleMissing = {
  "error": {
    "code": 404,
    "message": "Could not find role: cdfe5b7839564033a287c2cef78ae265.",
    "title": "Not Found"
  }
};

/** 403 reply to `POST OS-TRUST/trusts` (recorded as `create_other_trustor`). */
export const createOtherTrustor = {
  "error": {
    "code": 403,
    "message": "You are not authorized to perform the requested action: identity:create_trust.",
    "title": "Forbidden"
  }
};

/** 403 reply to `GET OS-TRUST/trusts/6a9f8886a17f4bb29412eeefaba9e229` (recorded as `get_demo`). */
export const getDemo = {
  "error": {
    "code": 403,
    "message": "You are not authorized to perform the requested action: identity:get_trust.",
    "title": "Forbidden"
  }
};

/** 404 reply to `GET OS-TRUST/trusts/6a9f8886a17f4bb29412eeefaba9e229` (recorded as `get_missing`). */
export const getMissing = {
  "error": {
    "code": 404,
    "message": "Could not find trust: 6a9f8886a17f4bb29412eeefaba9e229.",
    "title": "Not Found"
  }
};
