/**
 * Replies recorded from the real Nova (Zed) in the local cloud, as the member (demo) unless a comment
 * says admin, at microversion 2.93 unless the name or comment says otherwise. Nothing edited.
 */

/** 202 reply to the recorded `rebuild` call (every field up to 2.90 but `trusted_image_certificates`; `user_data` is "hello"). */
export const rebuild = {
  "server": {
    "id": "3ec7e0d9-26d5-443e-8583-7418eb6b8f3b",
    "name": "rec-rebuilt",
    "status": "REBUILD",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "user_id": "5ce87aa153d147269f85b1f397a18dd1",
    "metadata": {
      "purpose": "record"
    },
    "hostId": "66072281f6c069b761f29e68c485b354a4d0b0d7233a527bf7060679",
    "image": {
      "id": "2e672fb9-010a-4cad-b7ca-440bbcd99c7e",
      "links": [
        {
          "rel": "bookmark",
          "href": "http://127.0.0.1:8774/images/2e672fb9-010a-4cad-b7ca-440bbcd99c7e"
        }
      ]
    },
    "flavor": {
      "vcpus": 1,
      "ram": 512,
      "disk": 1,
      "ephemeral": 0,
      "swap": 0,
      "original_name": "m1.tiny",
      "extra_specs": {}
    },
    "created": "2026-11-27T14:06:21Z",
    "updated": "2026-11-27T14:06:41Z",
    "addresses": {},
    "accessIPv4": "",
    "accessIPv6": "",
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8774/v2.1/servers/3ec7e0d9-26d5-443e-8583-7418eb6b8f3b"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8774/servers/3ec7e0d9-26d5-443e-8583-7418eb6b8f3b"
      }
    ],
    "OS-DCF:diskConfig": "MANUAL",
    "progress": 0,
    "OS-EXT-AZ:availability_zone": "nova",
    "config_drive": "",
    "key_name": null,
    "OS-SRV-USG:launched_at": "2026-11-27T14:06:38.000000",
    "OS-SRV-USG:terminated_at": null,
    "OS-EXT-STS:task_state": "rebuilding",
    "OS-EXT-STS:vm_state": "active",
    "OS-EXT-STS:power_state": 1,
    "os-extended-volumes:volumes_attached": [],
    "locked": false,
    "locked_reason": null,
    "description": "rebuilt",
    "tags": [],
    "trusted_image_certificates": null,
    "OS-EXT-SRV-ATTR:hostname": "rec-host",
    "server_groups": [],
    "adminPass": "rec-Rebuild-1",
    "user_data": "aGVsbG8="
  }
};

/** 202 reply to the recorded `rebuild` call at microversion 2.1 (imageRef only). */
export const rebuild21 = {
  "server": {
    "id": "3ec7e0d9-26d5-443e-8583-7418eb6b8f3b",
    "name": "rec-rebuilt",
    "status": "REBUILD",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "user_id": "5ce87aa153d147269f85b1f397a18dd1",
    "metadata": {
      "purpose": "record"
    },
    "hostId": "66072281f6c069b761f29e68c485b354a4d0b0d7233a527bf7060679",
    "image": {
      "id": "2e672fb9-010a-4cad-b7ca-440bbcd99c7e",
      "links": [
        {
          "rel": "bookmark",
          "href": "http://127.0.0.1:8774/images/2e672fb9-010a-4cad-b7ca-440bbcd99c7e"
        }
      ]
    },
    "flavor": {
      "id": "1",
      "links": [
        {
          "rel": "bookmark",
          "href": "http://127.0.0.1:8774/flavors/1"
        }
      ]
    },
    "created": "2026-11-27T14:06:21Z",
    "updated": "2026-11-27T14:06:43Z",
    "addresses": {},
    "accessIPv4": "",
    "accessIPv6": "",
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8774/v2.1/servers/3ec7e0d9-26d5-443e-8583-7418eb6b8f3b"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8774/servers/3ec7e0d9-26d5-443e-8583-7418eb6b8f3b"
      }
    ],
    "OS-DCF:diskConfig": "MANUAL",
    "progress": 0,
    "adminPass": "aw6xygVLbfLk"
  }
};

