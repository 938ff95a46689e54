/**
 * Replies recorded from the real Neutron (Zed) in the local cloud, on a network of the member.
 * Nothing edited.
 */

/** 200 reply to the recorded `replace` call. */
export const replace = {
  "tags": [
    "red",
    "blue"
  ]
};

/** 200 reply to the recorded `list` call. */
export const list = {
  "tags": [
    "blue",
    "red"
  ]
};

/** 404 reply to the recorded `check_missing` call. */
export const checkMissing = {
  "NeutronError": {
    "type": "TagNotFound",
    "message": "Tag purple could not be found.",
    "detail": ""
  }
};

/** 404 reply to the recorded `bad_resource` call. */
export const badResource = {
  "NeutronError": {
    "type": "HTTPNotFound",
    "message": "The resource could not be found.",
    "detail": ""
  }
};
