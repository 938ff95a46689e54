/**
 * Replies recorded from the real Neutron (Zed) in the local cloud. Nothing edited.
 */

/** 200 reply to `GET /` at the service root. */
export const root = {
  "versions": [
    {
      "id": "v2.0",
      "status": "CURRENT",
      "links": [
        {
          "rel": "self",
          "href": "http://127.0.0.1:9696/v2.0/"
        }
      ]
    }
  ]
};

/** 200 reply to `GET /v2.0/`. */
export const resources = {
  "resources": [
    {
      "name": "network",
      "collection": "networks",
      "links": [
        {
          "rel": "self",
          "href": "http://127.0.0.1:9696/v2.0/networks"
        }
      ]
    },
    {
      "name": "subnet",
      "collection": "subnets",
      "links": [
        {
          "rel": "self",
          "href": "http://127.0.0.1:9696/v2.0/subnets"
        }
      ]
    },
    {
      "name": "subnetpool",
      "collection": "subnetpools",
      "links": [
        {
          "rel": "self",
          "href": "http://127.0.0.1:9696/v2.0/subnetpools"
        }
      ]
    },
    {
      "name": "port",
      "collection": "ports",
      "links": [
        {
          "rel": "self",
          "href": "http://127.0.0.1:9696/v2.0/ports"
        }
      ]
    }
  ]
};
