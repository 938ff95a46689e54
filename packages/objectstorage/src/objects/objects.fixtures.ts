/**
 * Replies recorded from the real Swift (2.30.1) of the local cloud, as the member (demo), with the
 * SDK itself making the calls (/tmp/rec-units/). Kept: the headers that matter and
 * x-openstack-request-id. The project ID in the account name is trimmed to `rec`, like the fake's
 * storage URL; nothing else is edited. Header values are as fetch hands them over: Swift's UTF-8
 * bytes one per character (`gr\u00c3\u00bcn` is "grün").
 */

/** 201 reply to the recorded `PUT /v1/AUTH_rec/osts-acc-recu-objects/hello.txt`, with every header option. */
export const uploaded = {
  "status": 201,
  "headers": {
    "etag": "5eb63bbbe01eeed093cb22bb8f5acdc3",
    "last-modified": "Fri, 27 Nov 2026 16:38:27 GMT",
    "x-openstack-request-id": "txb7708eee5d8c4cb1bcf41-006b09b202"
  }
};

/** 200 reply to the recorded `HEAD /v1/AUTH_rec/osts-acc-recu-objects/hello.txt`, of that object. */
export const object = {
  "status": 200,
  "headers": {
    "content-disposition": "attachment; filename=\"hello.txt\"",
    "content-encoding": "identity",
    "content-length": "11",
    "content-type": "text/plain",
    "etag": "5eb63bbbe01eeed093cb22bb8f5acdc3",
    "last-modified": "Fri, 27 Nov 2026 16:38:27 GMT",
    "x-delete-at": "1795883906",
    "x-object-meta-colour": "gr\u00c3\u00bcn",
    "x-object-meta-plain": "plain",
    "x-openstack-request-id": "tx2c3aff9b18a74ffcb6cdc-006b09b202",
    "x-timestamp": "1795797506.07090"
  }
};

/** 200 reply to the recorded `GET /v1/AUTH_rec/osts-acc-recu-objects/hello.txt`. */
export const download = {
  "status": 200,
  "headers": {
    "content-disposition": "attachment; filename=\"hello.txt\"",
    "content-encoding": "identity",
    "content-length": "11",
    "content-type": "text/plain",
    "etag": "5eb63bbbe01eeed093cb22bb8f5acdc3",
    "last-modified": "Fri, 27 Nov 2026 16:38:27 GMT",
    "x-delete-at": "1795883906",
    "x-object-meta-colour": "gr\u00c3\u00bcn",
    "x-object-meta-plain": "plain",
    "x-openstack-request-id": "tx738a6d6fc22640dbb61c7-006b09b202",
    "x-timestamp": "1795797506.07090"
  },
  "body": "hello world"
};

/** 201 reply to the recorded `PUT /v1/AUTH_rec/osts-acc-recu-objects2/plain.txt`, of "hello world" with only a content type. */
export const plainUploaded = {
  "status": 201,
  "headers": {
    "etag": "5eb63bbbe01eeed093cb22bb8f5acdc3",
    "last-modified": "Fri, 27 Nov 2026 16:44:09 GMT",
    "x-openstack-request-id": "tx41caef4e6357484c8d31f-006b09b358"
  }
};

/** 200 reply to the recorded `GET /v1/AUTH_rec/osts-acc-recu-objects2/plain.txt`, of that object (no Content-Encoding). */
export const plainDownload = {
  "status": 200,
  "headers": {
    "content-length": "11",
    "content-type": "text/plain",
    "etag": "5eb63bbbe01eeed093cb22bb8f5acdc3",
    "last-modified": "Fri, 27 Nov 2026 16:44:09 GMT",
    "x-openstack-request-id": "tx973a03736eb847188c993-006b09b358",
    "x-timestamp": "1795797848.16879"
  },
  "body": "hello world"
};

/** 206 reply to the recorded `GET /v1/AUTH_rec/osts-acc-recu-objects/hello.txt` (`Range: bytes=0-4`). */
export const rangeStartEnd = {
  "status": 206,
  "headers": {
    "content-disposition": "attachment; filename=\"hello.txt\"",
    "content-encoding": "identity",
    "content-length": "5",
    "content-range": "bytes 0-4/11",
    "content-type": "text/plain",
    "etag": "5eb63bbbe01eeed093cb22bb8f5acdc3",
    "last-modified": "Fri, 27 Nov 2026 16:38:27 GMT",
    "x-delete-at": "1795883906",
    "x-object-meta-colour": "gr\u00c3\u00bcn",
    "x-object-meta-plain": "plain",
    "x-openstack-request-id": "tx1d7c4d3a41b7407386cbd-006b09b202",
    "x-timestamp": "1795797506.07090"
  },
  "body": "hello"
};

