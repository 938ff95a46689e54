/**
 * Recorded from the real Cinder (Zed) in the local cloud without a token; nothing edited.
 */

/** 300 (Multiple Choices) reply to GET / at Cinder's root. */
export const root = {
  "versions": [
    {
      "id": "v3.0",
      "status": "CURRENT",
      "version": "3.70",
      "min_version": "3.0",
      "updated": "2022-08-31T00:00:00Z",
      "links": [
        {
          "rel": "describedby",
          "type": "text/html",
          "href": "https://docs.openstack.org/"
        },
        {
          "rel": "self",
          "href": "http://127.0.0.1:8776/v3/"
        }
      ],
      "media-types": [
        {
          "base": "application/json",
          "type": "application/vnd.openstack.volume+json;version=3"
        }
      ]
    }
  ]
};

/** 406 reply to GET / with OpenStack-API-Version: volume 3.99. */
export const root406 = {
  "computeFault": {
    "code": 406,
    "message": "Version 3.99 is not supported by the API. Minimum is 3.0 and maximum is 3.70."
  }
};
