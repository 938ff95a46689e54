/**
 * Replies recorded from the real Keystone (Zed) in the local cloud, as admin unless the name says
 * member. Nothing edited.
 */

/** 300 reply to the recorded `GET /` call (the endpoint root). */
export const root = {
  "versions": {
    "values": [
      {
        "id": "v3.14",
        "status": "stable",
        "updated": "2020-04-07T00:00:00Z",
        "links": [
          {
            "rel": "self",
            "href": "http://127.0.0.1:5000/v3/"
          }
        ],
        "media-types": [
          {
            "base": "application/json",
            "type": "application/vnd.openstack.identity-v3+json"
          }
        ]
      }
    ]
  }
};

/** 200 reply to the recorded `GET /v3` call. */
export const v3 = {
  "version": {
    "id": "v3.14",
    "status": "stable",
    "updated": "2020-04-07T00:00:00Z",
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:5000/v3/"
      }
    ],
    "media-types": [
      {
        "base": "application/json",
        "type": "application/vnd.openstack.identity-v3+json"
      }
    ]
  }
};