/** 206 reply to the recorded `GET /v1/AUTH_rec/osts-acc-recu-objects/hello.txt` (`Range: bytes=6-`). */
export const rangeOpen = {
  "status": 206,
  "headers": {
    "content-disposition": "attachment; filename=\"hello.txt\"",
    "content-encoding": "identity",
    "content-length": "5",
    "content-range": "bytes 6-10/11",
    "content-type": "text/plain",
    "etag": "5eb63bbbe01eeed093cb22bb8f5acdc3",
    "last-modified": "Fri, 27 Nov 2026 16:38:27 GMT",
    "x-delete-at": "1795883906",
    "x-object-meta-colour": "gr\u00c3\u00bcn",
    "x-object-meta-plain": "plain",
    "x-openstack-request-id": "txb3656fb7193047e1be791-006b09b202",
    "x-timestamp": "1795797506.07090"
  },
  "body": "world"
};

/** 206 reply to the recorded `GET /v1/AUTH_rec/osts-acc-recu-objects/hello.txt` (`Range: bytes=-5`). */
export const rangeSuffix = {
  "status": 206,
  "headers": {
    "content-disposition": "attachment; filename=\"hello.txt\"",
    "content-encoding": "identity",
    "content-length": "5",
    "content-range": "bytes 6-10/11",
    "content-type": "text/plain",
    "etag": "5eb63bbbe01eeed093cb22bb8f5acdc3",
    "last-modified": "Fri, 27 Nov 2026 16:38:27 GMT",
    "x-delete-at": "1795883906",
    "x-object-meta-colour": "gr\u00c3\u00bcn",
    "x-object-meta-plain": "plain",
    "x-openstack-request-id": "tx16c369818a894796b39a9-006b09b202",
    "x-timestamp": "1795797506.07090"
  },
  "body": "world"
};

/** 304 reply to the recorded `GET /v1/AUTH_rec/osts-acc-recu-objects/hello.txt` (`If-None-Match` with the ETag). */
export const notModified = {
  "status": 304,
  "headers": {
    "content-disposition": "attachment; filename=\"hello.txt\"",
    "content-encoding": "identity",
    "etag": "5eb63bbbe01eeed093cb22bb8f5acdc3",
    "last-modified": "Fri, 27 Nov 2026 16:38:27 GMT",
    "x-delete-at": "1795883906",
    "x-object-meta-colour": "gr\u00c3\u00bcn",
    "x-object-meta-plain": "plain",
    "x-openstack-request-id": "tx163c81ef16ff443e9a6b1-006b09b202",
    "x-timestamp": "1795797506.07090"
  }
};

/** 412 reply to the recorded `GET /v1/AUTH_rec/osts-acc-recu-objects/hello.txt` (`If-Match` with another ETag). */
export const ifMatchFailed = {
  "status": 412,
  "headers": {
    "content-disposition": "attachment; filename=\"hello.txt\"",
    "content-encoding": "identity",
    "etag": "5eb63bbbe01eeed093cb22bb8f5acdc3",
    "last-modified": "Fri, 27 Nov 2026 16:38:27 GMT",
    "x-delete-at": "1795883906",
    "x-object-meta-colour": "gr\u00c3\u00bcn",
    "x-object-meta-plain": "plain",
    "x-openstack-request-id": "txa5e6ef7a8d534243885b3-006b09b202",
    "x-timestamp": "1795797506.07090"
  }
};

/** 412 reply to the recorded `PUT /v1/AUTH_rec/osts-acc-recu-objects/hello.txt` (`If-None-Match: *` on an existing object). */
export const existsAlready = {
  "status": 412,
  "headers": {
    "content-length": "92",
    "content-type": "text/html; charset=UTF-8",
    "x-openstack-request-id": "tx3731c2efc456406da2bb4-006b09b202"
  },
  "body": "<html><h1>Precondition Failed</h1><p>A precondition for this request was not met.</p></html>"
};

/** 422 reply to the recorded `PUT /v1/AUTH_rec/osts-acc-recu-objects/bad-etag.txt` (an `ETag` the data does not have). */
export const etagMismatch = {
  "status": 422,
  "headers": {
    "content-length": "93",
    "content-type": "text/html; charset=UTF-8",
    "last-modified": "Fri, 27 Nov 2026 16:38:27 GMT",
    "x-openstack-request-id": "txe686bcec22224b48821d4-006b09b202"
  },
  "body": "<html><h1>Unprocessable Entity</h1><p>Unable to process the contained instructions</p></html>"
};

