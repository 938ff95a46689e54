/**
 * Replies recorded from the real Nova (Zed) in the local cloud, as the member (demo), at microversion
 * 2.93 unless the name says otherwise. Nothing edited.
 */

/** 202 reply to the recorded `create` call. */
export const create = {
  "server": {
    "id": "9b0016ea-49f9-495f-b2e9-b6b239fd97e7",
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8774/v2.1/servers/9b0016ea-49f9-495f-b2e9-b6b239fd97e7"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8774/servers/9b0016ea-49f9-495f-b2e9-b6b239fd97e7"
      }
    ],
    "OS-DCF:diskConfig": "MANUAL",
    "security_groups": [
      {
        "name": "default"
      }
    ],
    "adminPass": "F2nJ4HvN94Qw"
  }
};

/** 200 reply to the recorded `get_building` call. */
export const getBuilding = {
  "server": {
    "id": "9b0016ea-49f9-495f-b2e9-b6b239fd97e7",
    "name": "rec-server",
    "status": "BUILD",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "user_id": "5ce87aa153d147269f85b1f397a18dd1",
    "metadata": {
      "purpose": "record"
    },
    "hostId": "",
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
    "created": "2026-11-27T14:02:29Z",
    "updated": "2026-11-27T14:02:29Z",
    "addresses": {},
    "accessIPv4": "",
    "accessIPv6": "",
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8774/v2.1/servers/9b0016ea-49f9-495f-b2e9-b6b239fd97e7"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8774/servers/9b0016ea-49f9-495f-b2e9-b6b239fd97e7"
      }
    ],
    "OS-DCF:diskConfig": "MANUAL",
    "progress": 0,
    "OS-EXT-AZ:availability_zone": "",
    "config_drive": "",
    "key_name": null,
    "OS-SRV-USG:launched_at": null,
    "OS-SRV-USG:terminated_at": null,
    "OS-EXT-STS:task_state": "scheduling",
    "OS-EXT-STS:vm_state": "building",
    "OS-EXT-STS:power_state": 0,
    "os-extended-volumes:volumes_attached": [],
    "locked": false,
    "locked_reason": null,
    "description": "recorded",
    "tags": [
      "a",
      "b"
    ],
    "trusted_image_certificates": null,
    "OS-EXT-SRV-ATTR:hostname": "rec-server",
    "server_groups": []
  }
};

/** 200 reply to the recorded `get_active` call. */
export const getActive = {
  "server": {
    "id": "9b0016ea-49f9-495f-b2e9-b6b239fd97e7",
    "name": "rec-server",
    "status": "ACTIVE",
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
    "created": "2026-11-27T14:02:29Z",
    "updated": "2026-11-27T14:02:30Z",
    "addresses": {
      "private": [
        {
          "version": 4,
          "addr": "10.0.0.90",
          "OS-EXT-IPS:type": "fixed",
          "OS-EXT-IPS-MAC:mac_addr": "fa:16:3e:17:4c:ad"
        }
      ]
    },
    "accessIPv4": "",
    "accessIPv6": "",
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8774/v2.1/servers/9b0016ea-49f9-495f-b2e9-b6b239fd97e7"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8774/servers/9b0016ea-49f9-495f-b2e9-b6b239fd97e7"
      }
    ],
    "OS-DCF:diskConfig": "MANUAL",
    "progress": 0,
    "OS-EXT-AZ:availability_zone": "nova",
    "config_drive": "",
    "key_name": null,
    "OS-SRV-USG:launched_at": "2026-11-27T14:02:30.000000",
    "OS-SRV-USG:terminated_at": null,
    "security_groups": [
      {
        "name": "default"
      }
    ],
    "OS-EXT-STS:task_state": null,
    "OS-EXT-STS:vm_state": "active",
    "OS-EXT-STS:power_state": 1,
    "os-extended-volumes:volumes_attached": [],
    "locked": false,
    "locked_reason": null,
    "description": "recorded",
    "tags": [
      "a",
      "b"
    ],
    "trusted_image_certificates": null,
    "OS-EXT-SRV-ATTR:hostname": "rec-server",
    "server_groups": []
  }
};

/** 200 reply to the recorded `get_2_1` call. */
export const get21 = {
  "server": {
    "id": "9b0016ea-49f9-495f-b2e9-b6b239fd97e7",
    "name": "rec-server",
    "status": "ACTIVE",
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
    "created": "2026-11-27T14:02:29Z",
    "updated": "2026-11-27T14:02:30Z",
    "addresses": {
      "private": [
        {
          "version": 4,
          "addr": "10.0.0.90",
          "OS-EXT-IPS:type": "fixed",
          "OS-EXT-IPS-MAC:mac_addr": "fa:16:3e:17:4c:ad"
        }
      ]
    },
    "accessIPv4": "",
    "accessIPv6": "",
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8774/v2.1/servers/9b0016ea-49f9-495f-b2e9-b6b239fd97e7"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8774/servers/9b0016ea-49f9-495f-b2e9-b6b239fd97e7"
      }
    ],
    "OS-DCF:diskConfig": "MANUAL",
    "progress": 0,
    "OS-EXT-AZ:availability_zone": "nova",
    "config_drive": "",
    "key_name": null,
    "OS-SRV-USG:launched_at": "2026-11-27T14:02:30.000000",
    "OS-SRV-USG:terminated_at": null,
    "security_groups": [
      {
        "name": "default"
      }
    ],
    "OS-EXT-STS:task_state": null,
    "OS-EXT-STS:vm_state": "active",
    "OS-EXT-STS:power_state": 1,
    "os-extended-volumes:volumes_attached": []
  }
};

