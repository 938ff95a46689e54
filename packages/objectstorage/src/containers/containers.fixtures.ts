/**
 * Replies recorded from the real Swift (2.30.1) of the local cloud, as the member (demo), with the
 * SDK itself making the calls (/tmp/rec-units/). Kept: the headers that matter and
 * x-openstack-request-id. The project ID in the account name is trimmed to `rec`, like the fake's
 * storage URL; nothing else is edited. Header values are as fetch hands them over: Swift's UTF-8
 * bytes one per character (`gr\u00c3\u00bcn` is "grün").
 */

/** 201 reply to the recorded `PUT /v1/AUTH_rec/osts-acc-recu-settings`, with every setting. */
export const created = {
  "status": 201,
  "headers": {
    "x-openstack-request-id": "tx4e1ac86aa7104dc18aaa5-006b09b1d6"
  }
};

/** 202 reply to the recorded `PUT /v1/AUTH_rec/osts-acc-recu-settings`, for a container that exists. */
export const createdAgain = {
  "status": 202,
  "headers": {
    "content-length": "76",
    "content-type": "text/html; charset=UTF-8",
    "x-openstack-request-id": "tx607ca66712934854bea88-006b09b1d6"
  },
  "body": "<html><h1>Accepted</h1><p>The request is accepted for processing.</p></html>"
};

/** 204 reply to the recorded `HEAD /v1/AUTH_rec/osts-acc-recu-settings`, after the creation. */
export const container = {
  "status": 204,
  "headers": {
    "last-modified": "Fri, 27 Nov 2026 16:37:43 GMT",
    "x-container-bytes-used": "0",
    "x-container-meta-again": "yes",
    "x-container-meta-colour": "gr\u00c3\u00bcn",
    "x-container-meta-extra": "extra",
    "x-container-meta-plain": "plain",
    "x-container-meta-quota-bytes": "100",
    "x-container-meta-quota-count": "2",
    "x-container-meta-temp-url-key": "recu-ckey",
    "x-container-meta-temp-url-key-2": "recu-ckey-2",
    "x-container-object-count": "0",
    "x-container-read": ".r:*,.rlistings",
    "x-container-write": "rec:*",
    "x-openstack-request-id": "tx56a4262ea84b410386017-006b09b1d6",
    "x-storage-policy": "Policy-0",
    "x-timestamp": "1795797462.10853",
    "x-versions-enabled": "True"
  }
};

/** 413 reply to the recorded `PUT /v1/AUTH_rec/osts-acc-recu-settings/three`, a third object where quota_count is 2. */
export const quotaCountExceeded = {
  "status": 413,
  "headers": {
    "content-length": "21",
    "content-type": "text/html; charset=UTF-8",
    "x-openstack-request-id": "tx53be03ae642e4c65a7b3e-006b09b1d6"
  },
  "body": "Upload exceeds quota."
};

/** 413 reply to the recorded `PUT /v1/AUTH_rec/osts-acc-recu-settings/big`, 101 bytes where quota_bytes is 100. */
export const quotaBytesExceeded = {
  "status": 413,
  "headers": {
    "content-length": "21",
    "content-type": "text/html; charset=UTF-8",
    "x-openstack-request-id": "tx7575ebf6a8624fe297e7e-006b09b1d6"
  },
  "body": "Upload exceeds quota."
};

/** 204 reply to the recorded `POST /v1/AUTH_rec/osts-acc-recu-settings`, changing and removing settings. */
export const updated = {
  "status": 204,
  "headers": {
    "x-openstack-request-id": "tx2e72f8370ce945b582cf7-006b09b1d6"
  }
};

/** 204 reply to the recorded `HEAD /v1/AUTH_rec/osts-acc-recu-settings`, after the update. */
export const containerAfterUpdate = {
  "status": 204,
  "headers": {
    "last-modified": "Fri, 27 Nov 2026 16:37:43 GMT",
    "x-container-bytes-used": "2",
    "x-container-meta-added": "neu",
    "x-container-meta-again": "yes",
    "x-container-meta-colour": "gr\u00c3\u00bcn",
    "x-container-object-count": "2",
    "x-openstack-request-id": "tx63ec09290e374133ac691-006b09b1d6",
    "x-storage-policy": "Policy-0",
    "x-timestamp": "1795797462.10853",
    "x-versions-enabled": "False"
  }
};

