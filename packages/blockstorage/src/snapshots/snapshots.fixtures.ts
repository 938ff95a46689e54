/**
 * Replies recorded from the real Cinder (Zed, microversion 3.70 unless the name says otherwise) in the
 * local cloud, as the member unless the comment says admin; only the project IDs are replaced, by
 * `PROJECT` (the member's) and `ADMIN_PROJECT`, so the links point at the fake cloud's endpoint.
 */

/** 202 reply to `POST /snapshots` at 3.65 with a description, `force: false` and metadata. */
export const created365 = {
  "snapshot": {
    "id": "5fb8d866-f601-4693-b9d1-1472e08acf79",
    "created_at": "2026-12-08T01:24:50.042050",
    "updated_at": null,
    "name": "rec-snap",
    "description": "recorded",
    "volume_id": "5a2b2331-6efd-43de-8a00-f06f95971331",
    "status": "creating",
    "size": 1,
    "metadata": {
      "purpose": "record"
    },
    "group_snapshot_id": null,
    "user_id": "1962399bfe114deda2f8ba3e00eb966a",
    "consumes_quota": true
  }
};

/** 202 reply to `POST /snapshots` with `force: true` (ignored from 3.66). */
export const createdForced = {
  "snapshot": {
    "id": "f298dea9-8226-4224-a54d-bbc0e4612cfa",
    "created_at": "2026-12-08T01:24:50.342938",
    "updated_at": null,
    "name": "rec-snap-3",
    "description": null,
    "volume_id": "5a2b2331-6efd-43de-8a00-f06f95971331",
    "status": "creating",
    "size": 1,
    "metadata": {},
    "group_snapshot_id": null,
    "user_id": "1962399bfe114deda2f8ba3e00eb966a",
    "consumes_quota": true
  }
};

/** 400 reply to `POST /snapshots` with `force: false` at 3.70. */
export const forceFalseRefused = {
  "badRequest": {
    "code": 400,
    "message": "Since microversion 3.66 the 'force' flag is invalid for this request.  For backward compatability, however, when the 'force' flag is passed with a value evaluating to True, it is silently ignored."
  }
};

/** 200 reply to `GET /snapshots/detail?volume_id=…&metadata={"k":"v"}&sort=name:asc&limit=1`. */
export const detailPage1 = {
  "snapshots": [
    {
      "id": "a4c47dcb-1c55-471b-ac8b-5bd7da3ba2e8",
      "created_at": "2026-12-08T01:26:37.000000",
      "updated_at": "2026-12-08T01:26:37.000000",
      "name": "rec-page-a",
      "description": null,
      "volume_id": "0f40ed2b-5e91-4cd4-96d9-8dd3ec1c7686",
      "status": "available",
      "size": 1,
      "metadata": {
        "k": "v"
      },
      "group_snapshot_id": null,
      "user_id": "1962399bfe114deda2f8ba3e00eb966a",
      "consumes_quota": true,
      "os-extended-snapshot-attributes:project_id": "PROJECT",
      "os-extended-snapshot-attributes:progress": "100%"
    }
  ],
  "snapshots_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/snapshots/detail?volume_id=0f40ed2b-5e91-4cd4-96d9-8dd3ec1c7686&metadata=%7B%22k%22%3A%22v%22%7D&sort=name%3Aasc&limit=1&marker=a4c47dcb-1c55-471b-ac8b-5bd7da3ba2e8"
    }
  ]
};

/** 200 reply to the first page's `snapshots_links` next link. */
export const detailPage2 = {
  "snapshots": [
    {
      "id": "60dd19ef-df4b-4327-ad9b-c57de497c786",
      "created_at": "2026-12-08T01:26:38.000000",
      "updated_at": "2026-12-08T01:26:38.000000",
      "name": "rec-page-b",
      "description": null,
      "volume_id": "0f40ed2b-5e91-4cd4-96d9-8dd3ec1c7686",
      "status": "available",
      "size": 1,
      "metadata": {
        "k": "v"
      },
      "group_snapshot_id": null,
      "user_id": "1962399bfe114deda2f8ba3e00eb966a",
      "consumes_quota": true,
      "os-extended-snapshot-attributes:project_id": "PROJECT",
      "os-extended-snapshot-attributes:progress": "100%"
    }
  ],
  "snapshots_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/snapshots/detail?volume_id=0f40ed2b-5e91-4cd4-96d9-8dd3ec1c7686&metadata=%7B%22k%22%3A%22v%22%7D&sort=name%3Aasc&limit=1&marker=60dd19ef-df4b-4327-ad9b-c57de497c786"
    }
  ]
};

/** 200 reply to `GET /snapshots/detail?volume_id=…` once the volume's snapshots are gone. */
export const emptyPage = {
  "snapshots": []
};

/** 200 reply to `GET /snapshots?volume_id=…&status=available&name=rec-snap`. */
export const summaries = {
  "snapshots": [
    {
      "id": "5fb8d866-f601-4693-b9d1-1472e08acf79",
      "created_at": "2026-12-08T01:24:50.000000",
      "updated_at": "2026-12-08T01:24:50.000000",
      "name": "rec-snap",
      "description": "recorded",
      "volume_id": "5a2b2331-6efd-43de-8a00-f06f95971331",
      "status": "available",
      "size": 1,
      "metadata": {
        "purpose": "record"
      }
    }
  ]
};