/** 201 reply to the recorded `PUT /v1/AUTH_rec/osts-acc-recu-objects/streamed.bin`, streaming the 11 bytes "stream data" from an async generator. */
export const streamed = {
  "status": 201,
  "headers": {
    "etag": "f2ff0fe63e0edc2183508fece37fc4e6",
    "last-modified": "Fri, 27 Nov 2026 16:38:27 GMT",
    "x-openstack-request-id": "tx27e45e331c46450caba52-006b09b202"
  }
};

/** 201 reply to the recorded `PUT /v1/AUTH_rec/osts-acc-recu-objects/expiring.txt`, with deleteAt. */
export const expiringUploaded = {
  "status": 201,
  "headers": {
    "etag": "09bcb72d61c0d6d1eff5336da6881557",
    "last-modified": "Fri, 27 Nov 2026 16:38:27 GMT",
    "x-openstack-request-id": "tx4485135ea0b94dc5b09b3-006b09b202"
  }
};

/** 200 reply to the recorded `HEAD /v1/AUTH_rec/osts-acc-recu-objects/expiring.txt`, of that object. */
export const expiring = {
  "status": 200,
  "headers": {
    "content-length": "7",
    "content-type": "text/plain",
    "etag": "09bcb72d61c0d6d1eff5336da6881557",
    "last-modified": "Fri, 27 Nov 2026 16:38:27 GMT",
    "x-delete-at": "1795883906",
    "x-openstack-request-id": "txc20e1c71b050491991407-006b09b202",
    "x-timestamp": "1795797506.30369"
  }
};

/** 200 reply to the recorded `GET /v1/AUTH_rec/osts-acc-recu-objects/data.txt.gz`, of an object stored with `Content-Encoding: gzip`: the body is what fetch handed over, already decompressed (320 bytes, where Content-Length says 41). */
export const gzipDownload = {
  "status": 200,
  "headers": {
    "content-encoding": "gzip",
    "content-length": "41",
    "content-type": "text/plain",
    "etag": "17ef1c406c24b6e16d34d528d8579e85",
    "last-modified": "Fri, 27 Nov 2026 16:38:27 GMT",
    "x-openstack-request-id": "tx9e269e7c49a0460d9cc45-006b09b202",
    "x-timestamp": "1795797506.35890"
  },
  "body": "compressed text compressed text compressed text compressed text compressed text compressed text compressed text compressed text compressed text compressed text compressed text compressed text compressed text compressed text compressed text compressed text compressed text compressed text compressed text compressed text "
};

/** 200 reply to the recorded `GET /v1/AUTH_rec/osts-acc-recu-objects?format=json&delimiter=%2F&limit=2`. */
export const listDelimiter1 = {
  "status": 200,
  "headers": {
    "content-length": "311",
    "content-type": "application/json; charset=utf-8",
    "last-modified": "Fri, 27 Nov 2026 16:38:27 GMT",
    "x-container-bytes-used": "102",
    "x-container-object-count": "9",
    "x-openstack-request-id": "tx513dfcaa5ff14bc5bb70a-006b09b202",
    "x-storage-policy": "Policy-0",
    "x-timestamp": "1795797506.04585"
  },
  "body": "[{\"bytes\": 5, \"hash\": \"a5e54d1fd7bb69a228ef0dcd2431367e\", \"name\": \"a.txt\", \"content_type\": \"text/plain\", \"last_modified\": \"2026-11-27T16:38:26.400070\"}, {\"bytes\": 41, \"hash\": \"17ef1c406c24b6e16d34d528d8579e85\", \"name\": \"data.txt.gz\", \"content_type\": \"text/plain\", \"last_modified\": \"2026-11-27T16:38:26.358900\"}]"
};

/** 200 reply to the recorded `GET /v1/AUTH_rec/osts-acc-recu-objects?format=json&delimiter=%2F&limit=2&marker=data.txt.gz`, a page of pseudo-folders only. */
export const listDelimiter2 = {
  "status": 200,
  "headers": {
    "content-length": "42",
    "content-type": "application/json; charset=utf-8",
    "last-modified": "Fri, 27 Nov 2026 16:38:27 GMT",
    "x-container-bytes-used": "102",
    "x-container-object-count": "9",
    "x-openstack-request-id": "tx3f81930d5f3c4a098d49b-006b09b202",
    "x-storage-policy": "Policy-0",
    "x-timestamp": "1795797506.04585"
  },
  "body": "[{\"subdir\": \"dir1/\"}, {\"subdir\": \"dir2/\"}]"
};

