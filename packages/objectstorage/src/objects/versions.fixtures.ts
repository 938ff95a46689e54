/**
 * A version listing (`?versions`, pages of two) recorded from the real Swift (2.30) in the local
 * cloud: two versions of `doc`, and `other` uploaded then deleted (its delete marker first).
 * Nothing edited but the account (`AUTH_rec`).
 */
/** Page 1: `GET osts-rec-versions?versions=&format=json&limit=2`. */
export const versions1 = {
  "status": 200,
  "headers": {
    "x-openstack-request-id": "tx3a669cfc9a3e4e5ea41a3-006b09b687"
  },
  "body": [
    {
      "bytes": 1,
      "hash": "c81e728d9d4c2f636f067f89cc14862c",
      "name": "doc",
      "content_type": "application/octet-stream",
      "last_modified": "2026-11-27T16:57:43.741760",
      "is_latest": true,
      "version_id": "1795798663.74176"
    },
    {
      "bytes": 1,
      "hash": "c4ca4238a0b923820dcc509a6f75849b",
      "name": "doc",
      "content_type": "application/octet-stream",
      "last_modified": "2026-11-27T16:57:43.694590",
      "is_latest": false,
      "version_id": "1795798663.69459"
    }
  ]
};

/** Page 2: `GET osts-rec-versions?versions=&format=json&limit=2&marker=doc&version_marker=1795798663.69459`. */
export const versions2 = {
  "status": 200,
  "headers": {
    "x-openstack-request-id": "txcfaf1c7fae1343f2972bb-006b09b687"
  },
  "body": [
    {
      "bytes": 0,
      "hash": "d41d8cd98f00b204e9800998ecf8427e",
      "name": "other",
      "content_type": "application/x-deleted;swift_versions_deleted=1",
      "last_modified": "2026-11-27T16:57:43.837130",
      "is_latest": true,
      "version_id": "1795798663.83680"
    },
    {
      "bytes": 1,
      "hash": "9dd4e461268c8034f5c8564e155c67a6",
      "name": "other",
      "content_type": "application/octet-stream",
      "last_modified": "2026-11-27T16:57:43.792750",
      "is_latest": false,
      "version_id": "1795798663.79275"
    }
  ]
};

/** Page 3: `GET osts-rec-versions?versions=&format=json&limit=2&marker=other&version_marker=1795798663.79275`. */
export const versions3 = {
  "status": 200,
  "headers": {
    "x-openstack-request-id": "tx8191e3b297b84e51adc40-006b09b687"
  },
  "body": []
};
