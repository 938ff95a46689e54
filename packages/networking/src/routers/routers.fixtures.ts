/**
 * Replies recorded from the real Neutron (Zed) in the local cloud, as the member (project demo)
 * unless the name says admin. Nothing edited.
 */

/** 201 reply to the recorded `create` call. */
export const create = {
  "router": {
    "id": "1c8982fc-51a2-48c5-a593-bcf8f79ee83d",
    "name": "rec-router",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "admin_state_up": true,
    "status": "ACTIVE",
    "external_gateway_info": {
      "network_id": "2c054f6a-d272-4c55-9cb2-abd3f2c87fda",
      "external_fixed_ips": [
        {
          "subnet_id": "60fe83ee-dea4-4b67-b419-2a59a61bd488",
          "ip_address": "172.24.4.185"
        }
      ],
      "enable_snat": true
    },
    "description": "recorded",
    "availability_zones": [],
    "availability_zone_hints": [],
    "routes": [],
    "flavor_id": null,
    "tags": [],
    "created_at": "2026-11-27T14:46:27Z",
    "updated_at": "2026-11-27T14:46:27Z",
    "revision_number": 3,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 201 reply to the recorded `create_plain` call. */
export const createPlain = {
  "router": {
    "id": "cdc0e062-3f70-4083-960e-d9846dbe346a",
    "name": "rec-router-2",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "admin_state_up": true,
    "status": "ACTIVE",
    "external_gateway_info": null,
    "description": "",
    "availability_zones": [],
    "availability_zone_hints": [],
    "routes": [],
    "flavor_id": null,
    "tags": [],
    "created_at": "2026-11-27T14:46:28Z",
    "updated_at": "2026-11-27T14:46:28Z",
    "revision_number": 1,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 200 reply to the recorded `get` call. */
export const get = {
  "router": {
    "id": "1c8982fc-51a2-48c5-a593-bcf8f79ee83d",
    "name": "rec-router",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "admin_state_up": true,
    "status": "ACTIVE",
    "external_gateway_info": {
      "network_id": "2c054f6a-d272-4c55-9cb2-abd3f2c87fda",
      "external_fixed_ips": [
        {
          "subnet_id": "60fe83ee-dea4-4b67-b419-2a59a61bd488",
          "ip_address": "172.24.4.185"
        }
      ],
      "enable_snat": true
    },
    "description": "recorded",
    "availability_zones": [],
    "availability_zone_hints": [],
    "routes": [],
    "flavor_id": null,
    "tags": [],
    "created_at": "2026-11-27T14:46:27Z",
    "updated_at": "2026-11-27T14:46:27Z",
    "revision_number": 3,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 200 reply to the recorded `list_page1` call. */
export const listPage1 = {
  "routers": [
    {
      "id": "1c8982fc-51a2-48c5-a593-bcf8f79ee83d",
      "name": "rec-router"
    }
  ],
  "routers_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:9696/v2.0/routers?name=rec-router&name=rec-router-2&limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&marker=1c8982fc-51a2-48c5-a593-bcf8f79ee83d"
    },
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/routers?name=rec-router&name=rec-router-2&limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&marker=1c8982fc-51a2-48c5-a593-bcf8f79ee83d&page_reverse=True"
    }
  ]
};

/** 200 reply to the recorded `list_page2` call. */
export const listPage2 = {
  "routers": [
    {
      "id": "cdc0e062-3f70-4083-960e-d9846dbe346a",
      "name": "rec-router-2"
    }
  ],
  "routers_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:9696/v2.0/routers?name=rec-router&name=rec-router-2&limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&marker=cdc0e062-3f70-4083-960e-d9846dbe346a"
    },
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/routers?name=rec-router&name=rec-router-2&limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&marker=cdc0e062-3f70-4083-960e-d9846dbe346a&page_reverse=True"
    }
  ]
};

/** 200 reply to the recorded `list_page3` call. */
export const listPage3 = {
  "routers": [],
  "routers_links": [
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/routers?name=rec-router&name=rec-router-2&limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&page_reverse=True"
    }
  ]
};

