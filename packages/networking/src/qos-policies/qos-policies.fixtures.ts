/**
 * Replies recorded from the real Neutron (Zed) in the local cloud, as admin unless the name says
 * member. Nothing edited.
 */

/** 201 reply to the recorded `create` call. */
export const create = {
  "policy": {
    "id": "42566873-ef83-4062-b02b-876cc7aad8b2",
    "project_id": "fce686c7d1ca46108d67d3c934f443fb",
    "name": "rec-qos-a",
    "shared": false,
    "rules": [],
    "is_default": false,
    "revision_number": 0,
    "description": "recorded",
    "created_at": "2026-11-27T14:44:15Z",
    "updated_at": "2026-11-27T14:44:15Z",
    "tenant_id": "fce686c7d1ca46108d67d3c934f443fb",
    "tags": []
  }
};

/** 201 reply to the recorded `create_shared` call. */
export const createShared = {
  "policy": {
    "id": "5ec3a151-7ee9-48c3-aee2-553e433c03fc",
    "project_id": "fce686c7d1ca46108d67d3c934f443fb",
    "name": "rec-qos-b",
    "shared": true,
    "rules": [],
    "is_default": false,
    "revision_number": 0,
    "description": "",
    "created_at": "2026-11-27T14:44:15Z",
    "updated_at": "2026-11-27T14:44:15Z",
    "tenant_id": "fce686c7d1ca46108d67d3c934f443fb",
    "tags": []
  }
};

/** 200 reply to the recorded `get` call. */
export const get = {
  "policy": {
    "id": "42566873-ef83-4062-b02b-876cc7aad8b2",
    "project_id": "fce686c7d1ca46108d67d3c934f443fb",
    "name": "rec-qos-a",
    "shared": false,
    "rules": [],
    "is_default": false,
    "revision_number": 0,
    "description": "recorded",
    "created_at": "2026-11-27T14:44:15Z",
    "updated_at": "2026-11-27T14:44:15Z",
    "tenant_id": "fce686c7d1ca46108d67d3c934f443fb",
    "tags": []
  }
};

/** 200 reply to the recorded `list_page1` call. */
export const listPage1 = {
  "policies": [
    {
      "id": "42566873-ef83-4062-b02b-876cc7aad8b2",
      "name": "rec-qos-a"
    }
  ],
  "policies_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:9696/v2.0/qos/policies?name=rec-qos-a&name=rec-qos-b&limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&marker=42566873-ef83-4062-b02b-876cc7aad8b2"
    },
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/qos/policies?name=rec-qos-a&name=rec-qos-b&limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&marker=42566873-ef83-4062-b02b-876cc7aad8b2&page_reverse=True"
    }
  ]
};

/** 200 reply to the recorded `list_page2` call. */
export const listPage2 = {
  "policies": [
    {
      "id": "5ec3a151-7ee9-48c3-aee2-553e433c03fc",
      "name": "rec-qos-b"
    }
  ],
  "policies_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:9696/v2.0/qos/policies?name=rec-qos-a&name=rec-qos-b&limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&marker=5ec3a151-7ee9-48c3-aee2-553e433c03fc"
    },
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/qos/policies?name=rec-qos-a&name=rec-qos-b&limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&marker=5ec3a151-7ee9-48c3-aee2-553e433c03fc&page_reverse=True"
    }
  ]
};

/** 200 reply to the recorded `list_page3` call. */
export const listPage3 = {
  "policies": [],
  "policies_links": [
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/qos/policies?name=rec-qos-a&name=rec-qos-b&limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&page_reverse=True"
    }
  ]
};

/** 200 reply to the recorded `list_member` call. */
export const listMember = {
  "policies": [
    {
      "id": "5ec3a151-7ee9-48c3-aee2-553e433c03fc",
      "project_id": "fce686c7d1ca46108d67d3c934f443fb",
      "name": "rec-qos-b",
      "shared": true,
      "rules": [],
      "is_default": false,
      "revision_number": 0,
      "description": "",
      "created_at": "2026-11-27T14:44:15Z",
      "updated_at": "2026-11-27T14:44:15Z",
      "tenant_id": "fce686c7d1ca46108d67d3c934f443fb",
      "tags": []
    }
  ]
};

