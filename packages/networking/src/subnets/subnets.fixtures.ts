/**
 * Replies recorded from the real Neutron (Zed) in the local cloud; each says whether admin or the
 * member (demo) made the call. Nothing edited.
 */

/** 201 reply to the recorded `create` call (the member): POST subnets. */
export const create = {
  "subnet": {
    "id": "64720a79-7799-46bb-992b-38de0db3be76",
    "name": "rec-subnet",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "network_id": "444b1198-5c95-419c-adc4-29d7319c3bb1",
    "ip_version": 4,
    "subnetpool_id": null,
    "enable_dhcp": false,
    "ipv6_ra_mode": null,
    "ipv6_address_mode": null,
    "gateway_ip": "10.50.0.1",
    "cidr": "10.50.0.0/24",
    "allocation_pools": [
      {
        "start": "10.50.0.10",
        "end": "10.50.0.100"
      }
    ],
    "host_routes": [
      {
        "destination": "10.60.0.0/24",
        "nexthop": "10.50.0.5"
      }
    ],
    "dns_nameservers": [
      "10.50.0.2",
      "10.50.0.3"
    ],
    "description": "recorded",
    "service_types": [],
    "tags": [],
    "created_at": "2026-11-27T14:44:37Z",
    "updated_at": "2026-11-27T14:44:37Z",
    "revision_number": 0,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 200 reply to the recorded `get` call (the member): GET subnets/64720a79-7799-46bb-992b-38de0db3be76. */
export const get = {
  "subnet": {
    "id": "64720a79-7799-46bb-992b-38de0db3be76",
    "name": "rec-subnet",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "network_id": "444b1198-5c95-419c-adc4-29d7319c3bb1",
    "ip_version": 4,
    "subnetpool_id": null,
    "enable_dhcp": false,
    "ipv6_ra_mode": null,
    "ipv6_address_mode": null,
    "gateway_ip": "10.50.0.1",
    "cidr": "10.50.0.0/24",
    "allocation_pools": [
      {
        "start": "10.50.0.10",
        "end": "10.50.0.100"
      }
    ],
    "host_routes": [
      {
        "destination": "10.60.0.0/24",
        "nexthop": "10.50.0.5"
      }
    ],
    "dns_nameservers": [
      "10.50.0.2",
      "10.50.0.3"
    ],
    "description": "recorded",
    "service_types": [],
    "tags": [],
    "created_at": "2026-11-27T14:44:37Z",
    "updated_at": "2026-11-27T14:44:37Z",
    "revision_number": 0,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 200 reply to the recorded `list_filtered` call (the member): GET subnets. */
export const listFiltered = {
  "subnets": [
    {
      "id": "64720a79-7799-46bb-992b-38de0db3be76",
      "name": "rec-subnet",
      "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
      "network_id": "444b1198-5c95-419c-adc4-29d7319c3bb1",
      "ip_version": 4,
      "subnetpool_id": null,
      "enable_dhcp": false,
      "ipv6_ra_mode": null,
      "ipv6_address_mode": null,
      "gateway_ip": "10.50.0.1",
      "cidr": "10.50.0.0/24",
      "allocation_pools": [
        {
          "start": "10.50.0.10",
          "end": "10.50.0.100"
        }
      ],
      "host_routes": [
        {
          "destination": "10.60.0.0/24",
          "nexthop": "10.50.0.5"
        }
      ],
      "dns_nameservers": [
        "10.50.0.2",
        "10.50.0.3"
      ],
      "description": "recorded",
      "service_types": [],
      "tags": [],
      "created_at": "2026-11-27T14:44:37Z",
      "updated_at": "2026-11-27T14:44:37Z",
      "revision_number": 0,
      "project_id": "56a1734a387a4a25a56ee940578c82dd"
    }
  ]
};

/** 200 reply to the recorded `find` call (the member): GET subnets. */
export const find = {
  "subnets": [
    {
      "id": "64720a79-7799-46bb-992b-38de0db3be76",
      "name": "rec-subnet"
    }
  ]
};

/** 200 reply to the recorded `update` call (the member): PUT subnets/64720a79-7799-46bb-992b-38de0db3be76. */
export const update = {
  "subnet": {
    "id": "64720a79-7799-46bb-992b-38de0db3be76",
    "name": "rec-subnet-2",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "network_id": "444b1198-5c95-419c-adc4-29d7319c3bb1",
    "ip_version": 4,
    "subnetpool_id": null,
    "enable_dhcp": true,
    "ipv6_ra_mode": null,
    "ipv6_address_mode": null,
    "gateway_ip": null,
    "cidr": "10.50.0.0/24",
    "allocation_pools": [
      {
        "start": "10.50.0.20",
        "end": "10.50.0.200"
      }
    ],
    "host_routes": [],
    "dns_nameservers": [
      "10.50.0.4"
    ],
    "description": "changed",
    "service_types": [],
    "tags": [],
    "created_at": "2026-11-27T14:44:37Z",
    "updated_at": "2026-11-27T14:44:38Z",
    "revision_number": 1,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 400 reply to the recorded `update_cidr` call (the member): PUT subnets/64720a79-7799-46bb-992b-38de0db3be76. */
export const updateCidr = {
  "NeutronError": {
    "type": "HTTPBadRequest",
    "message": "Cannot update read-only attribute cidr",
    "detail": ""
  }
};

/** 409 reply to the recorded `gateway_conflict` call (the member): POST subnets. */
export const gatewayConflict = {
  "NeutronError": {
    "type": "GatewayConflictWithAllocationPools",
    "message": "Gateway ip 10.54.0.50 conflicts with allocation pool 10.54.0.10-10.54.0.100.",
    "detail": ""
  }
};

/** 201 reply to the recorded `create_no_gateway` call (the member): POST subnets. */
export const createNoGateway = {
  "subnet": {
    "id": "bdef29ae-4588-4b0e-a970-0467c0e6626b",
    "name": "rec-subnet-nogw",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "network_id": "444b1198-5c95-419c-adc4-29d7319c3bb1",
    "ip_version": 4,
    "subnetpool_id": null,
    "enable_dhcp": true,
    "ipv6_ra_mode": null,
    "ipv6_address_mode": null,
    "gateway_ip": null,
    "cidr": "10.51.0.0/24",
    "allocation_pools": [
      {
        "start": "10.51.0.1",
        "end": "10.51.0.254"
      }
    ],
    "host_routes": [],
    "dns_nameservers": [],
    "description": "",
    "service_types": [],
    "tags": [],
    "created_at": "2026-11-27T14:44:38Z",
    "updated_at": "2026-11-27T14:44:38Z",
    "revision_number": 0,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 201 reply to the recorded `create_v6` call (the member): POST subnets. */
export const createV6 = {
  "subnet": {
    "id": "1d91670c-3e7e-496a-b6d8-840602822906",
    "name": "rec-subnet-v6",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "network_id": "444b1198-5c95-419c-adc4-29d7319c3bb1",
    "ip_version": 6,
    "subnetpool_id": null,
    "enable_dhcp": true,
    "ipv6_ra_mode": "slaac",
    "ipv6_address_mode": "slaac",
    "gateway_ip": "fd00:50::",
    "cidr": "fd00:50::/64",
    "allocation_pools": [
      {
        "start": "fd00:50::1",
        "end": "fd00:50::ffff:ffff:ffff:ffff"
      }
    ],
    "host_routes": [],
    "dns_nameservers": [],
    "description": "",
    "service_types": [],
    "tags": [],
    "created_at": "2026-11-27T14:44:38Z",
    "updated_at": "2026-11-27T14:44:38Z",
    "revision_number": 0,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 200 reply to the recorded `list_v6` call (the member): GET subnets. */
export const listV6 = {
  "subnets": [
    {
      "id": "1d91670c-3e7e-496a-b6d8-840602822906",
      "name": "rec-subnet-v6",
      "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
      "network_id": "444b1198-5c95-419c-adc4-29d7319c3bb1",
      "ip_version": 6,
      "subnetpool_id": null,
      "enable_dhcp": true,
      "ipv6_ra_mode": "slaac",
      "ipv6_address_mode": "slaac",
      "gateway_ip": "fd00:50::",
      "cidr": "fd00:50::/64",
      "allocation_pools": [
        {
          "start": "fd00:50::1",
          "end": "fd00:50::ffff:ffff:ffff:ffff"
        }
      ],
      "host_routes": [],
      "dns_nameservers": [],
      "description": "",
      "service_types": [],
      "tags": [],
      "created_at": "2026-11-27T14:44:38Z",
      "updated_at": "2026-11-27T14:44:38Z",
      "revision_number": 0,
      "project_id": "56a1734a387a4a25a56ee940578c82dd"
    }
  ]
};

/** 201 reply to the recorded `bulk` call (the member): POST subnets. */
export const bulk = {
  "subnets": [
    {
      "id": "8b93c6bf-c4d2-492e-98e6-f450e630a935",
      "name": "rec-bulk-1",
      "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
      "network_id": "444b1198-5c95-419c-adc4-29d7319c3bb1",
      "ip_version": 4,
      "subnetpool_id": null,
      "enable_dhcp": true,
      "ipv6_ra_mode": null,
      "ipv6_address_mode": null,
      "gateway_ip": "10.52.0.1",
      "cidr": "10.52.0.0/24",
      "allocation_pools": [
        {
          "start": "10.52.0.2",
          "end": "10.52.0.254"
        }
      ],
      "host_routes": [],
      "dns_nameservers": [],
      "description": "",
      "service_types": [],
      "tags": [],
      "created_at": "2026-11-27T14:44:39Z",
      "updated_at": "2026-11-27T14:44:39Z",
      "revision_number": 0,
      "project_id": "56a1734a387a4a25a56ee940578c82dd"
    },
    {
      "id": "0e2e1805-0142-4f21-a028-c72c95de0d20",
      "name": "rec-bulk-2",
      "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
      "network_id": "444b1198-5c95-419c-adc4-29d7319c3bb1",
      "ip_version": 4,
      "subnetpool_id": null,
      "enable_dhcp": false,
      "ipv6_ra_mode": null,
      "ipv6_address_mode": null,
      "gateway_ip": "10.53.0.1",
      "cidr": "10.53.0.0/24",
      "allocation_pools": [
        {
          "start": "10.53.0.2",
          "end": "10.53.0.254"
        }
      ],
      "host_routes": [],
      "dns_nameservers": [],
      "description": "",
      "service_types": [],
      "tags": [],
      "created_at": "2026-11-27T14:44:39Z",
      "updated_at": "2026-11-27T14:44:39Z",
      "revision_number": 0,
      "project_id": "56a1734a387a4a25a56ee940578c82dd"
    }
  ]
};

/** 200 reply to the recorded `list_page1` call (the member): GET subnets. */
export const listPage1 = {
  "subnets": [
    {
      "id": "8b93c6bf-c4d2-492e-98e6-f450e630a935",
      "name": "rec-bulk-1",
      "cidr": "10.52.0.0/24"
    }
  ],
  "subnets_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:9696/v2.0/subnets?name=rec-bulk-1&name=rec-bulk-2&limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&fields=cidr&marker=8b93c6bf-c4d2-492e-98e6-f450e630a935"
    },
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/subnets?name=rec-bulk-1&name=rec-bulk-2&limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&fields=cidr&marker=8b93c6bf-c4d2-492e-98e6-f450e630a935&page_reverse=True"
    }
  ]
};

/** 200 reply to the recorded `list_page2` call (the member): GET subnets. */
export const listPage2 = {
  "subnets": [
    {
      "id": "0e2e1805-0142-4f21-a028-c72c95de0d20",
      "name": "rec-bulk-2",
      "cidr": "10.53.0.0/24"
    }
  ],
  "subnets_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:9696/v2.0/subnets?name=rec-bulk-1&name=rec-bulk-2&limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&fields=cidr&marker=0e2e1805-0142-4f21-a028-c72c95de0d20"
    },
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/subnets?name=rec-bulk-1&name=rec-bulk-2&limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&fields=cidr&marker=0e2e1805-0142-4f21-a028-c72c95de0d20&page_reverse=True"
    }
  ]
};

/** 200 reply to the recorded `list_page3` call (the member): GET subnets. */
export const listPage3 = {
  "subnets": [],
  "subnets_links": [
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/subnets?name=rec-bulk-1&name=rec-bulk-2&limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&fields=cidr&page_reverse=True"
    }
  ]
};

/** 201 reply to the recorded `create_from_pool` call (the member): POST subnets. */
export const createFromPool = {
  "subnet": {
    "id": "4cf5d8aa-6046-4840-b809-2e8e85150fcb",
    "name": "rec-subnet-pool",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "network_id": "96c3d75d-9a1e-432d-99b5-582c802afb5b",
    "ip_version": 4,
    "subnetpool_id": "46f0635a-5bbc-42ac-bcf7-39afdc4282bb",
    "enable_dhcp": true,
    "ipv6_ra_mode": null,
    "ipv6_address_mode": null,
    "gateway_ip": "10.120.0.1",
    "cidr": "10.120.0.0/26",
    "allocation_pools": [
      {
        "start": "10.120.0.2",
        "end": "10.120.0.62"
      }
    ],
    "host_routes": [],
    "dns_nameservers": [],
    "description": "",
    "service_types": [],
    "tags": [],
    "created_at": "2026-11-27T14:44:39Z",
    "updated_at": "2026-11-27T14:44:39Z",
    "revision_number": 0,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 200 reply to the recorded `list_by_pool` call (the member): GET subnets. */
export const listByPool = {
  "subnets": [
    {
      "id": "4cf5d8aa-6046-4840-b809-2e8e85150fcb",
      "name": "rec-subnet-pool",
      "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
      "network_id": "96c3d75d-9a1e-432d-99b5-582c802afb5b",
      "ip_version": 4,
      "subnetpool_id": "46f0635a-5bbc-42ac-bcf7-39afdc4282bb",
      "enable_dhcp": true,
      "ipv6_ra_mode": null,
      "ipv6_address_mode": null,
      "gateway_ip": "10.120.0.1",
      "cidr": "10.120.0.0/26",
      "allocation_pools": [
        {
          "start": "10.120.0.2",
          "end": "10.120.0.62"
        }
      ],
      "host_routes": [],
      "dns_nameservers": [],
      "description": "",
      "service_types": [],
      "tags": [],
      "created_at": "2026-11-27T14:44:39Z",
      "updated_at": "2026-11-27T14:44:39Z",
      "revision_number": 0,
      "project_id": "56a1734a387a4a25a56ee940578c82dd"
    }
  ]
};

/** 400 reply to the recorded `dns_publish` call (the member): POST subnets. */
export const dnsPublish = {
  "NeutronError": {
    "type": "HTTPBadRequest",
    "message": "Unrecognized attribute(s) 'dns_publish_fixed_ip'",
    "detail": ""
  }
};

/** 400 reply to the recorded `dns_publish_filter` call (the member): GET subnets. */
export const dnsPublishFilter = {
  "NeutronError": {
    "type": "HTTPBadRequest",
    "message": "['dns_publish_fixed_ip'] is invalid attribute for filtering",
    "detail": ""
  }
};

/** 201 reply to the recorded `member_service_types` call (the member): POST subnets. */
export const memberServiceTypes = {
  "subnet": {
    "id": "3e866dea-5bd4-4441-8cdf-7b827e1e8e80",
    "name": "",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "network_id": "444b1198-5c95-419c-adc4-29d7319c3bb1",
    "ip_version": 4,
    "subnetpool_id": null,
    "enable_dhcp": true,
    "ipv6_ra_mode": null,
    "ipv6_address_mode": null,
    "gateway_ip": "10.56.0.1",
    "cidr": "10.56.0.0/24",
    "allocation_pools": [
      {
        "start": "10.56.0.2",
        "end": "10.56.0.254"
      }
    ],
    "host_routes": [],
    "dns_nameservers": [],
    "description": "",
    "service_types": [
      "compute:nova"
    ],
    "tags": [],
    "created_at": "2026-11-27T14:44:40Z",
    "updated_at": "2026-11-27T14:44:40Z",
    "revision_number": 1,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 404 reply to the recorded `not_found` call (the member): GET subnets/00000000-0000-0000-0000-000000000000. */
export const notFound = {
  "NeutronError": {
    "type": "SubnetNotFound",
    "message": "Subnet 00000000-0000-0000-0000-000000000000 could not be found.",
    "detail": ""
  }
};

/** 400 reply to the recorded `use_default_none` call (the member): POST subnets. */
export const useDefaultNone = {
  "NeutronError": {
    "type": "BadRequest",
    "message": "Bad subnets request: No default subnetpool found for IPv6.",
    "detail": ""
  }
};

/** 201 reply to the recorded `create_default_pool` call (the member): POST subnets. */
export const createDefaultPool = {
  "subnet": {
    "id": "0419a7de-db8d-4c04-b84a-eb99ba8b7ed9",
    "name": "rec-subnet-default",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "network_id": "def0bf66-43c2-4e09-b36b-358c16a329e7",
    "ip_version": 6,
    "subnetpool_id": "98642633-d08f-48ae-8f67-f43dbb0b732a",
    "enable_dhcp": true,
    "ipv6_ra_mode": null,
    "ipv6_address_mode": null,
    "gateway_ip": "fd77:1::1",
    "cidr": "fd77:1::/64",
    "allocation_pools": [
      {
        "start": "fd77:1::2",
        "end": "fd77:1::ffff:ffff:ffff:ffff"
      }
    ],
    "host_routes": [],
    "dns_nameservers": [],
    "description": "",
    "service_types": [],
    "tags": [],
    "created_at": "2026-11-27T14:44:40Z",
    "updated_at": "2026-11-27T14:44:40Z",
    "revision_number": 0,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 201 reply to the recorded `create_segment` call (admin): POST subnets. */
export const createSegment = {
  "subnet": {
    "id": "235521e8-0430-4996-a987-b61fc106d298",
    "name": "rec-subnet-seg",
    "tenant_id": "fce686c7d1ca46108d67d3c934f443fb",
    "network_id": "c590073a-3fa5-4c60-986f-7c5a8c5f1d0d",
    "ip_version": 4,
    "subnetpool_id": null,
    "enable_dhcp": true,
    "ipv6_ra_mode": null,
    "ipv6_address_mode": null,
    "gateway_ip": "10.57.0.1",
    "cidr": "10.57.0.0/24",
    "allocation_pools": [
      {
        "start": "10.57.0.2",
        "end": "10.57.0.254"
      }
    ],
    "host_routes": [],
    "dns_nameservers": [],
    "description": "",
    "service_types": [
      "compute:nova"
    ],
    "segment_id": "94058330-5766-4646-97df-7bd63cbcd536",
    "tags": [],
    "created_at": "2026-11-27T14:44:41Z",
    "updated_at": "2026-11-27T14:44:41Z",
    "revision_number": 1,
    "project_id": "fce686c7d1ca46108d67d3c934f443fb"
  }
};

/** 200 reply to the recorded `list_segment` call (admin): GET subnets. */
export const listSegment = {
  "subnets": [
    {
      "id": "235521e8-0430-4996-a987-b61fc106d298",
      "name": "rec-subnet-seg",
      "tenant_id": "fce686c7d1ca46108d67d3c934f443fb",
      "network_id": "c590073a-3fa5-4c60-986f-7c5a8c5f1d0d",
      "ip_version": 4,
      "subnetpool_id": null,
      "enable_dhcp": true,
      "ipv6_ra_mode": null,
      "ipv6_address_mode": null,
      "gateway_ip": "10.57.0.1",
      "cidr": "10.57.0.0/24",
      "allocation_pools": [
        {
          "start": "10.57.0.2",
          "end": "10.57.0.254"
        }
      ],
      "host_routes": [],
      "dns_nameservers": [],
      "description": "",
      "service_types": [
        "compute:nova"
      ],
      "segment_id": "94058330-5766-4646-97df-7bd63cbcd536",
      "tags": [],
      "created_at": "2026-11-27T14:44:41Z",
      "updated_at": "2026-11-27T14:44:41Z",
      "revision_number": 1,
      "project_id": "fce686c7d1ca46108d67d3c934f443fb"
    }
  ]
};

/** 409 reply to the recorded `delete_in_use` call (the member): DELETE subnets/9673047d-c8d8-48fe-9f11-d68da8158699. */
export const deleteInUse = {
  "NeutronError": {
    "type": "SubnetInUse",
    "message": "Unable to complete operation on subnet 9673047d-c8d8-48fe-9f11-d68da8158699: One or more ports have an IP allocation from this subnet.",
    "detail": ""
  }
};