/** 200 reply to the recorded `list_filtered` call. */
export const listFiltered = {
  "routers": [
    {
      "id": "1c8982fc-51a2-48c5-a593-bcf8f79ee83d",
      "name": "rec-router",
      "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
      "admin_state_up": true,
      "status": "ACTIVE",
      "external_gateway_info": {
        "network_id": "2c054f6a-d272-4c55-9cb2-abd3f2c87fda",
        "external_fixed_ips": [
          {
            "subnet_id": "60fe83ee-dea4-4b67-b419-2a59a61bd488",
            "ip_address": "172.24.4.185"
          }
        ],
        "enable_snat": true
      },
      "description": "recorded",
      "availability_zones": [],
      "availability_zone_hints": [],
      "routes": [],
      "flavor_id": null,
      "tags": [],
      "created_at": "2026-11-27T14:46:27Z",
      "updated_at": "2026-11-27T14:46:27Z",
      "revision_number": 3,
      "project_id": "56a1734a387a4a25a56ee940578c82dd"
    }
  ]
};

/** 200 reply to the recorded `find` call. */
export const find = {
  "routers": [
    {
      "id": "cdc0e062-3f70-4083-960e-d9846dbe346a",
      "name": "rec-router-2"
    }
  ]
};

/** 200 reply to the recorded `update` call. */
export const update = {
  "router": {
    "id": "1c8982fc-51a2-48c5-a593-bcf8f79ee83d",
    "name": "rec-router-1",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "admin_state_up": true,
    "status": "ACTIVE",
    "external_gateway_info": {
      "network_id": "2c054f6a-d272-4c55-9cb2-abd3f2c87fda",
      "external_fixed_ips": [
        {
          "subnet_id": "60fe83ee-dea4-4b67-b419-2a59a61bd488",
          "ip_address": "172.24.4.185"
        }
      ],
      "enable_snat": true
    },
    "description": "changed",
    "availability_zones": [],
    "availability_zone_hints": [],
    "routes": [],
    "flavor_id": null,
    "tags": [],
    "created_at": "2026-11-27T14:46:27Z",
    "updated_at": "2026-11-27T14:46:28Z",
    "revision_number": 4,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 200 reply to the recorded `add_interface_subnet` call. */
export const addInterfaceSubnet = {
  "id": "1c8982fc-51a2-48c5-a593-bcf8f79ee83d",
  "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
  "port_id": "f9320bb9-9968-4c94-88da-f7b581f84d4f",
  "network_id": "9bee64c5-f411-4ee5-815e-ebc47ca2c377",
  "subnet_id": "3dff8032-d927-4839-84e3-782449716c4b",
  "subnet_ids": [
    "3dff8032-d927-4839-84e3-782449716c4b"
  ]
};

/** 200 reply to the recorded `add_interface_port` call. */
export const addInterfacePort = {
  "id": "1c8982fc-51a2-48c5-a593-bcf8f79ee83d",
  "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
  "port_id": "fee46e37-0d8f-4189-a3e3-9a97ff57833f",
  "network_id": "9bee64c5-f411-4ee5-815e-ebc47ca2c377",
  "subnet_id": "3d173d0d-3aa3-4dcc-8d0b-c5248eb12617",
  "subnet_ids": [
    "3d173d0d-3aa3-4dcc-8d0b-c5248eb12617"
  ]
};

/** 400 reply to the recorded `add_interface_both` call. */
export const addInterfaceBoth = {
  "NeutronError": {
    "type": "BadRequest",
    "message": "Bad router request: Cannot specify both subnet-id and port-id.",
    "detail": ""
  }
};

/** 200 reply to the recorded `update_routes` call. */
export const updateRoutes = {
  "router": {
    "id": "1c8982fc-51a2-48c5-a593-bcf8f79ee83d",
    "name": "rec-router-1",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "admin_state_up": true,
    "status": "ACTIVE",
    "external_gateway_info": {
      "network_id": "2c054f6a-d272-4c55-9cb2-abd3f2c87fda",
      "external_fixed_ips": [
        {
          "subnet_id": "60fe83ee-dea4-4b67-b419-2a59a61bd488",
          "ip_address": "172.24.4.185"
        }
      ],
      "enable_snat": true
    },
    "description": "changed",
    "availability_zones": [],
    "availability_zone_hints": [],
    "routes": [
      {
        "destination": "10.99.0.0/24",
        "nexthop": "10.77.1.10"
      }
    ],
    "flavor_id": null,
    "tags": [],
    "created_at": "2026-11-27T14:46:27Z",
    "updated_at": "2026-11-27T14:46:31Z",
    "revision_number": 7,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 200 reply to the recorded `add_extraroutes` call. */
export const addExtraroutes = {
  "router": {
    "id": "1c8982fc-51a2-48c5-a593-bcf8f79ee83d",
    "name": "rec-router-1",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "admin_state_up": true,
    "status": "ACTIVE",
    "external_gateway_info": {
      "network_id": "2c054f6a-d272-4c55-9cb2-abd3f2c87fda",
      "external_fixed_ips": [
        {
          "subnet_id": "60fe83ee-dea4-4b67-b419-2a59a61bd488",
          "ip_address": "172.24.4.185"
        }
      ],
      "enable_snat": true
    },
    "gw_port_id": "ad0a4ef1-fc2d-48b7-9081-65590c7fd227",
    "description": "changed",
    "availability_zones": [],
    "distributed": false,
    "ha": false,
    "ha_vr_id": 0,
    "availability_zone_hints": [],
    "routes": [
      {
        "destination": "10.97.0.0/24",
        "nexthop": "10.77.2.12"
      },
      {
        "destination": "10.98.0.0/24",
        "nexthop": "10.77.1.11"
      },
      {
        "destination": "10.99.0.0/24",
        "nexthop": "10.77.1.10"
      }
    ],
    "flavor_id": null,
    "tags": [],
    "created_at": "2026-11-27T14:46:27Z",
    "updated_at": "2026-11-27T14:46:31Z",
    "revision_number": 8,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 200 reply to the recorded `remove_extraroutes` call. */
export const removeExtraroutes = {
  "router": {
    "id": "1c8982fc-51a2-48c5-a593-bcf8f79ee83d",
    "name": "rec-router-1",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "admin_state_up": true,
    "status": "ACTIVE",
    "external_gateway_info": {
      "network_id": "2c054f6a-d272-4c55-9cb2-abd3f2c87fda",
      "external_fixed_ips": [
        {
          "subnet_id": "60fe83ee-dea4-4b67-b419-2a59a61bd488",
          "ip_address": "172.24.4.185"
        }
      ],
      "enable_snat": true
    },
    "gw_port_id": "ad0a4ef1-fc2d-48b7-9081-65590c7fd227",
    "description": "changed",
    "availability_zones": [],
    "distributed": false,
    "ha": false,
    "ha_vr_id": 0,
    "availability_zone_hints": [],
    "routes": [
      {
        "destination": "10.97.0.0/24",
        "nexthop": "10.77.2.12"
      },
      {
        "destination": "10.99.0.0/24",
        "nexthop": "10.77.1.10"
      }
    ],
    "flavor_id": null,
    "tags": [],
    "created_at": "2026-11-27T14:46:27Z",
    "updated_at": "2026-11-27T14:46:32Z",
    "revision_number": 9,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 400 reply to the recorded `bad_nexthop` call. */
export const badNexthop = {
  "NeutronError": {
    "type": "InvalidRoutes",
    "message": "Invalid format for routes: [{'destination': '10.97.0.0/24', 'nexthop': '10.77.2.12'}, {'destination': '10.99.0.0/24', 'nexthop': '10.77.1.10'}, {'destination': '10.96.0.0/24', 'nexthop': '192.168.250.1'}], the nexthop is not connected with router",
    "detail": ""
  }
};

/** 409 reply to the recorded `remove_interface_in_use_by_route` call. */
export const removeInterfaceInUseByRoute = {
  "NeutronError": {
    "type": "RouterInterfaceInUseByRoute",
    "message": "Router interface for subnet 3dff8032-d927-4839-84e3-782449716c4b on router 1c8982fc-51a2-48c5-a593-bcf8f79ee83d cannot be deleted, as it is required by one or more routes.",
    "detail": ""
  }
};

/** 409 reply to the recorded `delete_in_use` call. */
export const deleteInUse = {
  "NeutronError": {
    "type": "RouterInUse",
    "message": "Router 1c8982fc-51a2-48c5-a593-bcf8f79ee83d has ports still attached: f9320bb9-9968-4c94-88da-f7b581f84d4f, fee46e37-0d8f-4189-a3e3-9a97ff57833f",
    "detail": ""
  }
};

/** 200 reply to the recorded `clear_routes` call. */
export const clearRoutes = {
  "router": {
    "id": "1c8982fc-51a2-48c5-a593-bcf8f79ee83d",
    "name": "rec-router-1",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "admin_state_up": true,
    "status": "ACTIVE",
    "external_gateway_info": {
      "network_id": "2c054f6a-d272-4c55-9cb2-abd3f2c87fda",
      "external_fixed_ips": [
        {
          "subnet_id": "60fe83ee-dea4-4b67-b419-2a59a61bd488",
          "ip_address": "172.24.4.185"
        }
      ],
      "enable_snat": true
    },
    "description": "changed",
    "availability_zones": [],
    "availability_zone_hints": [],
    "routes": [],
    "flavor_id": null,
    "tags": [],
    "created_at": "2026-11-27T14:46:27Z",
    "updated_at": "2026-11-27T14:46:33Z",
    "revision_number": 10,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 200 reply to the recorded `remove_interface_subnet` call. */
export const removeInterfaceSubnet = {
  "id": "1c8982fc-51a2-48c5-a593-bcf8f79ee83d",
  "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
  "port_id": "f9320bb9-9968-4c94-88da-f7b581f84d4f",
  "network_id": "9bee64c5-f411-4ee5-815e-ebc47ca2c377",
  "subnet_id": "3dff8032-d927-4839-84e3-782449716c4b",
  "subnet_ids": [
    "3dff8032-d927-4839-84e3-782449716c4b"
  ]
};

/** 200 reply to the recorded `remove_interface_port` call. */
export const removeInterfacePort = {
  "id": "1c8982fc-51a2-48c5-a593-bcf8f79ee83d",
  "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
  "port_id": "fee46e37-0d8f-4189-a3e3-9a97ff57833f",
  "network_id": "9bee64c5-f411-4ee5-815e-ebc47ca2c377",
  "subnet_id": "3d173d0d-3aa3-4dcc-8d0b-c5248eb12617",
  "subnet_ids": [
    "3d173d0d-3aa3-4dcc-8d0b-c5248eb12617"
  ]
};

/** 200 reply to the recorded `clear_gateway` call. */
export const clearGateway = {
  "router": {
    "id": "1c8982fc-51a2-48c5-a593-bcf8f79ee83d",
    "name": "rec-router-1",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "admin_state_up": true,
    "status": "ACTIVE",
    "external_gateway_info": null,
    "description": "changed",
    "availability_zones": [],
    "availability_zone_hints": [],
    "routes": [],
    "flavor_id": null,
    "tags": [],
    "created_at": "2026-11-27T14:46:27Z",
    "updated_at": "2026-11-27T14:46:51Z",
    "revision_number": 15,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 404 reply to the recorded `not_found` call. */
export const notFound = {
  "NeutronError": {
    "type": "RouterNotFound",
    "message": "Router 1c8982fc-51a2-48c5-a593-bcf8f79ee83d could not be found",
    "detail": ""
  }
};

/** 201 reply to the recorded `create_admin` call. */
export const createAdmin = {
  "router": {
    "id": "3b84bf94-02b0-4fa2-a1ba-475ffc1d5e05",
    "name": "rec-router-admin",
    "tenant_id": "fce686c7d1ca46108d67d3c934f443fb",
    "admin_state_up": true,
    "status": "ACTIVE",
    "external_gateway_info": {
      "network_id": "2c054f6a-d272-4c55-9cb2-abd3f2c87fda",
      "external_fixed_ips": [
        {
          "subnet_id": "60fe83ee-dea4-4b67-b419-2a59a61bd488",
          "ip_address": "172.24.4.201"
        }
      ],
      "enable_snat": false
    },
    "description": "",
    "availability_zones": [],
    "distributed": true,
    "ha": false,
    "availability_zone_hints": [],
    "routes": [],
    "flavor_id": null,
    "tags": [],
    "created_at": "2026-11-27T14:46:52Z",
    "updated_at": "2026-11-27T14:46:54Z",
    "revision_number": 3,
    "project_id": "fce686c7d1ca46108d67d3c934f443fb"
  }
};

/** 404 reply to the recorded `create_az` call. */
export const createAz = {
  "NeutronError": {
    "type": "AvailabilityZoneNotFound",
    "message": "AvailabilityZone nova could not be found.",
    "detail": ""
  }
};

/** 404 reply to the recorded `create_flavor` call. */
export const createFlavor = {
  "NeutronError": {
    "type": "FlavorNotFound",
    "message": "Flavor 00000000-0000-0000-0000-000000000000 could not be found.",
    "detail": ""
  }
};

/** 403 reply to the recorded `member_snat` call. */
export const memberSnat = {
  "NeutronError": {
    "type": "PolicyNotAuthorized",
    "message": "(rule:create_router and (rule:create_router:external_gateway_info and (rule:create_router:external_gateway_info:network_id and rule:create_router:external_gateway_info:enable_snat))) is disallowed by policy",
    "detail": ""
  }
};

/** 201 reply to the recorded `create_for_project` call. */
export const createForProject = {
  "router": {
    "id": "05463659-f01d-4ba0-a700-e7c7ecfb21e1",
    "name": "rec-router-project",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "admin_state_up": true,
    "status": "ACTIVE",
    "external_gateway_info": {
      "network_id": "2c054f6a-d272-4c55-9cb2-abd3f2c87fda",
      "external_fixed_ips": [
        {
          "subnet_id": "60fe83ee-dea4-4b67-b419-2a59a61bd488",
          "ip_address": "172.24.4.29"
        }
      ],
      "enable_snat": true
    },
    "description": "",
    "availability_zones": [],
    "distributed": false,
    "ha": false,
    "availability_zone_hints": [],
    "routes": [],
    "flavor_id": null,
    "tags": [],
    "created_at": "2026-11-27T14:53:32Z",
    "updated_at": "2026-11-27T14:53:32Z",
    "revision_number": 3,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/**
 * 200 reply to the recorded `GET ports?device_id=<router>&fixed_ips=subnet_id=<subnet>` right after
 * `add_router_interface` on the subnet (as the member). The local cloud has no L3 agent, so the
 * interface port stays `DOWN`.
 */
export const interfacePortList = {
  "ports": [
    {
      "id": "6ff13731-d71c-4444-84f8-a9f58e6d75f0",
      "name": "",
      "network_id": "65f7e732-4790-4481-a913-7bd5b11cc608",
      "tenant_id": "93bd1bc6475f4027a0f8b1a6baeddf2a",
      "mac_address": "fa:16:3e:eb:9f:33",
      "admin_state_up": true,
      "status": "DOWN",
      "device_id": "66f14824-e16c-4186-978c-1f6e272fd723",
      "device_owner": "network:router_interface",
      "fixed_ips": [
        {
          "subnet_id": "abeac1bf-1878-4d7e-9c28-56fa379a27e6",
          "ip_address": "10.78.0.1"
        }
      ],
      "allowed_address_pairs": [],
      "extra_dhcp_opts": [],
      "security_groups": [],
      "description": "",
      "binding:vnic_type": "normal",
      "port_security_enabled": false,
      "qos_policy_id": null,
      "qos_network_policy_id": null,
      "dns_name": "",
      "dns_assignment": [
        {
          "ip_address": "10.78.0.1",
          "hostname": "host-10-78-0-1",
          "fqdn": "host-10-78-0-1.openstack-ts.test."
        }
      ],
      "ip_allocation": "immediate",
      "tags": [],
      "created_at": "2026-12-07T22:03:18Z",
      "updated_at": "2026-12-07T22:03:18Z",
      "revision_number": 2,
      "project_id": "93bd1bc6475f4027a0f8b1a6baeddf2a"
    }
  ]
};

/** 200 reply to the recorded `GET ports/<interface port>` of the same interface. */
export const interfacePort = {
  "port": {
    "id": "6ff13731-d71c-4444-84f8-a9f58e6d75f0",
    "name": "",
    "network_id": "65f7e732-4790-4481-a913-7bd5b11cc608",
    "tenant_id": "93bd1bc6475f4027a0f8b1a6baeddf2a",
    "mac_address": "fa:16:3e:eb:9f:33",
    "admin_state_up": true,
    "status": "DOWN",
    "device_id": "66f14824-e16c-4186-978c-1f6e272fd723",
    "device_owner": "network:router_interface",
    "fixed_ips": [
      {
        "subnet_id": "abeac1bf-1878-4d7e-9c28-56fa379a27e6",
        "ip_address": "10.78.0.1"
      }
    ],
    "allowed_address_pairs": [],
    "extra_dhcp_opts": [],
    "security_groups": [],
    "description": "",
    "binding:vnic_type": "normal",
    "port_security_enabled": false,
    "qos_policy_id": null,
    "qos_network_policy_id": null,
    "dns_name": "",
    "dns_assignment": [
      {
        "ip_address": "10.78.0.1",
        "hostname": "host-10-78-0-1",
        "fqdn": "host-10-78-0-1.openstack-ts.test."
      }
    ],
    "ip_allocation": "immediate",
    "tags": [],
    "created_at": "2026-12-07T22:03:18Z",
    "updated_at": "2026-12-07T22:03:18Z",
    "revision_number": 2,
    "project_id": "93bd1bc6475f4027a0f8b1a6baeddf2a"
  }
};
