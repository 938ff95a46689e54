/**
 * Replies recorded from the real Nova (Zed) in the local cloud, from servers booted for the
 * recording (the first on the demo network `private`); nothing edited.
 */

/** 200 reply to the recorded `ips_list` call (GET servers/{id}/ips, microversion 2.93). */
export const ipsList = {
  "addresses": {
    "private": [
      {
        "version": 4,
        "addr": "10.0.0.236"
      }
    ]
  }
};

/** 200 reply to the recorded `ips_network` call (GET servers/{id}/ips/private, microversion 2.93). */
export const ipsNetwork = {
  "private": [
    {
      "version": 4,
      "addr": "10.0.0.236"
    }
  ]
};

/** 404 reply to the recorded `ips_network_missing` call (GET servers/{id}/ips/nowhere, microversion 2.93). */
export const ipsNetworkMissing = {
  "itemNotFound": {
    "code": 404,
    "message": "Instance is not a member of specified network"
  }
};