/** 200 reply to `GET /snapshots?all_tenants=true&name=rec-snap-3` as admin. */
export const summariesAllTenants = {
  "snapshots": [
    {
      "id": "f298dea9-8226-4224-a54d-bbc0e4612cfa",
      "created_at": "2026-12-08T01:24:50.000000",
      "updated_at": "2026-12-08T01:24:50.000000",
      "name": "rec-snap-3",
      "description": null,
      "volume_id": "5a2b2331-6efd-43de-8a00-f06f95971331",
      "status": "available",
      "size": 1,
      "metadata": {}
    }
  ]
};

/** 200 reply to `GET /snapshots/{id}`. */
export const got = {
  "snapshot": {
    "id": "5fb8d866-f601-4693-b9d1-1472e08acf79",
    "created_at": "2026-12-08T01:24:50.000000",
    "updated_at": "2026-12-08T01:24:50.000000",
    "name": "rec-snap",
    "description": "recorded",
    "volume_id": "5a2b2331-6efd-43de-8a00-f06f95971331",
    "status": "available",
    "size": 1,
    "metadata": {
      "purpose": "record"
    },
    "group_snapshot_id": null,
    "user_id": "1962399bfe114deda2f8ba3e00eb966a",
    "consumes_quota": true,
    "os-extended-snapshot-attributes:project_id": "PROJECT",
    "os-extended-snapshot-attributes:progress": "100%"
  }
};

/** 200 reply to `GET /snapshots/{id}` at 3.0. */
export const got30 = {
  "snapshot": {
    "id": "5fb8d866-f601-4693-b9d1-1472e08acf79",
    "created_at": "2026-12-08T01:24:50.000000",
    "updated_at": "2026-12-08T01:24:50.000000",
    "name": "rec-snap",
    "description": "recorded",
    "volume_id": "5a2b2331-6efd-43de-8a00-f06f95971331",
    "status": "available",
    "size": 1,
    "metadata": {
      "purpose": "record"
    },
    "os-extended-snapshot-attributes:project_id": "PROJECT",
    "os-extended-snapshot-attributes:progress": "100%"
  }
};

/** 200 reply to `GET /snapshots/{id}` after an admin reset its status to `error`. */
export const gotError = {
  "snapshot": {
    "id": "5fb8d866-f601-4693-b9d1-1472e08acf79",
    "created_at": "2026-12-08T01:24:50.000000",
    "updated_at": "2026-12-08T01:25:01.000000",
    "name": "rec-snap-renamed",
    "description": "changed",
    "volume_id": "5a2b2331-6efd-43de-8a00-f06f95971331",
    "status": "error",
    "size": 1,
    "metadata": {
      "owner": "rec"
    },
    "group_snapshot_id": null,
    "user_id": "1962399bfe114deda2f8ba3e00eb966a",
    "consumes_quota": true,
    "os-extended-snapshot-attributes:project_id": "PROJECT",
    "os-extended-snapshot-attributes:progress": "100%"
  }
};

/** 404 reply to `GET /snapshots/{id}` once the snapshot is deleted. */
export const notFound = {
  "itemNotFound": {
    "code": 404,
    "message": "Snapshot 5fb8d866-f601-4693-b9d1-1472e08acf79 could not be found."
  }
};

/** 200 reply to `GET /messages?resource_uuid={snapshot id}`. */
export const noMessages = {
  "messages": []
};

/** 200 reply to `PUT /snapshots/{id}` with a name and description. */
export const updated = {
  "snapshot": {
    "id": "5fb8d866-f601-4693-b9d1-1472e08acf79",
    "created_at": "2026-12-08T01:24:50.000000",
    "updated_at": "2026-12-08T01:24:50.000000",
    "name": "rec-snap-renamed",
    "description": "changed",
    "volume_id": "5a2b2331-6efd-43de-8a00-f06f95971331",
    "status": "available",
    "size": 1,
    "metadata": {
      "purpose": "record"
    },
    "group_snapshot_id": null,
    "user_id": "1962399bfe114deda2f8ba3e00eb966a",
    "consumes_quota": true
  }
};

/** 200 reply to `GET /snapshots/{id}/metadata`. */
export const metadata = {
  "metadata": {
    "purpose": "record"
  }
};

/** 200 reply to `POST /snapshots/{id}/metadata` with `{ stage: "one" }`. */
export const metadataUpdated = {
  "metadata": {
    "purpose": "record",
    "stage": "one"
  }
};

/** 200 reply to `PUT /snapshots/{id}/metadata` with `{ stage: "two", owner: "rec" }`. */
export const metadataReplaced = {
  "metadata": {
    "stage": "two",
    "owner": "rec"
  }
};

/** 200 reply to `GET /snapshots/{id}/metadata/stage`. */
export const metadataItem = {
  "meta": {
    "stage": "two"
  }
};

/** 200 reply to `PUT /snapshots/{id}/metadata/stage` with `{ meta: { stage: "three" } }`. */
export const metadataItemSet = {
  "meta": {
    "stage": "three"
  }
};

/** 404 reply to `GET /snapshots/{id}/metadata/stage` once the item is deleted. */
export const metadataItemNotFound = {
  "itemNotFound": {
    "code": 404,
    "message": "Snapshot 5fb8d866-f601-4693-b9d1-1472e08acf79 has no metadata with key stage."
  }
};

/** 403 reply to the member's `os-reset_status` action. */
export const resetRefused = {
  "forbidden": {
    "code": 403,
    "message": "Policy doesn't allow volume_extension:snapshot_admin_actions:reset_status to be performed."
  }
};

/** 403 reply to the member's `os-force_delete` action. */
export const forceDeleteRefused = {
  "forbidden": {
    "code": 403,
    "message": "Policy doesn't allow volume_extension:snapshot_admin_actions:force_delete to be performed."
  }
};
