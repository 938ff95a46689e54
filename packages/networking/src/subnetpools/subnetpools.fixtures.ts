/**
 * Replies recorded from the real Neutron (Zed) in the local cloud; each says whether admin or the
 * member (demo) made the call. Nothing edited.
 */

/** 201 reply to the recorded `pool_create` call (admin): POST subnetpools. */
export const create = {
  "subnetpool": {
    "id": "b4c59ea1-a883-4f06-b8cd-0bf920141eba",
    "name": "rec-pool",
    "tenant_id": "fce686c7d1ca46108d67d3c934f443fb",
    "default_prefixlen": "24",
    "min_prefixlen": "20",
    "max_prefixlen": "28",
    "is_default": false,
    "shared": false,
    "prefixes": [
      "10.100.0.0/16"
    ],
    "ip_version": 4,
    "default_quota": 4096,
    "address_scope_id": "3af85d18-8cc0-4ec2-aefd-0d6092877ffd",
    "description": "recorded",
    "tags": [],
    "created_at": "2026-11-27T14:44:13Z",
    "updated_at": "2026-11-27T14:44:13Z",
    "revision_number": 0,
    "project_id": "fce686c7d1ca46108d67d3c934f443fb"
  }
};

/** 200 reply to the recorded `pool_get` call (admin): GET subnetpools/b4c59ea1-a883-4f06-b8cd-0bf920141eba. */
export const get = {
  "subnetpool": {
    "id": "b4c59ea1-a883-4f06-b8cd-0bf920141eba",
    "name": "rec-pool",
    "tenant_id": "fce686c7d1ca46108d67d3c934f443fb",
    "default_prefixlen": "24",
    "min_prefixlen": "20",
    "max_prefixlen": "28",
    "is_default": false,
    "shared": false,
    "prefixes": [
      "10.100.0.0/16"
    ],
    "ip_version": 4,
    "default_quota": 4096,
    "address_scope_id": "3af85d18-8cc0-4ec2-aefd-0d6092877ffd",
    "description": "recorded",
    "tags": [],
    "created_at": "2026-11-27T14:44:13Z",
    "updated_at": "2026-11-27T14:44:13Z",
    "revision_number": 0,
    "project_id": "fce686c7d1ca46108d67d3c934f443fb"
  }
};

/** 200 reply to the recorded `pool_list` call (admin): GET subnetpools. */
export const list = {
  "subnetpools": [
    {
      "id": "b4c59ea1-a883-4f06-b8cd-0bf920141eba",
      "name": "rec-pool",
      "tenant_id": "fce686c7d1ca46108d67d3c934f443fb",
      "default_prefixlen": "24",
      "min_prefixlen": "20",
      "max_prefixlen": "28",
      "is_default": false,
      "shared": false,
      "prefixes": [
        "10.100.0.0/16"
      ],
      "ip_version": 4,
      "default_quota": 4096,
      "address_scope_id": "3af85d18-8cc0-4ec2-aefd-0d6092877ffd",
      "description": "recorded",
      "tags": [],
      "created_at": "2026-11-27T14:44:13Z",
      "updated_at": "2026-11-27T14:44:13Z",
      "revision_number": 0,
      "project_id": "fce686c7d1ca46108d67d3c934f443fb"
    }
  ]
};

/** 200 reply to the recorded `pool_update` call (admin): PUT subnetpools/b4c59ea1-a883-4f06-b8cd-0bf920141eba. */
export const update = {
  "subnetpool": {
    "id": "b4c59ea1-a883-4f06-b8cd-0bf920141eba",
    "project_id": "fce686c7d1ca46108d67d3c934f443fb",
    "name": "rec-pool-2",
    "ip_version": 4,
    "default_prefixlen": 26,
    "min_prefixlen": 20,
    "max_prefixlen": 29,
    "shared": false,
    "is_default": false,
    "default_quota": 8192,
    "address_scope_id": "3af85d18-8cc0-4ec2-aefd-0d6092877ffd",
    "revision_number": 1,
    "description": "changed",
    "created_at": "2026-11-27T14:44:13Z",
    "updated_at": "2026-11-27T14:44:13Z",
    "tenant_id": "fce686c7d1ca46108d67d3c934f443fb",
    "prefixes": [
      "10.100.0.0/16"
    ],
    "tags": []
  }
};

