/**
 * Replies recorded from the real Nova (Zed) in the local cloud, from servers booted for the
 * recording (the first on the demo network `private`); nothing edited.
 */

/** 200 reply to the recorded `tags_list_empty` call (GET servers/{id}/tags, microversion 2.93). */
export const tagsListEmpty = {
  "tags": []
};

/** 200 reply to the recorded `tags_replace` call (PUT servers/{id}/tags, microversion 2.93). */
export const tagsReplace = {
  "tags": [
    "alpha",
    "beta"
  ]
};

/** 200 reply to the recorded `tags_list` call (GET servers/{id}/tags, microversion 2.93). */
export const tagsList = {
  "tags": [
    "alpha",
    "beta",
    "gamma"
  ]
};

/** 404 reply to the recorded `tags_has_not` call (GET servers/{id}/tags/gamma, microversion 2.93). */
export const tagsHasNot = {
  "itemNotFound": {
    "code": 404,
    "message": "Server 541f486a-ba52-44f6-bd89-aadc975a90fe has no tag 'gamma'"
  }
};

/** 404 reply to the recorded `tags_has_no_server` call (GET servers/{id}/tags/alpha, microversion 2.93). */
export const tagsHasNoServer = {
  "itemNotFound": {
    "code": 404,
    "message": "Instance 00000000-0000-0000-0000-000000000000 has no mapping to a cell."
  }
};

/** 200 reply to the recorded `tags_list_odd` call (GET servers/{id}/tags, microversion 2.93). */
export const tagsListOdd = {
  "tags": [
    "blue sky?"
  ]
};
