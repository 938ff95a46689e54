/**
 * Replies recorded from the real Nova (Zed; no token, no microversion sent) in the
 * local cloud; nothing edited.
 */

/** 200 reply to `GET http://127.0.0.1:8774/`, the versions document. */
export const root = {
  "versions": [
    {
      "id": "v2.0",
      "status": "SUPPORTED",
      "version": "",
      "min_version": "",
      "updated": "2011-01-21T11:33:21Z",
      "links": [
        {
          "rel": "self",
          "href": "http://127.0.0.1:8774/v2/"
        }
      ]
    },
    {
      "id": "v2.1",
      "status": "CURRENT",
      "version": "2.93",
      "min_version": "2.1",
      "updated": "2013-07-23T11:33:21Z",
      "links": [
        {
          "rel": "self",
          "href": "http://127.0.0.1:8774/v2.1/"
        }
      ]
    }
  ]
};

/** 200 reply to `GET http://127.0.0.1:8774/v2.1/`. */
export const v21 = {
  "version": {
    "id": "v2.1",
    "status": "CURRENT",
    "version": "2.93",
    "min_version": "2.1",
    "updated": "2013-07-23T11:33:21Z",
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8774/v2.1/"
      },
      {
        "rel": "describedby",
        "type": "text/html",
        "href": "http://docs.openstack.org/"
      }
    ],
    "media-types": [
      {
        "base": "application/json",
        "type": "application/vnd.openstack.compute+json;version=2.1"
      }
    ]
  }
};

/** 200 reply to `GET http://127.0.0.1:8774/v2/`, the legacy v2.0 API. */
export const v2 = {
  "version": {
    "id": "v2.0",
    "status": "SUPPORTED",
    "version": "",
    "min_version": "",
    "updated": "2011-01-21T11:33:21Z",
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8774/v2/"
      },
      {
        "rel": "describedby",
        "type": "text/html",
        "href": "http://docs.openstack.org/"
      }
    ],
    "media-types": [
      {
        "base": "application/json",
        "type": "application/vnd.openstack.compute+json;version=2"
      }
    ]
  }
};
/** 300 reply to `GET http://127.0.0.1:8774/v3/`, a version Nova does not have. */
export const choices = {
  "choices": [
    {
      "id": "v2.0",
      "status": "SUPPORTED",
      "links": [
        {
          "rel": "self",
          "href": "http://127.0.0.1:8774/v2/v3"
        }
      ],
      "media-types": [
        {
          "base": "application/json",
          "type": "application/vnd.openstack.compute+json;version=2"
        }
      ]
    },
    {
      "id": "v2.1",
      "status": "CURRENT",
      "links": [
        {
          "rel": "self",
          "href": "http://127.0.0.1:8774/v2.1/v3"
        }
      ],
      "media-types": [
        {
          "base": "application/json",
          "type": "application/vnd.openstack.compute+json;version=2.1"
        }
      ]
    }
  ]
};
