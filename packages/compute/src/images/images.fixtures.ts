/**
 * Replies recorded from the real Nova (Zed) image proxy in the local cloud, as the member, at
 * microversion 2.35 (and 2.36 for `removed`). Nothing edited.
 */

export const list = {
  "images": [
    {
      "id": "2e672fb9-010a-4cad-b7ca-440bbcd99c7e",
      "name": "cirros-fake",
      "links": [
        {
          "rel": "self",
          "href": "http://127.0.0.1:8774/v2.1/images/2e672fb9-010a-4cad-b7ca-440bbcd99c7e"
        },
        {
          "rel": "bookmark",
          "href": "http://127.0.0.1:8774/images/2e672fb9-010a-4cad-b7ca-440bbcd99c7e"
        },
        {
          "rel": "alternate",
          "type": "application/vnd.openstack.image",
          "href": "http://127.0.0.1:9292//images/2e672fb9-010a-4cad-b7ca-440bbcd99c7e"
        }
      ]
    }
  ]
};

export const listDetail = {
  "images": [
    {
      "id": "2e672fb9-010a-4cad-b7ca-440bbcd99c7e",
      "name": "cirros-fake",
      "minRam": 0,
      "minDisk": 0,
      "metadata": {
        "owner_specified.openstack.md5": "",
        "owner_specified.openstack.sha256": "",
        "owner_specified.openstack.object": "images/cirros-fake"
      },
      "created": "2026-11-27T13:56:56Z",
      "updated": "2026-11-27T13:56:56Z",
      "status": "ACTIVE",
      "progress": 100,
      "OS-EXT-IMG-SIZE:size": 1048576,
      "links": [
        {
          "rel": "self",
          "href": "http://127.0.0.1:8774/v2.1/images/2e672fb9-010a-4cad-b7ca-440bbcd99c7e"
        },
        {
          "rel": "bookmark",
          "href": "http://127.0.0.1:8774/images/2e672fb9-010a-4cad-b7ca-440bbcd99c7e"
        },
        {
          "rel": "alternate",
          "type": "application/vnd.openstack.image",
          "href": "http://127.0.0.1:9292//images/2e672fb9-010a-4cad-b7ca-440bbcd99c7e"
        }
      ]
    }
  ]
};

export const removed = {
  "itemNotFound": {
    "code": 404,
    "message": "The resource could not be found."
  }
};

export const get = {
  "image": {
    "id": "2e672fb9-010a-4cad-b7ca-440bbcd99c7e",
    "name": "cirros-fake",
    "minRam": 0,
    "minDisk": 0,
    "metadata": {
      "owner_specified.openstack.md5": "",
      "owner_specified.openstack.sha256": "",
      "owner_specified.openstack.object": "images/cirros-fake"
    },
    "created": "2026-11-27T13:56:56Z",
    "updated": "2026-11-27T13:56:56Z",
    "status": "ACTIVE",
    "progress": 100,
    "OS-EXT-IMG-SIZE:size": 1048576,
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8774/v2.1/images/2e672fb9-010a-4cad-b7ca-440bbcd99c7e"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8774/images/2e672fb9-010a-4cad-b7ca-440bbcd99c7e"
      },
      {
        "rel": "alternate",
        "type": "application/vnd.openstack.image",
        "href": "http://127.0.0.1:9292//images/2e672fb9-010a-4cad-b7ca-440bbcd99c7e"
      }
    ]
  }
};