/** 403 reply to the recorded `member_create` call. */
export const memberCreate = {
  "NeutronError": {
    "type": "PolicyNotAuthorized",
    "message": "rule:create_policy is disallowed by policy",
    "detail": ""
  }
};

/** 200 reply to the recorded `update` call. */
export const update = {
  "policy": {
    "id": "42566873-ef83-4062-b02b-876cc7aad8b2",
    "project_id": "fce686c7d1ca46108d67d3c934f443fb",
    "name": "rec-qos-a2",
    "shared": true,
    "rules": [],
    "is_default": false,
    "revision_number": 1,
    "description": "changed",
    "created_at": "2026-11-27T14:44:15Z",
    "updated_at": "2026-11-27T14:44:16Z",
    "tenant_id": "fce686c7d1ca46108d67d3c934f443fb",
    "tags": []
  }
};

/** 409 reply to the recorded `delete_in_use` call. */
export const deleteInUse = {
  "NeutronError": {
    "type": "QosPolicyInUse",
    "message": "QoS Policy 42566873-ef83-4062-b02b-876cc7aad8b2 is used by network 58d533cd-f006-4d87-a9db-db160a8f1afc.",
    "detail": ""
  }
};

/** 404 reply to the recorded `not_found` call. */
export const notFound = {
  "NeutronError": {
    "type": "QosPolicyNotFound",
    "message": "QoS policy 00000000-0000-0000-0000-000000000000 could not be found.",
    "detail": ""
  }
};

/** 200 reply to the recorded `get_with_rules` call. */
export const getWithRules = {
  "policy": {
    "id": "6b70bd4c-bf10-4f63-9b2b-de17bec797cb",
    "project_id": "fce686c7d1ca46108d67d3c934f443fb",
    "name": "rec-qos-rules",
    "shared": false,
    "rules": [
      {
        "max_kbps": 2000,
        "max_burst_kbps": 0,
        "direction": "egress",
        "id": "ba4f1206-a9b8-4555-bee4-c68a1a7a116f",
        "qos_policy_id": "6b70bd4c-bf10-4f63-9b2b-de17bec797cb",
        "type": "bandwidth_limit"
      },
      {
        "max_kbps": 20000,
        "max_burst_kbps": 16000,
        "direction": "ingress",
        "id": "130c7f3a-7589-4fd7-bd41-a317d86896b7",
        "qos_policy_id": "6b70bd4c-bf10-4f63-9b2b-de17bec797cb",
        "type": "bandwidth_limit"
      },
      {
        "dscp_mark": 46,
        "id": "8d22812e-7e09-4d0c-91bd-0f06d6c0b34b",
        "qos_policy_id": "6b70bd4c-bf10-4f63-9b2b-de17bec797cb",
        "type": "dscp_marking"
      },
      {
        "min_kbps": 1500,
        "direction": "egress",
        "id": "8e0990be-53fa-4940-8e9e-ac0b9936dc93",
        "qos_policy_id": "6b70bd4c-bf10-4f63-9b2b-de17bec797cb",
        "type": "minimum_bandwidth"
      },
      {
        "min_kpps": 2000,
        "direction": "ingress",
        "id": "f9211e05-e6ab-4681-9158-05bdbe9b0c77",
        "qos_policy_id": "6b70bd4c-bf10-4f63-9b2b-de17bec797cb",
        "type": "minimum_packet_rate"
      },
      {
        "max_kpps": 4000,
        "max_burst_kpps": 1000,
        "direction": "egress",
        "id": "7506bf82-f1a1-4481-b934-135c5108dc23",
        "qos_policy_id": "6b70bd4c-bf10-4f63-9b2b-de17bec797cb",
        "type": "packet_rate_limit"
      }
    ],
    "is_default": false,
    "revision_number": 11,
    "description": "",
    "created_at": "2026-11-27T14:44:18Z",
    "updated_at": "2026-11-27T14:44:22Z",
    "tenant_id": "fce686c7d1ca46108d67d3c934f443fb",
    "tags": []
  }
};