/** 200 reply to the recorded `rescue` call with a `rescue_image_ref` (Nova generated the password). */
export const rescue = {
  "adminPass": "GFVDJmpQS9vt"
};

/** 200 reply to the recorded `rescue` call with an `adminPass`. */
export const rescueWithPassword = {
  "adminPass": "rec-Rescue-1"
};

/** 200 reply to the recorded `os-getConsoleOutput` call without `length`. */
export const consoleOutput = {
  "output": "FAKE CONSOLE OUTPUT\nANOTHER\nLAST LINE"
};

/** 200 reply to the recorded `os-getConsoleOutput` call with `length: 2`. */
export const consoleOutputTail = {
  "output": "ANOTHER\nLAST LINE"
};

/** 202 reply to the recorded `createImage` call. */
export const createImage = {
  "image_id": "5b1bdb28-4ad8-4e63-afa4-dfdb99a1b045"
};

/** The `Location` header of the 202 reply to the recorded `createImage` call at microversion 2.44 (no body). */
export const createImage244Location = "http://127.0.0.1:9292//images/5b7e440b-e016-43e5-86f2-2636a17d6a07";

/** 202 reply to the recorded `createBackup` call. */
export const createBackup = {
  "image_id": "507443a0-dec0-403b-89b5-06f9272de140"
};

/** The `Location` header of the 202 reply to the recorded `createBackup` call at microversion 2.44 with `rotation: 1` (no body). */
export const createBackup244Location = "http://127.0.0.1:8774/v2.1/images/3588f6f3-c467-400b-852d-3445c798a4f1";

/** 409 reply to the recorded `restore` call on an ACTIVE server (the cloud does not soft-delete). */
export const restoreConflict = {
  "conflictingRequest": {
    "code": 409,
    "message": "Cannot 'restore' instance 3ec7e0d9-26d5-443e-8583-7418eb6b8f3b while it is in vm_state active"
  }
};

/** 409 reply to the recorded `confirmResize` call on an ACTIVE server. */
export const confirmResizeConflict = {
  "conflictingRequest": {
    "code": 409,
    "message": "Cannot 'confirmResize' instance 20732c79-e74f-4845-80e8-f8f36f53323a while it is in vm_state active"
  }
};

/** 400 reply to the recorded `migrate` call naming the host the server is on (admin). */
export const migrateSameHost = {
  "badRequest": {
    "code": 400,
    "message": "Cannot migrate to the host where the server exists."
  }
};

/** 400 reply to the recorded `os-migrateLive` call at microversion 2.30 in a one-host cloud (admin). */
export const liveMigrateNoValidHost = {
  "badRequest": {
    "code": 400,
    "message": "No valid host was found. There are not enough hosts available."
  }
};

/** 400 reply to the recorded `evacuate` call while the compute service is up (admin). */
export const evacuateServiceInUse = {
  "badRequest": {
    "code": 400,
    "message": "Compute service of host-ovs-filter-active is still in use."
  }
};

/** 400 reply to the recorded `evacuate` call naming the host the server is on (admin). */
export const evacuateSameHost = {
  "badRequest": {
    "code": 400,
    "message": "The target host can't be the same one."
  }
};

/** 410 reply to the recorded `resetNetwork` call (admin). */
export const resetNetworkGone = {
  "computeFault": {
    "code": 410,
    "message": "This resource is no longer available. No forwarding address is given."
  }
};

/** 403 reply to the recorded `shelveOffload` call by the member. */
export const shelveOffloadForbidden = {
  "forbidden": {
    "code": 403,
    "message": "Policy doesn't allow os_compute_api:os-shelve:shelve_offload to be performed."
  }
};

/** 409 reply to the recorded `shelveOffload` call on a SHELVED_OFFLOADED server (admin). */
export const shelveOffloadConflict = {
  "conflictingRequest": {
    "code": 409,
    "message": "Cannot 'shelveOffload' instance 0140c9e5-e776-4da9-94be-2d57e3d95790 while it is in vm_state shelved_offloaded"
  }
};

/** 404 reply to the recorded `addSecurityGroup` call naming a group that does not exist. */
export const addSecurityGroupNotFound = {
  "itemNotFound": {
    "code": 404,
    "message": "Security group rec-no-such-group is not found for project 56a1734a387a4a25a56ee940578c82dd"
  }
};
