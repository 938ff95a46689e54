/**
 * Replies recorded from the real Swift (2.30.1) of the local cloud, as the member (demo), with the
 * SDK itself making the calls (/tmp/rec-units/). Kept: the headers that matter and
 * x-openstack-request-id. The project ID in the account name is trimmed to `rec`, like the fake's
 * storage URL; nothing else is edited. Header values are as fetch hands them over: Swift's UTF-8
 * bytes one per character (`gr\u00c3\u00bcn` is "grün").
 */

/** 200 reply to the recorded `POST /v1/AUTH_rec/?bulk-delete=true` (batchSize 10: 25 objects, a path that does not exist, a container holding an object). */
export const batch1 = {
  "status": 200,
  "headers": {
    "content-type": "application/json",
    "x-openstack-request-id": "txfb4568b546be4d4ba59a9-006b09b219"
  },
  "body": "{\"Response Status\": \"200 OK\", \"Response Body\": \"\", \"Number Deleted\": 10, \"Number Not Found\": 0, \"Errors\": []}"
};

/** 200 reply to the recorded `POST /v1/AUTH_rec/?bulk-delete=true`. */
export const batch2 = {
  "status": 200,
  "headers": {
    "content-type": "application/json",
    "x-openstack-request-id": "tx447ac93d327545349798d-006b09b219"
  },
  "body": "{\"Response Status\": \"200 OK\", \"Response Body\": \"\", \"Number Deleted\": 10, \"Number Not Found\": 0, \"Errors\": []}"
};

/** 200 reply to the recorded `POST /v1/AUTH_rec/?bulk-delete=true`. */
export const batch3 = {
  "status": 200,
  "headers": {
    "content-type": "application/json",
    "x-openstack-request-id": "tx45eda567d1444e2abe5b8-006b09b219"
  },
  "body": "{\"Response Status\": \"400 Bad Request\", \"Response Body\": \"\", \"Number Deleted\": 5, \"Number Not Found\": 1, \"Errors\": [[\"/osts-acc-recu-bulk-full\", \"409 Conflict\"]]}"
};

/** 200 reply to the recorded `POST /v1/AUTH_rec/?bulk-delete=true` (batchSize 2: objects a, b). */
export const small1 = {
  "status": 200,
  "headers": {
    "content-type": "application/json",
    "x-openstack-request-id": "tx001de5ffc68345508e9b6-006b09b219"
  },
  "body": "{\"Response Status\": \"200 OK\", \"Response Body\": \"\", \"Number Deleted\": 2, \"Number Not Found\": 0, \"Errors\": []}"
};

/** 200 reply to the recorded `POST /v1/AUTH_rec/?bulk-delete=true` (object c that does not exist, a container holding an object). */
export const small2 = {
  "status": 200,
  "headers": {
    "content-type": "application/json",
    "x-openstack-request-id": "tx478e3d8e10e44d3facfb4-006b09b219"
  },
  "body": "{\"Response Status\": \"400 Bad Request\", \"Response Body\": \"\", \"Number Deleted\": 0, \"Number Not Found\": 1, \"Errors\": [[\"/osts-acc-recu-bulk-full\", \"409 Conflict\"]]}"
};

/** 200 reply to the recorded `POST /v1/AUTH_rec/?bulk-delete=true` (the container, now empty). */
export const small3 = {
  "status": 200,
  "headers": {
    "content-type": "application/json",
    "x-openstack-request-id": "txa150027c628e4783b5fe6-006b09b219"
  },
  "body": "{\"Response Status\": \"200 OK\", \"Response Body\": \"\", \"Number Deleted\": 1, \"Number Not Found\": 0, \"Errors\": []}"
};

/** 200 reply to the recorded `POST /v1/AUTH_rec/?bulk-delete=true` (10,001 paths in one request). */
export const tooMany = {
  "status": 200,
  "headers": {
    "content-type": "application/json",
    "x-openstack-request-id": "tx466a84172f564697a6e86-006b09b219"
  },
  "body": "{\"Response Status\": \"413 Request Entity Too Large\", \"Response Body\": \"Maximum Bulk Deletes: 10000 per request\", \"Number Deleted\": 0, \"Number Not Found\": 0, \"Errors\": []}"
};
