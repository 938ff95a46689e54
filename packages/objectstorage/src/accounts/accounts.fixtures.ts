/**
 * Replies recorded from the real Swift (2.30.1) of the local cloud, as the member (demo), with the
 * SDK itself making the calls (/tmp/rec-units/). Kept: the headers that matter and
 * x-openstack-request-id. The project ID in the account name is trimmed to `rec`, like the fake's
 * storage URL; nothing else is edited. Header values are as fetch hands them over: Swift's UTF-8
 * bytes one per character (`gr\u00c3\u00bcn` is "grün").
 */

/** 204 reply to the recorded `HEAD /v1/AUTH_rec/`, before any change. */
export const accountBefore = {
  "status": 204,
  "headers": {
    "x-account-bytes-used": "0",
    "x-account-container-count": "0",
    "x-account-object-count": "0",
    "x-account-project-domain-id": "default",
    "x-account-storage-policy-policy-0-bytes-used": "0",
    "x-account-storage-policy-policy-0-container-count": "0",
    "x-account-storage-policy-policy-0-object-count": "0",
    "x-openstack-request-id": "txa8f9bdc8ca8c4ed6941f3-006b09b1d5",
    "x-timestamp": "1795788019.29631"
  }
};

/** 204 reply to the recorded `POST /v1/AUTH_rec/`, setting metadata (one value UTF-8) and temp_url_key_2. */
export const updated = {
  "status": 204,
  "headers": {
    "x-openstack-request-id": "txee745562b9304324bec8a-006b09b1d6"
  }
};

/** 204 reply to the recorded `HEAD /v1/AUTH_rec/`, after the update. */
export const account = {
  "status": 204,
  "headers": {
    "x-account-bytes-used": "0",
    "x-account-container-count": "0",
    "x-account-meta-recu-city": "M\u00c3\u00bcnchen",
    "x-account-meta-recu-extra": "extra",
    "x-account-meta-recu-plain": "plain",
    "x-account-meta-temp-url-key-2": "recu-key-2",
    "x-account-object-count": "0",
    "x-account-project-domain-id": "default",
    "x-account-storage-policy-policy-0-bytes-used": "0",
    "x-account-storage-policy-policy-0-container-count": "0",
    "x-account-storage-policy-policy-0-object-count": "0",
    "x-openstack-request-id": "txa323872bd3ad451b8cef0-006b09b1d6",
    "x-timestamp": "1795788019.29631"
  }
};

/** 204 reply to the recorded `POST /v1/AUTH_rec/`, removing them again. */
export const removed = {
  "status": 204,
  "headers": {
    "x-openstack-request-id": "tx32b163537d1941758a233-006b09b1d6"
  }
};

/** 204 reply to the recorded `HEAD /v1/AUTH_rec/`, after the removal. */
export const accountAfter = {
  "status": 204,
  "headers": {
    "x-account-bytes-used": "0",
    "x-account-container-count": "0",
    "x-account-object-count": "0",
    "x-account-project-domain-id": "default",
    "x-account-storage-policy-policy-0-bytes-used": "0",
    "x-account-storage-policy-policy-0-container-count": "0",
    "x-account-storage-policy-policy-0-object-count": "0",
    "x-openstack-request-id": "txd47f9328266347f391425-006b09b1d6",
    "x-timestamp": "1795788019.29631"
  }
};