/** 200 reply to the recorded `GET /v1/AUTH_rec/osts-acc-recu-objects?format=json&delimiter=%2F&limit=2&marker=dir2%2F`, after a page that ended in a pseudo-folder. */
export const listDelimiter3 = {
  "status": 200,
  "headers": {
    "content-length": "316",
    "content-type": "application/json; charset=utf-8",
    "last-modified": "Fri, 27 Nov 2026 16:38:27 GMT",
    "x-container-bytes-used": "102",
    "x-container-object-count": "9",
    "x-openstack-request-id": "txc1f2a2294e7c42acb1307-006b09b202",
    "x-storage-policy": "Policy-0",
    "x-timestamp": "1795797506.04585"
  },
  "body": "[{\"bytes\": 7, \"hash\": \"09bcb72d61c0d6d1eff5336da6881557\", \"name\": \"expiring.txt\", \"content_type\": \"text/plain\", \"last_modified\": \"2026-11-27T16:38:26.303690\"}, {\"bytes\": 11, \"hash\": \"5eb63bbbe01eeed093cb22bb8f5acdc3\", \"name\": \"hello.txt\", \"content_type\": \"text/plain\", \"last_modified\": \"2026-11-27T16:38:26.070900\"}]"
};

/** 200 reply to the recorded `GET /v1/AUTH_rec/osts-acc-recu-objects?format=json&delimiter=%2F&limit=2&marker=hello.txt`. */
export const listDelimiter4 = {
  "status": 200,
  "headers": {
    "content-length": "193",
    "content-type": "application/json; charset=utf-8",
    "last-modified": "Fri, 27 Nov 2026 16:38:27 GMT",
    "x-container-bytes-used": "102",
    "x-container-object-count": "9",
    "x-openstack-request-id": "tx60af8c23d9d646ac92727-006b09b202",
    "x-storage-policy": "Policy-0",
    "x-timestamp": "1795797506.04585"
  },
  "body": "[{\"bytes\": 11, \"hash\": \"f2ff0fe63e0edc2183508fece37fc4e6\", \"name\": \"streamed.bin\", \"content_type\": \"application/octet-stream\", \"last_modified\": \"2026-11-27T16:38:26.280660\"}, {\"subdir\": \"zz/\"}]"
};

/** 200 reply to the recorded `GET /v1/AUTH_rec/osts-acc-recu-objects?format=json&delimiter=%2F&limit=2&marker=zz%2F`, after a page that ended in a pseudo-folder. */
export const listDelimiter5 = {
  "status": 200,
  "headers": {
    "content-length": "2",
    "content-type": "application/json; charset=utf-8",
    "last-modified": "Fri, 27 Nov 2026 16:38:27 GMT",
    "x-container-bytes-used": "102",
    "x-container-object-count": "9",
    "x-openstack-request-id": "tx937ff1e60bdf42839bada-006b09b202",
    "x-storage-policy": "Policy-0",
    "x-timestamp": "1795797506.04585"
  },
  "body": "[]"
};

/** 200 reply to the recorded `GET /v1/AUTH_rec/osts-acc-recu-objects?format=json&path=dir1`. */
export const listPath = {
  "status": 200,
  "headers": {
    "content-length": "334",
    "content-type": "application/json; charset=utf-8",
    "last-modified": "Fri, 27 Nov 2026 16:38:27 GMT",
    "x-container-bytes-used": "102",
    "x-container-object-count": "9",
    "x-openstack-request-id": "tx42cdb8792f8547978a224-006b09b202",
    "x-storage-policy": "Policy-0",
    "x-timestamp": "1795797506.04585"
  },
  "body": "[{\"bytes\": 6, \"hash\": \"2808faeb1ccafde17b6ea06bf3f36f8b\", \"name\": \"dir1/x\", \"content_type\": \"application/octet-stream\", \"last_modified\": \"2026-11-27T16:38:26.426660\"}, {\"bytes\": 6, \"hash\": \"34edc7f4b8108e43d46316281bcc1ca2\", \"name\": \"dir1/y\", \"content_type\": \"application/octet-stream\", \"last_modified\": \"2026-11-27T16:38:26.449390\"}]"
};