/** 409 reply to the recorded `DELETE /v1/AUTH_rec/osts-acc-recu-settings`, a container whose objects have old versions. */
export const deleteVersioned = {
  "status": 409,
  "headers": {
    "content-length": "46",
    "content-type": "text/html; charset=UTF-8",
    "x-openstack-request-id": "tx98d0b52b8b7941dd8115f-006b09b1d6"
  },
  "body": "Delete all versions before deleting container."
};

/** 409 reply to the recorded `DELETE /v1/AUTH_rec/osts-acc-recu-extra`, a container holding an object. */
export const deleteNotEmpty = {
  "status": 409,
  "headers": {
    "content-length": "95",
    "content-type": "text/html; charset=UTF-8",
    "x-openstack-request-id": "tx2194d01a949b41aea68fb-006b09b266"
  },
  "body": "<html><h1>Conflict</h1><p>There was a conflict when trying to complete your request.</p></html>"
};

/** 204 reply to the recorded `POST /v1/AUTH_rec/osts-acc-recu-legacy`. */
export const historyLocationSet = {
  "status": 204,
  "headers": {
    "x-openstack-request-id": "txb34a73c4fb36440692d11-006b09b1d6"
  }
};

/** 204 reply to the recorded `HEAD /v1/AUTH_rec/osts-acc-recu-legacy`, with legacy "history" versioning. */
export const historyLocation = {
  "status": 204,
  "headers": {
    "last-modified": "Fri, 27 Nov 2026 16:37:43 GMT",
    "x-container-bytes-used": "0",
    "x-container-object-count": "0",
    "x-history-location": "osts-acc-recu-legacy-versions",
    "x-openstack-request-id": "txf863cab2079d46b7893cc-006b09b1d6",
    "x-storage-policy": "Policy-0",
    "x-timestamp": "1795797462.41376"
  }
};

/** 204 reply to the recorded `POST /v1/AUTH_rec/osts-acc-recu-legacy`. */
export const historyLocationRemoved = {
  "status": 204,
  "headers": {
    "x-openstack-request-id": "txe7b5fcc9307f40eb9e34e-006b09b1d6"
  }
};

/** 204 reply to the recorded `HEAD /v1/AUTH_rec/osts-acc-recu-legacy`, with legacy "stack" versioning. */
export const versionsLocation = {
  "status": 204,
  "headers": {
    "last-modified": "Fri, 27 Nov 2026 16:37:43 GMT",
    "x-container-bytes-used": "0",
    "x-container-object-count": "0",
    "x-openstack-request-id": "txea53bbaf7d884c3d91085-006b09b1d6",
    "x-storage-policy": "Policy-0",
    "x-timestamp": "1795797462.41376",
    "x-versions-location": "osts-acc-recu-legacy-versions"
  }
};

/** 204 reply to the recorded `HEAD /v1/AUTH_rec/osts-acc-recu-legacy`, after versions_location was removed. */
export const legacyAfterRemoval = {
  "status": 204,
  "headers": {
    "last-modified": "Fri, 27 Nov 2026 16:37:43 GMT",
    "x-container-bytes-used": "0",
    "x-container-object-count": "0",
    "x-openstack-request-id": "tx3c555efb70e7498695546-006b09b1d6",
    "x-storage-policy": "Policy-0",
    "x-timestamp": "1795797462.41376"
  }
};

