/**
 * Replies recorded from the real Nova (Zed, microversion 2.93 unless the name says otherwise) in the
 * local cloud; trimmed of nothing but unused entries.
 */

/** 200 reply to the recorded `create` call. */
export const create = {
  "server_group": {
    "id": "f4d129ac-28f4-40b9-9eca-f5927c1be76d",
    "name": "rec-group",
    "policy": "anti-affinity",
    "rules": {
      "max_server_per_host": 2
    },
    "members": [],
    "project_id": "56a1734a387a4a25a56ee940578c82dd",
    "user_id": "5ce87aa153d147269f85b1f397a18dd1"
  }
};

/** 200 reply to the recorded `create_2_63` call. */
export const create263 = {
  "server_group": {
    "id": "992d24fd-d04a-4401-b517-d9c8795f9492",
    "name": "rec-group-old",
    "policies": [
      "soft-affinity"
    ],
    "metadata": {},
    "members": [],
    "project_id": "56a1734a387a4a25a56ee940578c82dd",
    "user_id": "5ce87aa153d147269f85b1f397a18dd1"
  }
};

/** 200 reply to the recorded `create_2_1` call. */
export const create21 = {
  "server_group": {
    "id": "cb7145bd-a9e2-4154-b763-31e39da9f790",
    "name": "rec-group-21",
    "policies": [
      "affinity"
    ],
    "metadata": {},
    "members": []
  }
};

/** 400 reply to the recorded `create_bad_rules` call. */
export const createBadRules = {
  "badRequest": {
    "code": 400,
    "message": "Only anti-affinity policy supports rules."
  }
};

/** 200 reply to the recorded `get` call. */
export const get = {
  "server_group": {
    "id": "f4d129ac-28f4-40b9-9eca-f5927c1be76d",
    "name": "rec-group",
    "policy": "anti-affinity",
    "rules": {
      "max_server_per_host": 2
    },
    "members": [
      "26cabb1b-259d-4aa1-b379-7d90c388f50b"
    ],
    "project_id": "56a1734a387a4a25a56ee940578c82dd",
    "user_id": "5ce87aa153d147269f85b1f397a18dd1"
  }
};

/** 200 reply to the recorded `get_2_63` call. */
export const get263 = {
  "server_group": {
    "id": "992d24fd-d04a-4401-b517-d9c8795f9492",
    "name": "rec-group-old",
    "policies": [
      "soft-affinity"
    ],
    "metadata": {},
    "members": [],
    "project_id": "56a1734a387a4a25a56ee940578c82dd",
    "user_id": "5ce87aa153d147269f85b1f397a18dd1"
  }
};

/** 200 reply to the recorded `list_page1` call. */
export const listPage1 = {
  "server_groups": [
    {
      "id": "f4d129ac-28f4-40b9-9eca-f5927c1be76d",
      "name": "rec-group",
      "policy": "anti-affinity",
      "rules": {
        "max_server_per_host": 2
      },
      "members": [
        "26cabb1b-259d-4aa1-b379-7d90c388f50b"
      ],
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "user_id": "5ce87aa153d147269f85b1f397a18dd1"
    },
    {
      "id": "992d24fd-d04a-4401-b517-d9c8795f9492",
      "name": "rec-group-old",
      "policy": "soft-affinity",
      "rules": {},
      "members": [],
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "user_id": "5ce87aa153d147269f85b1f397a18dd1"
    }
  ]
};

/** 200 reply to the recorded `list_page2` call. */
export const listPage2 = {
  "server_groups": [
    {
      "id": "cb7145bd-a9e2-4154-b763-31e39da9f790",
      "name": "rec-group-21",
      "policy": "affinity",
      "rules": {},
      "members": [],
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "user_id": "5ce87aa153d147269f85b1f397a18dd1"
    }
  ]
};

/** 200 reply to the recorded `list_2_63` call. */
export const list263 = {
  "server_groups": [
    {
      "id": "f4d129ac-28f4-40b9-9eca-f5927c1be76d",
      "name": "rec-group",
      "policies": [
        "anti-affinity"
      ],
      "metadata": {},
      "members": [
        "26cabb1b-259d-4aa1-b379-7d90c388f50b"
      ],
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "user_id": "5ce87aa153d147269f85b1f397a18dd1"
    },
    {
      "id": "992d24fd-d04a-4401-b517-d9c8795f9492",
      "name": "rec-group-old",
      "policies": [
        "soft-affinity"
      ],
      "metadata": {},
      "members": [],
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "user_id": "5ce87aa153d147269f85b1f397a18dd1"
    },
    {
      "id": "cb7145bd-a9e2-4154-b763-31e39da9f790",
      "name": "rec-group-21",
      "policies": [
        "affinity"
      ],
      "metadata": {},
      "members": [],
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "user_id": "5ce87aa153d147269f85b1f397a18dd1"
    }
  ]
};

/** 200 reply to the recorded `admin_list_all` call. */
export const adminListAll = {
  "server_groups": [
    {
      "id": "f4d129ac-28f4-40b9-9eca-f5927c1be76d",
      "name": "rec-group",
      "policy": "anti-affinity",
      "rules": {
        "max_server_per_host": 2
      },
      "members": [
        "26cabb1b-259d-4aa1-b379-7d90c388f50b"
      ],
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "user_id": "5ce87aa153d147269f85b1f397a18dd1"
    },
    {
      "id": "992d24fd-d04a-4401-b517-d9c8795f9492",
      "name": "rec-group-old",
      "policy": "soft-affinity",
      "rules": {},
      "members": [],
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "user_id": "5ce87aa153d147269f85b1f397a18dd1"
    },
    {
      "id": "cb7145bd-a9e2-4154-b763-31e39da9f790",
      "name": "rec-group-21",
      "policy": "affinity",
      "rules": {},
      "members": [],
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "user_id": "5ce87aa153d147269f85b1f397a18dd1"
    }
  ]
};

/** 404 reply to the recorded `get_deleted` call. */
export const getDeleted = {
  "itemNotFound": {
    "code": 404,
    "message": "Instance group f4d129ac-28f4-40b9-9eca-f5927c1be76d could not be found."
  }
};