/** 200 reply to the recorded `GET /v1/AUTH_rec/osts-acc-recu-objects?format=json&path=dir1&marker=dir1%2Fy`. */
export const listPathEnd = {
  "status": 200,
  "headers": {
    "content-length": "2",
    "content-type": "application/json; charset=utf-8",
    "last-modified": "Fri, 27 Nov 2026 16:38:27 GMT",
    "x-container-bytes-used": "102",
    "x-container-object-count": "9",
    "x-openstack-request-id": "tx23516a76b9f14e05bb154-006b09b202",
    "x-storage-policy": "Policy-0",
    "x-timestamp": "1795797506.04585"
  },
  "body": "[]"
};

/** 200 reply to the recorded `GET /v1/AUTH_rec/osts-acc-recu-objects?format=json&prefix=dir&end_marker=dir2%2Fz&marker=dir1%2Fx`. */
export const listPrefix = {
  "status": 200,
  "headers": {
    "content-length": "167",
    "content-type": "application/json; charset=utf-8",
    "last-modified": "Fri, 27 Nov 2026 16:38:27 GMT",
    "x-container-bytes-used": "102",
    "x-container-object-count": "9",
    "x-openstack-request-id": "tx54fb8071a6f144efa17e2-006b09b202",
    "x-storage-policy": "Policy-0",
    "x-timestamp": "1795797506.04585"
  },
  "body": "[{\"bytes\": 6, \"hash\": \"34edc7f4b8108e43d46316281bcc1ca2\", \"name\": \"dir1/y\", \"content_type\": \"application/octet-stream\", \"last_modified\": \"2026-11-27T16:38:26.449390\"}]"
};

/** 200 reply to the recorded `GET /v1/AUTH_rec/osts-acc-recu-objects?format=json&prefix=dir&end_marker=dir2%2Fz&marker=dir1%2Fy`. */
export const listPrefixEnd = {
  "status": 200,
  "headers": {
    "content-length": "2",
    "content-type": "application/json; charset=utf-8",
    "last-modified": "Fri, 27 Nov 2026 16:38:27 GMT",
    "x-container-bytes-used": "102",
    "x-container-object-count": "9",
    "x-openstack-request-id": "txa7770d65dc41408c97e8e-006b09b202",
    "x-storage-policy": "Policy-0",
    "x-timestamp": "1795797506.04585"
  },
  "body": "[]"
};

/** 200 reply to the recorded `GET /v1/AUTH_rec/osts-acc-recu-objects?format=json&prefix=dir&reverse=true&limit=5`. */
export const listReverse = {
  "status": 200,
  "headers": {
    "content-length": "501",
    "content-type": "application/json; charset=utf-8",
    "last-modified": "Fri, 27 Nov 2026 16:38:27 GMT",
    "x-container-bytes-used": "102",
    "x-container-object-count": "9",
    "x-openstack-request-id": "tx5f7d8921e211479582a2c-006b09b202",
    "x-storage-policy": "Policy-0",
    "x-timestamp": "1795797506.04585"
  },
  "body": "[{\"bytes\": 6, \"hash\": \"66ae13eff2e48709a6ee6df871d8820e\", \"name\": \"dir2/z\", \"content_type\": \"application/octet-stream\", \"last_modified\": \"2026-11-27T16:38:26.475560\"}, {\"bytes\": 6, \"hash\": \"34edc7f4b8108e43d46316281bcc1ca2\", \"name\": \"dir1/y\", \"content_type\": \"application/octet-stream\", \"last_modified\": \"2026-11-27T16:38:26.449390\"}, {\"bytes\": 6, \"hash\": \"2808faeb1ccafde17b6ea06bf3f36f8b\", \"name\": \"dir1/x\", \"content_type\": \"application/octet-stream\", \"last_modified\": \"2026-11-27T16:38:26.426660\"}]"
};

/** 201 reply to the recorded `PUT /v1/AUTH_rec/osts-acc-recu-objects/copy%20of%20hello.txt`. */
export const copied = {
  "status": 201,
  "headers": {
    "etag": "5eb63bbbe01eeed093cb22bb8f5acdc3",
    "last-modified": "Fri, 27 Nov 2026 16:38:27 GMT",
    "x-copied-from": "osts-acc-recu-objects/hello.txt",
    "x-copied-from-account": "AUTH_rec",
    "x-copied-from-last-modified": "Fri, 27 Nov 2026 16:38:27 GMT",
    "x-delete-at": "1795883906",
    "x-object-meta-colour": "gr\u00c3\u00bcn",
    "x-object-meta-copied": "yes",
    "x-object-meta-plain": "plain",
    "x-openstack-request-id": "tx5a722755ffa141c9b734d-006b09b202"
  }
};