/** 200 reply to the recorded `GET /v1/AUTH_rec/?format=json&prefix=osts-acc-recu-list-&limit=2`, first page. */
export const listPage1 = {
  "status": 200,
  "headers": {
    "content-length": "210",
    "content-type": "application/json; charset=utf-8",
    "x-account-bytes-used": "0",
    "x-account-container-count": "9",
    "x-account-object-count": "0",
    "x-account-project-domain-id": "default",
    "x-account-storage-policy-policy-0-bytes-used": "0",
    "x-account-storage-policy-policy-0-container-count": "9",
    "x-account-storage-policy-policy-0-object-count": "0",
    "x-openstack-request-id": "txd9693ca32a0e46d69eb68-006b09b1d6",
    "x-timestamp": "1795788019.29631"
  },
  "body": "[{\"name\": \"osts-acc-recu-list-1\", \"count\": 0, \"bytes\": 0, \"last_modified\": \"2026-11-27T16:37:42.527130\"}, {\"name\": \"osts-acc-recu-list-2\", \"count\": 0, \"bytes\": 0, \"last_modified\": \"2026-11-27T16:37:42.546840\"}]"
};

/** 200 reply to the recorded `GET /v1/AUTH_rec/?format=json&prefix=osts-acc-recu-list-&limit=2&marker=osts-acc-recu-list-2`, second page. */
export const listPage2 = {
  "status": 200,
  "headers": {
    "content-length": "210",
    "content-type": "application/json; charset=utf-8",
    "x-account-bytes-used": "0",
    "x-account-container-count": "9",
    "x-account-object-count": "0",
    "x-account-project-domain-id": "default",
    "x-account-storage-policy-policy-0-bytes-used": "0",
    "x-account-storage-policy-policy-0-container-count": "9",
    "x-account-storage-policy-policy-0-object-count": "0",
    "x-openstack-request-id": "txcc9338ee39a44b7ca342f-006b09b1d6",
    "x-timestamp": "1795788019.29631"
  },
  "body": "[{\"name\": \"osts-acc-recu-list-3\", \"count\": 0, \"bytes\": 0, \"last_modified\": \"2026-11-27T16:37:42.567460\"}, {\"name\": \"osts-acc-recu-list-4\", \"count\": 0, \"bytes\": 0, \"last_modified\": \"2026-11-27T16:37:42.589420\"}]"
};

/** 200 reply to the recorded `GET /v1/AUTH_rec/?format=json&prefix=osts-acc-recu-list-&limit=2&marker=osts-acc-recu-list-4`, last page, shorter than the limit. */
export const listPage3 = {
  "status": 200,
  "headers": {
    "content-length": "105",
    "content-type": "application/json; charset=utf-8",
    "x-account-bytes-used": "0",
    "x-account-container-count": "9",
    "x-account-object-count": "0",
    "x-account-project-domain-id": "default",
    "x-account-storage-policy-policy-0-bytes-used": "0",
    "x-account-storage-policy-policy-0-container-count": "9",
    "x-account-storage-policy-policy-0-object-count": "0",
    "x-openstack-request-id": "tx941bffd5d4a0467b92152-006b09b1d6",
    "x-timestamp": "1795788019.29631"
  },
  "body": "[{\"name\": \"osts-acc-recu-list-5\", \"count\": 0, \"bytes\": 0, \"last_modified\": \"2026-11-27T16:37:42.610930\"}]"
};

/** 200 reply to the recorded `GET /v1/AUTH_rec/?format=json&prefix=osts-acc-recu-list-&reverse=true&marker=osts-acc-recu-list-5&end_marker=osts-acc-recu-list-1`. */
export const listReverse = {
  "status": 200,
  "headers": {
    "content-length": "315",
    "content-type": "application/json; charset=utf-8",
    "x-account-bytes-used": "0",
    "x-account-container-count": "9",
    "x-account-object-count": "0",
    "x-account-project-domain-id": "default",
    "x-account-storage-policy-policy-0-bytes-used": "0",
    "x-account-storage-policy-policy-0-container-count": "9",
    "x-account-storage-policy-policy-0-object-count": "0",
    "x-openstack-request-id": "txce1be661f8d4422cafdb8-006b09b1d6",
    "x-timestamp": "1795788019.29631"
  },
  "body": "[{\"name\": \"osts-acc-recu-list-4\", \"count\": 0, \"bytes\": 0, \"last_modified\": \"2026-11-27T16:37:42.589420\"}, {\"name\": \"osts-acc-recu-list-3\", \"count\": 0, \"bytes\": 0, \"last_modified\": \"2026-11-27T16:37:42.567460\"}, {\"name\": \"osts-acc-recu-list-2\", \"count\": 0, \"bytes\": 0, \"last_modified\": \"2026-11-27T16:37:42.546840\"}]"
};