/** 200 reply to the recorded `pool_update_scope` call (admin): PUT subnetpools/b4c59ea1-a883-4f06-b8cd-0bf920141eba. */
export const updateScope = {
  "subnetpool": {
    "id": "b4c59ea1-a883-4f06-b8cd-0bf920141eba",
    "project_id": "fce686c7d1ca46108d67d3c934f443fb",
    "name": "rec-pool-2",
    "ip_version": 4,
    "default_prefixlen": 26,
    "min_prefixlen": 20,
    "max_prefixlen": 29,
    "shared": false,
    "is_default": false,
    "default_quota": 8192,
    "address_scope_id": null,
    "revision_number": 3,
    "description": "changed",
    "created_at": "2026-11-27T14:44:13Z",
    "updated_at": "2026-11-27T14:44:13Z",
    "tenant_id": "fce686c7d1ca46108d67d3c934f443fb",
    "prefixes": [
      "10.100.0.0/15"
    ],
    "tags": []
  }
};

/** 200 reply to the recorded `pool_add_prefixes` call (admin): PUT subnetpools/b4c59ea1-a883-4f06-b8cd-0bf920141eba/add_prefixes. */
export const addPrefixes = {
  "prefixes": [
    "10.100.0.0/15",
    "192.168.100.0/24"
  ]
};

/** 200 reply to the recorded `pool_remove_prefixes` call (admin): PUT subnetpools/b4c59ea1-a883-4f06-b8cd-0bf920141eba/remove_prefixes. */
export const removePrefixes = {
  "prefixes": [
    "10.100.0.0/15"
  ]
};

/** 400 reply to the recorded `pool_add_bad` call (admin): PUT subnetpools/b4c59ea1-a883-4f06-b8cd-0bf920141eba/add_prefixes. */
export const addBad = {
  "NeutronError": {
    "type": "PrefixVersionMismatch",
    "message": "Cannot mix IPv4 and IPv6 prefixes in a subnet pool.",
    "detail": ""
  }
};

/** 403 reply to the recorded `pool_member_default` call (the member): POST subnetpools. */
export const memberDefault = {
  "NeutronError": {
    "type": "PolicyNotAuthorized",
    "message": "(rule:create_subnetpool and rule:create_subnetpool:is_default) is disallowed by policy",
    "detail": ""
  }
};

/** 404 reply to the recorded `pool_not_found` call (admin): GET subnetpools/00000000-0000-0000-0000-000000000000. */
export const notFound = {
  "NeutronError": {
    "type": "SubnetPoolNotFound",
    "message": "Subnet pool 00000000-0000-0000-0000-000000000000 could not be found.",
    "detail": ""
  }
};

/** 201 reply to the recorded `pool_create_v6_default` call (admin): POST subnetpools. */
export const createV6Default = {
  "subnetpool": {
    "id": "9f8579dc-a9d2-4e9e-86cf-a9975d5957de",
    "name": "rec-pool-v6",
    "tenant_id": "fce686c7d1ca46108d67d3c934f443fb",
    "default_prefixlen": "64",
    "min_prefixlen": "64",
    "max_prefixlen": "128",
    "is_default": true,
    "shared": true,
    "prefixes": [
      "fd12:3456::/48"
    ],
    "ip_version": 6,
    "default_quota": null,
    "address_scope_id": "f4a9a3f5-8c1f-481d-b382-ddcf8b6dacca",
    "description": "",
    "tags": [],
    "created_at": "2026-11-27T14:44:14Z",
    "updated_at": "2026-11-27T14:44:14Z",
    "revision_number": 0,
    "project_id": "fce686c7d1ca46108d67d3c934f443fb"
  }
};

/** 400 reply to the recorded `pool_delete_in_use` call (the member): DELETE subnetpools/46f0635a-5bbc-42ac-bcf7-39afdc4282bb. */
export const deleteInUse = {
  "NeutronError": {
    "type": "SubnetPoolDeleteError",
    "message": "Unable to delete subnet pool: Subnet pool has existing allocations.",
    "detail": ""
  }
};

/** 400 reply to the recorded `pool_remove_in_use` call (the member): PUT subnetpools/3679c318-3e25-44e0-b13e-e69c20e523b6/remove_prefixes. */
export const removeInUse = {
  "NeutronError": {
    "type": "IllegalSubnetPoolPrefixUpdate",
    "message": "Illegal update to prefixes: One or more the prefixes to be removed is in use by a subnet..",
    "detail": ""
  }
};
