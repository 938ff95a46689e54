/**
 * Replies recorded from the real Keystone (Zed) in the local cloud, as the member demo. Nothing edited.
 */

/** 201 reply to `POST users/5ce87aa153d147269f85b1f397a18dd1/credentials/OS-EC2` (recorded as `create`). */
export const create = {
  "credential": {
    "user_id": "5ce87aa153d147269f85b1f397a18dd1",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "access": "6b63ddcd1f934ce38932c5b19f30f607",
    "secret": "72a1f157bd7e4baea93da916427b4852",
    "trust_id": null,
    "links": {
      "self": "http://127.0.0.1:5000/v3/users/5ce87aa153d147269f85b1f397a18dd1/credentials/OS-EC2/6b63ddcd1f934ce38932c5b19f30f607"
    }
  }
};

/** 200 reply to `GET users/5ce87aa153d147269f85b1f397a18dd1/credentials/OS-EC2` (recorded as `list`). */
export const list = {
  "credentials": [
    {
      "user_id": "5ce87aa153d147269f85b1f397a18dd1",
      "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
      "access": "6b63ddcd1f934ce38932c5b19f30f607",
      "secret": "72a1f157bd7e4baea93da916427b4852",
      "trust_id": null,
      "links": {
        "self": "http://127.0.0.1:5000/v3/users/5ce87aa153d147269f85b1f397a18dd1/credentials/OS-EC2/6b63ddcd1f934ce38932c5b19f30f607"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/users/5ce87aa153d147269f85b1f397a18dd1/credentials/OS-EC2",
    "previous": null
  }
};

/** 200 reply to `GET users/5ce87aa153d147269f85b1f397a18dd1/credentials/OS-EC2/6b63ddcd1f934ce38932c5b19f30f607` (recorded as `get`). */
export const get = {
  "credential": {
    "user_id": "5ce87aa153d147269f85b1f397a18dd1",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "access": "6b63ddcd1f934ce38932c5b19f30f607",
    "secret": "72a1f157bd7e4baea93da916427b4852",
    "trust_id": null,
    "links": {
      "self": "http://127.0.0.1:5000/v3/users/5ce87aa153d147269f85b1f397a18dd1/credentials/OS-EC2/6b63ddcd1f934ce38932c5b19f30f607"
    }
  }
};

/** 404 reply to `POST users/5ce87aa153d147269f85b1f397a18dd1/credentials/OS-EC2` (recorded as `create_bad`). */
export const createBad = {
  "error": {
    "code": 404,
    "message": "Could not find project: 00000000000000000000000000000000.",
    "title": "Not Found"
  }
};

/** 404 reply to `GET users/5ce87aa153d147269f85b1f397a18dd1/credentials/OS-EC2/6b63ddcd1f934ce38932c5b19f30f607` (recorded as `get_missing`). */
export const getMissing = {
  "error": {
    "code": 404,
    "message": "Could not find credential: 50434af8864736b63398dd45f673465e8b44ff271a604f877836858c0fa94505.",
    "title": "Not Found"
  }
};