/** 201 reply to the recorded `PUT /v1/AUTH_rec/osts-acc-recu-objects/fresh`, with X-Fresh-Metadata and X-Copy-From-Account. */
export const copiedFresh = {
  "status": 201,
  "headers": {
    "etag": "5eb63bbbe01eeed093cb22bb8f5acdc3",
    "last-modified": "Fri, 27 Nov 2026 16:38:27 GMT",
    "x-copied-from": "osts-acc-recu-objects/hello.txt",
    "x-copied-from-account": "AUTH_rec",
    "x-copied-from-last-modified": "Fri, 27 Nov 2026 16:38:27 GMT",
    "x-openstack-request-id": "txf86f0797b7554c2f8f588-006b09b202"
  }
};

/** 200 reply to the recorded `HEAD /v1/AUTH_rec/osts-acc-recu-objects/hello.txt`, that updateObject made before its POST. */
export const mergeHead = {
  "status": 200,
  "headers": {
    "content-disposition": "attachment; filename=\"hello.txt\"",
    "content-encoding": "identity",
    "content-length": "11",
    "content-type": "text/plain",
    "etag": "5eb63bbbe01eeed093cb22bb8f5acdc3",
    "last-modified": "Fri, 27 Nov 2026 16:38:27 GMT",
    "x-delete-at": "1795883906",
    "x-object-meta-colour": "gr\u00c3\u00bcn",
    "x-object-meta-plain": "plain",
    "x-openstack-request-id": "txcc8ece8fb2c6468c88792-006b09b202",
    "x-timestamp": "1795797506.07090"
  }
};

/** 202 reply to the recorded `POST /v1/AUTH_rec/osts-acc-recu-objects/hello.txt`. */
export const mergePost = {
  "status": 202,
  "headers": {
    "content-length": "76",
    "content-type": "text/html; charset=UTF-8",
    "x-openstack-request-id": "txfc0fd81154c340579b740-006b09b202"
  },
  "body": "<html><h1>Accepted</h1><p>The request is accepted for processing.</p></html>"
};

/** 200 reply to the recorded `HEAD /v1/AUTH_rec/osts-acc-recu-objects/hello.txt`, after that update. */
export const merged = {
  "status": 200,
  "headers": {
    "content-length": "11",
    "content-type": "text/plain",
    "etag": "5eb63bbbe01eeed093cb22bb8f5acdc3",
    "last-modified": "Fri, 27 Nov 2026 16:38:27 GMT",
    "x-object-meta-added": "neu",
    "x-object-meta-colour": "gr\u00c3\u00bcn",
    "x-openstack-request-id": "txcaed003bf6814c3996390-006b09b202",
    "x-timestamp": "1795797506.79664"
  }
};

/** 202 reply to the recorded `POST /v1/AUTH_rec/osts-acc-recu-objects/expiring.txt`. */
export const replaced = {
  "status": 202,
  "headers": {
    "content-length": "76",
    "content-type": "text/html; charset=UTF-8",
    "x-openstack-request-id": "txf240c3368c0145f3a80cc-006b09b202"
  },
  "body": "<html><h1>Accepted</h1><p>The request is accepted for processing.</p></html>"
};

/** 204 reply to the recorded `DELETE /v1/AUTH_rec/osts-acc-recu-objects/fresh`. */
export const deleted = {
  "status": 204,
  "headers": {
    "x-openstack-request-id": "tx3a9fc008e6604becbe531-006b09b202"
  }
};

/** 404 reply to the recorded `DELETE /v1/AUTH_rec/osts-acc-recu-objects/fresh`. */
export const deleteMissing = {
  "status": 404,
  "headers": {
    "content-length": "70",
    "content-type": "text/html; charset=UTF-8",
    "x-openstack-request-id": "tx8c061be9d356401c97e71-006b09b202"
  },
  "body": "<html><h1>Not Found</h1><p>The resource could not be found.</p></html>"
};

/** 404 reply to the recorded `HEAD /v1/AUTH_rec/osts-acc-recu-objects/fresh`. */
export const headMissing = {
  "status": 404,
  "headers": {
    "x-openstack-request-id": "tx54395e3ff9d3416cb7120-006b09b202"
  }
};