/** 200 reply to the recorded `GET /v1/AUTH_rec/?format=json&prefix=osts-acc-recu-list-&reverse=true&marker=osts-acc-recu-list-2&end_marker=osts-acc-recu-list-1`, the empty page that ends the listing. */
export const listReverseEnd = {
  "status": 200,
  "headers": {
    "content-length": "2",
    "content-type": "application/json; charset=utf-8",
    "x-account-bytes-used": "0",
    "x-account-container-count": "9",
    "x-account-object-count": "0",
    "x-account-project-domain-id": "default",
    "x-account-storage-policy-policy-0-bytes-used": "0",
    "x-account-storage-policy-policy-0-container-count": "9",
    "x-account-storage-policy-policy-0-object-count": "0",
    "x-openstack-request-id": "txfa158354ae9b4cb6bed37-006b09b1d6",
    "x-timestamp": "1795788019.29631"
  },
  "body": "[]"
};

/** 200 reply to the recorded `GET /v1/AUTH_rec/?format=json&prefix=osts-acc-recu-list-&marker=osts-acc-recu-list-1&end_marker=osts-acc-recu-list-4`. */
export const listEndMarker = {
  "status": 200,
  "headers": {
    "content-length": "210",
    "content-type": "application/json; charset=utf-8",
    "x-account-bytes-used": "0",
    "x-account-container-count": "9",
    "x-account-object-count": "0",
    "x-account-project-domain-id": "default",
    "x-account-storage-policy-policy-0-bytes-used": "0",
    "x-account-storage-policy-policy-0-container-count": "9",
    "x-account-storage-policy-policy-0-object-count": "0",
    "x-openstack-request-id": "tx7720a301e0344c7da9a10-006b09b1d6",
    "x-timestamp": "1795788019.29631"
  },
  "body": "[{\"name\": \"osts-acc-recu-list-2\", \"count\": 0, \"bytes\": 0, \"last_modified\": \"2026-11-27T16:37:42.546840\"}, {\"name\": \"osts-acc-recu-list-3\", \"count\": 0, \"bytes\": 0, \"last_modified\": \"2026-11-27T16:37:42.567460\"}]"
};

/** 200 reply to the recorded `GET /v1/AUTH_rec/?format=json&prefix=osts-acc-recu-list-&marker=osts-acc-recu-list-3&end_marker=osts-acc-recu-list-4`, the empty page that ends the listing. */
export const listEndMarkerEnd = {
  "status": 200,
  "headers": {
    "content-length": "2",
    "content-type": "application/json; charset=utf-8",
    "x-account-bytes-used": "0",
    "x-account-container-count": "9",
    "x-account-object-count": "0",
    "x-account-project-domain-id": "default",
    "x-account-storage-policy-policy-0-bytes-used": "0",
    "x-account-storage-policy-policy-0-container-count": "9",
    "x-account-storage-policy-policy-0-object-count": "0",
    "x-openstack-request-id": "tx54c9b24f997e428883977-006b09b1d6",
    "x-timestamp": "1795788019.29631"
  },
  "body": "[]"
};

/** 204 reply to the recorded `DELETE /v1/AUTH_rec/osts-acc-recu-list-1`. */
export const deleted = {
  "status": 204,
  "headers": {
    "x-openstack-request-id": "tx74294e928d9a4127b6914-006b09b1d6"
  }
};

/** 404 reply to the recorded `HEAD /v1/AUTH_rec/osts-acc-recu-list-1`, after the container was deleted. */
export const headMissing = {
  "status": 404,
  "headers": {
    "x-openstack-request-id": "txb30f7d4b78fc47d385846-006b09b1d6"
  }
};
