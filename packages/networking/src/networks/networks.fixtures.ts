/**
 * Replies recorded from the real Neutron (Zed) in the local cloud, as admin unless the name says
 * member. Nothing edited.
 */

/** 201 reply to the recorded `create` call. */
export const create = {
  "network": {
    "id": "5456cf78-8c0e-4fa3-8a27-502cd6d95912",
    "name": "rec-net",
    "tenant_id": "fce686c7d1ca46108d67d3c934f443fb",
    "admin_state_up": true,
    "mtu": 1400,
    "status": "ACTIVE",
    "subnets": [],
    "shared": false,
    "project_id": "fce686c7d1ca46108d67d3c934f443fb",
    "port_security_enabled": true,
    "qos_policy_id": null,
    "dns_domain": "rec.openstack-ts.test.",
    "router:external": false,
    "provider:network_type": "vlan",
    "provider:physical_network": "public",
    "provider:segmentation_id": 101,
    "is_default": false,
    "availability_zone_hints": [],
    "availability_zones": [],
    "ipv4_address_scope": null,
    "ipv6_address_scope": null,
    "description": "recorded",
    "l2_adjacency": true,
    "tags": [],
    "created_at": "2026-11-27T14:40:25Z",
    "updated_at": "2026-11-27T14:40:25Z",
    "revision_number": 1
  }
};

/** 200 reply to the recorded `get` call. */
export const get = {
  "network": {
    "id": "5456cf78-8c0e-4fa3-8a27-502cd6d95912",
    "name": "rec-net",
    "tenant_id": "fce686c7d1ca46108d67d3c934f443fb",
    "admin_state_up": true,
    "mtu": 1400,
    "status": "ACTIVE",
    "subnets": [],
    "shared": false,
    "availability_zone_hints": [],
    "availability_zones": [],
    "ipv4_address_scope": null,
    "ipv6_address_scope": null,
    "router:external": false,
    "description": "recorded",
    "port_security_enabled": true,
    "qos_policy_id": null,
    "dns_domain": "rec.openstack-ts.test.",
    "l2_adjacency": true,
    "tags": [],
    "created_at": "2026-11-27T14:40:25Z",
    "updated_at": "2026-11-27T14:40:25Z",
    "revision_number": 1,
    "project_id": "fce686c7d1ca46108d67d3c934f443fb",
    "provider:network_type": "vlan",
    "provider:physical_network": "public",
    "provider:segmentation_id": 101
  }
};

/** 200 reply to the recorded `update` call. */
export const update = {
  "network": {
    "id": "5456cf78-8c0e-4fa3-8a27-502cd6d95912",
    "name": "rec-net-2",
    "tenant_id": "fce686c7d1ca46108d67d3c934f443fb",
    "admin_state_up": true,
    "mtu": 1300,
    "status": "ACTIVE",
    "subnets": [],
    "shared": false,
    "availability_zone_hints": [],
    "availability_zones": [],
    "ipv4_address_scope": null,
    "ipv6_address_scope": null,
    "router:external": false,
    "description": "changed",
    "port_security_enabled": true,
    "qos_policy_id": null,
    "dns_domain": "rec.openstack-ts.test.",
    "l2_adjacency": true,
    "tags": [],
    "created_at": "2026-11-27T14:40:25Z",
    "updated_at": "2026-11-27T14:40:25Z",
    "revision_number": 2,
    "project_id": "fce686c7d1ca46108d67d3c934f443fb",
    "provider:network_type": "vlan",
    "provider:physical_network": "public",
    "provider:segmentation_id": 101
  }
};

/** 200 reply to the recorded `get_member_view` call. */
export const getMemberView = {
  "networks": [
    {
      "id": "67429865-47e3-4630-b2c6-6de27a346729",
      "name": "private",
      "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
      "admin_state_up": true,
      "mtu": 1450,
      "status": "ACTIVE",
      "subnets": [
        "60a49b0e-9257-4e09-be53-8e063bb2c7d8"
      ],
      "shared": false,
      "availability_zone_hints": [],
      "availability_zones": [],
      "ipv4_address_scope": null,
      "ipv6_address_scope": null,
      "router:external": false,
      "description": "",
      "port_security_enabled": true,
      "qos_policy_id": null,
      "dns_domain": "",
      "l2_adjacency": true,
      "tags": [],
      "created_at": "2026-11-27T13:57:06Z",
      "updated_at": "2026-11-27T13:57:08Z",
      "revision_number": 2,
      "project_id": "56a1734a387a4a25a56ee940578c82dd"
    }
  ]
};