/** 200 reply to the recorded `HEAD /v1/AUTH_rec/osts-acc-recu-objects/big-slo`, of a Static Large Object of two segments. */
export const sloHead = {
  "status": 200,
  "headers": {
    "content-length": "12",
    "content-type": "application/json",
    "etag": "\"05bd1c57f81d1241b7f2c2612a1bf0f4\"",
    "last-modified": "Fri, 27 Nov 2026 16:38:28 GMT",
    "x-manifest-etag": "68d6e1e92e9307016f81d2092a65243d",
    "x-openstack-request-id": "tx89a7481f134246998f076-006b09b203",
    "x-static-large-object": "True",
    "x-timestamp": "1795797507.03408"
  }
};

/** 200 reply to the recorded `HEAD /v1/AUTH_rec/osts-acc-recu-objects/big-slo?multipart-manifest=get`. */
export const sloManifestHead = {
  "status": 200,
  "headers": {
    "content-length": "378",
    "content-type": "application/json; charset=utf-8",
    "etag": "68d6e1e92e9307016f81d2092a65243d",
    "last-modified": "Fri, 27 Nov 2026 16:38:28 GMT",
    "x-openstack-request-id": "txd59bd20f6d5c4b069e521-006b09b203",
    "x-static-large-object": "True",
    "x-timestamp": "1795797507.03408"
  }
};

/** 200 reply to the recorded `GET /v1/AUTH_rec/osts-acc-recu-objects/big-slo`. */
export const sloDownload = {
  "status": 200,
  "headers": {
    "content-length": "12",
    "content-type": "application/json",
    "etag": "\"05bd1c57f81d1241b7f2c2612a1bf0f4\"",
    "last-modified": "Fri, 27 Nov 2026 16:38:28 GMT",
    "x-manifest-etag": "68d6e1e92e9307016f81d2092a65243d",
    "x-openstack-request-id": "tx3f2afa4cebe645af90235-006b09b203",
    "x-static-large-object": "True",
    "x-timestamp": "1795797507.03408"
  },
  "body": "first-second"
};

/** 200 reply to the recorded `DELETE /v1/AUTH_rec/osts-acc-recu-objects/big-slo?multipart-manifest=delete`. */
export const sloDeleted = {
  "status": 200,
  "headers": {
    "content-type": "application/json",
    "x-openstack-request-id": "tx7bc823e0af124d3b93c5b-006b09b203"
  },
  "body": "{\"Response Status\": \"200 OK\", \"Response Body\": \"\", \"Number Deleted\": 3, \"Number Not Found\": 0, \"Errors\": []}"
};

/** 200 reply to the recorded `DELETE /v1/AUTH_rec/osts-acc-recu-objects/big-slo?multipart-manifest=delete`, once the object was gone. */
export const sloDeleteMissing = {
  "status": 200,
  "headers": {
    "content-type": "application/json",
    "x-openstack-request-id": "txfb5149f914af4e639f5f0-006b09b203"
  },
  "body": "{\"Response Status\": \"200 OK\", \"Response Body\": \"\", \"Number Deleted\": 0, \"Number Not Found\": 1, \"Errors\": []}"
};

/** 200 reply to the recorded `GET /v1/AUTH_rec/osts-acc-recu-objects/big-dlo`, of a Dynamic Large Object over dir1/. */
export const dloDownload = {
  "status": 200,
  "headers": {
    "content-length": "12",
    "content-type": "text/plain;charset=UTF-8",
    "etag": "\"bb195ae5210dc6624dc33e54c34b88c2\"",
    "last-modified": "Fri, 27 Nov 2026 16:38:28 GMT",
    "x-object-manifest": "osts-acc-recu-objects/dir1/",
    "x-openstack-request-id": "tx87a69373a0c947bbadcb5-006b09b203",
    "x-timestamp": "1795797507.20119"
  },
  "body": "dir1/xdir1/y"
};

/** 200 reply to the recorded `HEAD /v1/AUTH_rec/osts-acc-recu-objects/big-dlo`, that updateObject made before its POST. */
export const dloHead = {
  "status": 200,
  "headers": {
    "content-length": "12",
    "content-type": "text/plain;charset=UTF-8",
    "etag": "\"bb195ae5210dc6624dc33e54c34b88c2\"",
    "last-modified": "Fri, 27 Nov 2026 16:38:28 GMT",
    "x-object-manifest": "osts-acc-recu-objects/dir1/",
    "x-openstack-request-id": "tx5ee115e4b3de4c6b86c34-006b09b203",
    "x-timestamp": "1795797507.20119"
  }
};

