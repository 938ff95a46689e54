/**
 * Replies recorded from the real Nova (Zed) in the local cloud, from servers booted for the
 * recording (the first on the demo network `private`); nothing edited.
 */

/** 200 reply to the recorded `metadata_list` call (GET servers/{id}/metadata, microversion 2.93). */
export const metadataList = {
  "metadata": {
    "purpose": "recording"
  }
};

/** 200 reply to the recorded `metadata_replace` call (PUT servers/{id}/metadata, microversion 2.93). */
export const metadataReplace = {
  "metadata": {
    "color": "blue",
    "size": "small"
  }
};

/** 200 reply to the recorded `metadata_update` call (POST servers/{id}/metadata, microversion 2.93). */
export const metadataUpdate = {
  "metadata": {
    "color": "blue",
    "size": "large",
    "owner": "rec"
  }
};

/** 200 reply to the recorded `metadata_set_item` call (PUT servers/{id}/metadata/color, microversion 2.93). */
export const metadataSetItem = {
  "meta": {
    "color": "green"
  }
};

/** 200 reply to the recorded `metadata_get_item` call (GET servers/{id}/metadata/color, microversion 2.93). */
export const metadataGetItem = {
  "meta": {
    "color": "green"
  }
};

/** 404 reply to the recorded `metadata_get_missing` call (GET servers/{id}/metadata/owner, microversion 2.93). */
export const metadataGetMissing = {
  "itemNotFound": {
    "code": 404,
    "message": "Metadata item was not found"
  }
};

/** 200 reply to the recorded `metadata_set_spaced_key` call (PUT servers/{id}/metadata/env%3Astage%201, microversion 2.93). */
export const metadataSetSpacedKey = {
  "meta": {
    "env:stage 1": "x"
  }
};

/** 400 reply to the recorded `metadata_set_odd_key` call (PUT servers/{id}/metadata/a%20b%3Fc, microversion 2.93). */
export const metadataSetOddKey = {
  "badRequest": {
    "code": 400,
    "message": "Invalid input for field/attribute meta. Value: {'a b?c': 'x'}. 'a b?c' does not match any of the regexes: '^[a-zA-Z0-9-_:. ]{1,255}$'"
  }
};
