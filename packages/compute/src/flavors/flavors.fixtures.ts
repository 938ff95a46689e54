/**
 * Replies recorded from the real Nova (Zed, microversion 2.93 unless the name says otherwise) in the
 * local cloud; trimmed of nothing but unused entries.
 */

/** 200 reply to the recorded `create` call. */
export const create = {
  "flavor": {
    "id": "rec-1",
    "name": "rec-flavor",
    "ram": 256,
    "disk": 1,
    "swap": 0,
    "OS-FLV-EXT-DATA:ephemeral": 0,
    "OS-FLV-DISABLED:disabled": false,
    "vcpus": 1,
    "os-flavor-access:is_public": false,
    "rxtx_factor": 1.0,
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8774/v2.1/flavors/rec-1"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8774/flavors/rec-1"
      }
    ],
    "description": "recorded",
    "extra_specs": {}
  }
};

/** 200 reply to the recorded `get` call. */
export const get = {
  "flavor": {
    "id": "rec-1",
    "name": "rec-flavor",
    "ram": 256,
    "disk": 1,
    "swap": 0,
    "OS-FLV-EXT-DATA:ephemeral": 0,
    "OS-FLV-DISABLED:disabled": false,
    "vcpus": 1,
    "os-flavor-access:is_public": false,
    "rxtx_factor": 1.0,
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8774/v2.1/flavors/rec-1"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8774/flavors/rec-1"
      }
    ],
    "description": "recorded",
    "extra_specs": {}
  }
};

/** 200 reply to the recorded `get_2_1` call. */
export const get21 = {
  "flavor": {
    "id": "1",
    "name": "m1.tiny",
    "ram": 512,
    "disk": 1,
    "swap": "",
    "OS-FLV-EXT-DATA:ephemeral": 0,
    "OS-FLV-DISABLED:disabled": false,
    "vcpus": 1,
    "os-flavor-access:is_public": true,
    "rxtx_factor": 1.0,
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8774/v2.1/flavors/1"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8774/flavors/1"
      }
    ]
  }
};

/** 200 reply to the recorded `update` call. */
export const update = {
  "flavor": {
    "id": "rec-1",
    "name": "rec-flavor",
    "ram": 256,
    "disk": 1,
    "swap": 0,
    "OS-FLV-EXT-DATA:ephemeral": 0,
    "OS-FLV-DISABLED:disabled": false,
    "vcpus": 1,
    "os-flavor-access:is_public": false,
    "rxtx_factor": 1.0,
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8774/v2.1/flavors/rec-1"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8774/flavors/rec-1"
      }
    ],
    "description": "changed",
    "extra_specs": {}
  }
};

/** 200 reply to the recorded `set_specs` call. */
export const setSpecs = {
  "extra_specs": {
    "hw:cpu_policy": "shared",
    "hw:numa_nodes": "1"
  }
};

/** 200 reply to the recorded `list_specs` call. */
export const listSpecs = {
  "extra_specs": {
    "hw:cpu_policy": "shared",
    "hw:numa_nodes": "1"
  }
};

/** 200 reply to the recorded `get_spec` call. */
export const getSpec = {
  "hw:numa_nodes": "1"
};

/** 200 reply to the recorded `update_spec` call. */
export const updateSpec = {
  "hw:numa_nodes": "2"
};

/** 200 reply to the recorded `add_access` call. */
export const addAccess = {
  "flavor_access": [
    {
      "flavor_id": "rec-1",
      "tenant_id": "56a1734a387a4a25a56ee940578c82dd"
    }
  ]
};

/** 200 reply to the recorded `list_access` call. */
export const listAccess = {
  "flavor_access": [
    {
      "flavor_id": "rec-1",
      "tenant_id": "56a1734a387a4a25a56ee940578c82dd"
    }
  ]
};

/** 200 reply to the recorded `remove_access` call. */
export const removeAccess = {
  "flavor_access": []
};

/** 200 reply to the recorded `list_page1` call. */
export const listPage1 = {
  "flavors": [
    {
      "id": "1",
      "name": "m1.tiny",
      "links": [
        {
          "rel": "self",
          "href": "http://127.0.0.1:8774/v2.1/flavors/1"
        },
        {
          "rel": "bookmark",
          "href": "http://127.0.0.1:8774/flavors/1"
        }
      ],
      "description": null
    }
  ],
  "flavors_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:8774/v2.1/flavors?limit=1&marker=1"
    }
  ]
};

/** 200 reply to the recorded `detail_page2` call. */
export const detailPage2 = {
  "flavors": [
    {
      "id": "2",
      "name": "m1.small",
      "ram": 2048,
      "disk": 20,
      "swap": 0,
      "OS-FLV-EXT-DATA:ephemeral": 0,
      "OS-FLV-DISABLED:disabled": false,
      "vcpus": 1,
      "os-flavor-access:is_public": true,
      "rxtx_factor": 1.0,
      "links": [
        {
          "rel": "self",
          "href": "http://127.0.0.1:8774/v2.1/flavors/2"
        },
        {
          "rel": "bookmark",
          "href": "http://127.0.0.1:8774/flavors/2"
        }
      ],
      "description": null,
      "extra_specs": {}
    }
  ],
  "flavors_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:8774/v2.1/flavors/detail?limit=1&marker=2"
    }
  ]
};

/** 200 reply to `GET flavors/detail?limit=1&marker=2`: past the last flavor. */
export const detailPage3 = {
  "flavors": []
};
