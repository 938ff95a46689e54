/**
 * Replies recorded from the real Nova (Zed) in the local cloud, from servers booted for the
 * recording (the first on the demo network `private`); nothing edited.
 */

/** 200 reply to the recorded `password_get` call (GET servers/{id}/os-server-password, microversion 2.93). */
export const passwordGet = {
  "password": ""
};