/** 200 reply to the recorded `list` call. */
export const list = {
  "servers": [
    {
      "id": "9b0016ea-49f9-495f-b2e9-b6b239fd97e7",
      "name": "rec-server",
      "links": [
        {
          "rel": "self",
          "href": "http://127.0.0.1:8774/v2.1/servers/9b0016ea-49f9-495f-b2e9-b6b239fd97e7"
        },
        {
          "rel": "bookmark",
          "href": "http://127.0.0.1:8774/servers/9b0016ea-49f9-495f-b2e9-b6b239fd97e7"
        }
      ]
    }
  ]
};

/** 200 reply to the recorded `list_detail` call. */
export const listDetail = {
  "servers": [
    {
      "id": "9b0016ea-49f9-495f-b2e9-b6b239fd97e7",
      "name": "rec-server",
      "status": "ACTIVE",
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
      "created": "2026-11-27T14:02:29Z",
      "updated": "2026-11-27T14:02:30Z",
      "addresses": {
        "private": [
          {
            "version": 4,
            "addr": "10.0.0.90",
            "OS-EXT-IPS:type": "fixed",
            "OS-EXT-IPS-MAC:mac_addr": "fa:16:3e:17:4c:ad"
          }
        ]
      },
      "accessIPv4": "",
      "accessIPv6": "",
      "links": [
        {
          "rel": "self",
          "href": "http://127.0.0.1:8774/v2.1/servers/9b0016ea-49f9-495f-b2e9-b6b239fd97e7"
        },
        {
          "rel": "bookmark",
          "href": "http://127.0.0.1:8774/servers/9b0016ea-49f9-495f-b2e9-b6b239fd97e7"
        }
      ],
      "OS-DCF:diskConfig": "MANUAL",
      "progress": 0,
      "OS-EXT-AZ:availability_zone": "nova",
      "config_drive": "",
      "key_name": null,
      "OS-SRV-USG:launched_at": "2026-11-27T14:02:30.000000",
      "OS-SRV-USG:terminated_at": null,
      "OS-EXT-STS:task_state": null,
      "OS-EXT-STS:vm_state": "active",
      "OS-EXT-STS:power_state": 1,
      "os-extended-volumes:volumes_attached": [],
      "locked": false,
      "locked_reason": null,
      "description": "recorded",
      "tags": [
        "a",
        "b"
      ],
      "trusted_image_certificates": null,
      "OS-EXT-SRV-ATTR:hostname": "rec-server",
      "security_groups": [
        {
          "name": "default"
        }
      ]
    }
  ],
  "servers_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:8774/v2.1/servers/detail?limit=1&name=rec-server&marker=9b0016ea-49f9-495f-b2e9-b6b239fd97e7"
    }
  ]
};

/** 200 reply to the recorded `update` call. */
export const update = {
  "server": {
    "id": "9b0016ea-49f9-495f-b2e9-b6b239fd97e7",
    "name": "rec-server-2",
    "status": "ACTIVE",
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
    "created": "2026-11-27T14:02:29Z",
    "updated": "2026-11-27T14:02:30Z",
    "addresses": {
      "private": [
        {
          "version": 4,
          "addr": "10.0.0.90",
          "OS-EXT-IPS:type": "fixed",
          "OS-EXT-IPS-MAC:mac_addr": "fa:16:3e:17:4c:ad"
        }
      ]
    },
    "accessIPv4": "",
    "accessIPv6": "",
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8774/v2.1/servers/9b0016ea-49f9-495f-b2e9-b6b239fd97e7"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8774/servers/9b0016ea-49f9-495f-b2e9-b6b239fd97e7"
      }
    ],
    "OS-DCF:diskConfig": "MANUAL",
    "progress": 0,
    "OS-EXT-AZ:availability_zone": "nova",
    "config_drive": "",
    "key_name": null,
    "OS-SRV-USG:launched_at": "2026-11-27T14:02:30.000000",
    "OS-SRV-USG:terminated_at": null,
    "security_groups": [
      {
        "name": "default"
      }
    ],
    "OS-EXT-STS:task_state": null,
    "OS-EXT-STS:vm_state": "active",
    "OS-EXT-STS:power_state": 1,
    "os-extended-volumes:volumes_attached": [],
    "locked": false,
    "locked_reason": null,
    "description": "changed",
    "tags": [
      "a",
      "b"
    ],
    "trusted_image_certificates": null,
    "OS-EXT-SRV-ATTR:hostname": "rec-server",
    "server_groups": []
  }
};

/** 202 reply to the recorded `create_none` call. */
export const createNone = {
  "server": {
    "id": "24f9ad24-9265-4787-b0bd-37add2dd8d3b",
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8774/v2.1/servers/24f9ad24-9265-4787-b0bd-37add2dd8d3b"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8774/servers/24f9ad24-9265-4787-b0bd-37add2dd8d3b"
      }
    ],
    "OS-DCF:diskConfig": "MANUAL",
    "security_groups": [
      {
        "name": "default"
      }
    ],
    "adminPass": "XM685PkjcZAk"
  }
};

/** 400 reply to the recorded `create_bad_flavor` call. */
export const createBadFlavor = {
  "badRequest": {
    "code": 400,
    "message": "Flavor nope could not be found."
  }
};

/** 404 reply to the recorded `get_deleted` call. */
export const getDeleted = {
  "itemNotFound": {
    "code": 404,
    "message": "Instance 9b0016ea-49f9-495f-b2e9-b6b239fd97e7 could not be found."
  }
};
