/**
 * Replies recorded from the real Keystone (Zed) in the local cloud, as admin. Nothing edited.
 */

/** 201 reply to the recorded `create_parent` call. */
export const createParent = {
  "project": {
    "id": "1a9a9f48b9854532bb104d93e32dc9f0",
    "name": "rec-parent",
    "domain_id": "default",
    "description": "recorded",
    "enabled": true,
    "parent_id": "default",
    "is_domain": false,
    "tags": [
      "red"
    ],
    "options": {},
    "links": {
      "self": "http://127.0.0.1:5000/v3/projects/1a9a9f48b9854532bb104d93e32dc9f0"
    }
  }
};

/** 201 reply to the recorded `create_child` call. */
export const createChild = {
  "project": {
    "id": "af15c606763a49cabc5c66583f29e8a3",
    "name": "rec-child",
    "domain_id": "default",
    "description": "",
    "enabled": true,
    "parent_id": "1a9a9f48b9854532bb104d93e32dc9f0",
    "is_domain": false,
    "tags": [],
    "options": {},
    "links": {
      "self": "http://127.0.0.1:5000/v3/projects/af15c606763a49cabc5c66583f29e8a3"
    }
  }
};

/** 200 reply to the recorded `get_subtree` call. */
export const getSubtree = {
  "project": {
    "id": "1a9a9f48b9854532bb104d93e32dc9f0",
    "name": "rec-parent",
    "domain_id": "default",
    "description": "recorded",
    "enabled": true,
    "parent_id": "default",
    "is_domain": false,
    "tags": [
      "red"
    ],
    "options": {},
    "subtree": [],
    "links": {
      "self": "http://127.0.0.1:5000/v3/projects/1a9a9f48b9854532bb104d93e32dc9f0"
    }
  }
};

/** 200 reply to the recorded `get_parents` call. */
export const getParents = {
  "project": {
    "id": "af15c606763a49cabc5c66583f29e8a3",
    "name": "rec-child",
    "domain_id": "default",
    "description": "",
    "enabled": true,
    "parent_id": "1a9a9f48b9854532bb104d93e32dc9f0",
    "is_domain": false,
    "tags": [],
    "options": {},
    "parents": {
      "1a9a9f48b9854532bb104d93e32dc9f0": {
        "default": null
      }
    },
    "links": {
      "self": "http://127.0.0.1:5000/v3/projects/af15c606763a49cabc5c66583f29e8a3"
    }
  }
};

/** 200 reply to the recorded `list` call. */
export const list = {
  "projects": [
    {
      "id": "1a9a9f48b9854532bb104d93e32dc9f0",
      "name": "rec-parent",
      "domain_id": "default",
      "description": "recorded",
      "enabled": true,
      "parent_id": "default",
      "is_domain": false,
      "tags": [
        "red"
      ],
      "options": {},
      "links": {
        "self": "http://127.0.0.1:5000/v3/projects/1a9a9f48b9854532bb104d93e32dc9f0"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/projects?name=rec-parent&domain_id=default&enabled=true",
    "previous": null
  }
};

/** 200 reply to the recorded `list_tags_filter` call. */
export const listTagsFilter = {
  "projects": [
    {
      "id": "1a9a9f48b9854532bb104d93e32dc9f0",
      "name": "rec-parent",
      "domain_id": "default",
      "description": "recorded",
      "enabled": true,
      "parent_id": "default",
      "is_domain": false,
      "tags": [
        "red"
      ],
      "options": {},
      "links": {
        "self": "http://127.0.0.1:5000/v3/projects/1a9a9f48b9854532bb104d93e32dc9f0"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/projects?tags=red",
    "previous": null
  }
};

/** 200 reply to the recorded `update` call. */
export const update = {
  "project": {
    "id": "1a9a9f48b9854532bb104d93e32dc9f0",
    "name": "rec-parent",
    "domain_id": "default",
    "description": "changed",
    "enabled": true,
    "parent_id": "default",
    "is_domain": false,
    "tags": [
      "red"
    ],
    "extra": {},
    "options": {},
    "links": {
      "self": "http://127.0.0.1:5000/v3/projects/1a9a9f48b9854532bb104d93e32dc9f0"
    }
  }
};

/** 200 reply to the recorded `tags_replace` call. */
export const tagsReplace = {
  "links": {
    "self": "http://127.0.0.1:5000/v3"
  },
  "tags": [
    "red",
    "blue"
  ]
};

/** 200 reply to the recorded `tags_list` call. */
export const tagsList = {
  "links": {
    "self": "http://127.0.0.1:5000/v3"
  },
  "tags": [
    "blue",
    "red"
  ]
};

/** 404 reply to the recorded `tag_check_missing` call. */
export const tagCheckMissing = {
  "error": {
    "code": 404,
    "message": "Could not find project tag: purple.",
    "title": "Not Found"
  }
};

/** 403 reply to the recorded `delete_with_child` call. */
export const deleteWithChild = {
  "error": {
    "code": 403,
    "message": "Cannot delete the project 1a9a9f48b9854532bb104d93e32dc9f0 since it is not a leaf in the hierarchy. Use the cascade option if you want to delete a whole subtree.",
    "title": "Forbidden"
  }
};

/** 404 reply to the recorded `not_found` call. */
export const notFound = {
  "error": {
    "code": 404,
    "message": "Could not find project: 1a9a9f48b9854532bb104d93e32dc9f0.",
    "title": "Not Found"
  }
};

/** 409 reply to the recorded `duplicate` call. */
export const duplicate = {
  "error": {
    "code": 409,
    "message": "Conflict occurred attempting to store project - it is not permitted to have two projects with either the same name or same id in the same domain: name is admin, project id 0bc5b8711bed4905b5a7f2b6e9614738.",
    "title": "Conflict"
  }
};