/** 200 reply to the recorded `HEAD /v1/AUTH_rec/osts-acc-recu-objects/big-dlo`, after that update: the manifest is gone. */
export const dloAfterUpdate = {
  "status": 200,
  "headers": {
    "content-length": "0",
    "content-type": "text/plain;charset=UTF-8",
    "etag": "d41d8cd98f00b204e9800998ecf8427e",
    "last-modified": "Fri, 27 Nov 2026 16:38:28 GMT",
    "x-object-meta-touched": "yes",
    "x-openstack-request-id": "txf85e4b5163ed443dae1ff-006b09b203",
    "x-timestamp": "1795797507.29388"
  }
};

/** 200 reply to the recorded `HEAD /v1/AUTH_rec/osts-acc-recu-objects/link?symlink=get`. */
export const symlinkHead = {
  "status": 200,
  "headers": {
    "content-length": "0",
    "content-type": "text/plain;charset=UTF-8",
    "etag": "d41d8cd98f00b204e9800998ecf8427e",
    "last-modified": "Fri, 27 Nov 2026 16:38:28 GMT",
    "x-openstack-request-id": "tx86b21f41d9e842a58a589-006b09b203",
    "x-symlink-target": "osts-acc-recu-objects/hello.txt",
    "x-timestamp": "1795797507.34293"
  }
};

/** 201 reply to the recorded `PUT /v1/AUTH_rec/osts-acc-recu-objects/link-copy?symlink=get`. */
export const symlinkCopied = {
  "status": 201,
  "headers": {
    "etag": "d41d8cd98f00b204e9800998ecf8427e",
    "last-modified": "Fri, 27 Nov 2026 16:38:28 GMT",
    "x-copied-from": "osts-acc-recu-objects/link",
    "x-copied-from-account": "AUTH_rec",
    "x-copied-from-last-modified": "Fri, 27 Nov 2026 16:38:28 GMT",
    "x-openstack-request-id": "tx68b324dbb26e41c88744c-006b09b203"
  }
};

/** 201 reply to the recorded `PUT /v1/AUTH_rec/osts-acc-recu-versioned/doc`, in a container with versions_enabled. */
export const versionPut1 = {
  "status": 201,
  "headers": {
    "etag": "5f432711af7ffa8942d5588e21259022",
    "last-modified": "Fri, 27 Nov 2026 16:38:28 GMT",
    "x-object-version-id": "1795797507.50796",
    "x-openstack-request-id": "tx754543802c184f019f9ac-006b09b203"
  }
};

/** 201 reply to the recorded `PUT /v1/AUTH_rec/osts-acc-recu-versioned/doc`, the same name again. */
export const versionPut2 = {
  "status": 201,
  "headers": {
    "etag": "990523d48bfea7910aa9fb2002fb6558",
    "last-modified": "Fri, 27 Nov 2026 16:38:28 GMT",
    "x-object-version-id": "1795797507.56134",
    "x-openstack-request-id": "txb4f07a3149a34221b10bc-006b09b203"
  }
};

/** 200 reply to the recorded `HEAD /v1/AUTH_rec/osts-acc-recu-versioned/doc?version_id=1795797507.50796`, made by getObject with the first versionId: Swift ignored `version_id` and answered the latest version. */
export const versionHeadV1 = {
  "status": 200,
  "headers": {
    "content-length": "11",
    "content-location": "/v1/AUTH_rec/osts-acc-recu-versioned/doc?version-id=1795797507.56134",
    "content-type": "application/octet-stream",
    "etag": "990523d48bfea7910aa9fb2002fb6558",
    "last-modified": "Fri, 27 Nov 2026 16:38:28 GMT",
    "x-object-version-id": "1795797507.56134",
    "x-openstack-request-id": "txb19325a7f4cb4138957b8-006b09b203",
    "x-timestamp": "1795797507.56134"
  }
};

/** 200 reply to the recorded `HEAD /v1/AUTH_rec/osts-acc-recu-versioned/doc?version-id=1795797507.50796`, made by hand with `version-id`, the parameter Swift reads. */
export const versionHeadV1Raw = {
  "status": 200,
  "headers": {
    "content-length": "11",
    "content-type": "application/octet-stream",
    "etag": "5f432711af7ffa8942d5588e21259022",
    "last-modified": "Fri, 27 Nov 2026 16:38:28 GMT",
    "x-object-version-id": "1795797507.50796",
    "x-openstack-request-id": "txcaf29db6a8c3460dbac7e-006b09b203",
    "x-timestamp": "1795797507.50796"
  }
};