/** 201 reply to the recorded `bulk` call. */
export const bulk = {
  "networks": [
    {
      "id": "08a4c598-09b3-402e-8ff9-6709112107e1",
      "name": "rec-bulk-1",
      "tenant_id": "fce686c7d1ca46108d67d3c934f443fb",
      "admin_state_up": true,
      "mtu": 1450,
      "status": "ACTIVE",
      "subnets": [],
      "shared": false,
      "project_id": "fce686c7d1ca46108d67d3c934f443fb",
      "port_security_enabled": true,
      "qos_policy_id": null,
      "dns_domain": "",
      "router:external": false,
      "provider:network_type": "vxlan",
      "provider:physical_network": null,
      "provider:segmentation_id": 548,
      "is_default": false,
      "availability_zone_hints": [],
      "availability_zones": [],
      "ipv4_address_scope": null,
      "ipv6_address_scope": null,
      "description": "",
      "l2_adjacency": true,
      "tags": [],
      "created_at": "2026-11-27T14:40:25Z",
      "updated_at": "2026-11-27T14:40:25Z",
      "revision_number": 1
    },
    {
      "id": "b159fef4-78f0-4b31-b682-2d9af0b29ac4",
      "name": "rec-bulk-2",
      "tenant_id": "fce686c7d1ca46108d67d3c934f443fb",
      "admin_state_up": false,
      "mtu": 1450,
      "status": "ACTIVE",
      "subnets": [],
      "shared": false,
      "project_id": "fce686c7d1ca46108d67d3c934f443fb",
      "port_security_enabled": true,
      "qos_policy_id": null,
      "dns_domain": "",
      "router:external": false,
      "provider:network_type": "vxlan",
      "provider:physical_network": null,
      "provider:segmentation_id": 73,
      "is_default": false,
      "availability_zone_hints": [],
      "availability_zones": [],
      "ipv4_address_scope": null,
      "ipv6_address_scope": null,
      "description": "",
      "l2_adjacency": true,
      "tags": [],
      "created_at": "2026-11-27T14:40:25Z",
      "updated_at": "2026-11-27T14:40:25Z",
      "revision_number": 1
    }
  ]
};

/** 200 reply to the recorded `list_page1` call. */
export const listPage1 = {
  "networks": [
    {
      "id": "08a4c598-09b3-402e-8ff9-6709112107e1",
      "name": "rec-bulk-1"
    }
  ],
  "networks_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:9696/v2.0/networks?name=rec-bulk-1&name=rec-bulk-2&limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&marker=08a4c598-09b3-402e-8ff9-6709112107e1"
    },
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/networks?name=rec-bulk-1&name=rec-bulk-2&limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&marker=08a4c598-09b3-402e-8ff9-6709112107e1&page_reverse=True"
    }
  ]
};

/** 200 reply to the recorded `list_page2` call. */
export const listPage2 = {
  "networks": [
    {
      "id": "b159fef4-78f0-4b31-b682-2d9af0b29ac4",
      "name": "rec-bulk-2"
    }
  ],
  "networks_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:9696/v2.0/networks?name=rec-bulk-1&name=rec-bulk-2&limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&marker=b159fef4-78f0-4b31-b682-2d9af0b29ac4"
    },
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/networks?name=rec-bulk-1&name=rec-bulk-2&limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&marker=b159fef4-78f0-4b31-b682-2d9af0b29ac4&page_reverse=True"
    }
  ]
};

/** 409 reply to the recorded `external_create` call. */
export const externalCreate = {
  "NeutronError": {
    "type": "FlatNetworkInUse",
    "message": "Unable to create the flat network. Physical network public is in use.",
    "detail": ""
  }
};

/** 404 reply to the recorded `not_found` call. */
export const notFound = {
  "NeutronError": {
    "type": "NetworkNotFound",
    "message": "Network 00000000-0000-0000-0000-000000000000 could not be found.",
    "detail": ""
  }
};
