/**
 * Replies recorded from the real Neutron (Zed) in the local cloud, as the member (project demo)
 * unless the name starts with admin. Nothing edited.
 */

/** 201 reply to the recorded `create` call (POST ports). */
export const create = {
  "port": {
    "id": "7cc2c311-c3c2-4d33-b30a-ff420d7a6c81",
    "name": "rec-port",
    "network_id": "735c11ca-8350-45fb-aa77-1e658821be5a",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "mac_address": "fa:16:3e:77:00:10",
    "admin_state_up": true,
    "status": "DOWN",
    "device_id": "rec-device-1",
    "device_owner": "rec:owner",
    "fixed_ips": [
      {
        "subnet_id": "85212c43-c982-46b9-8a55-8b0ebf38cbb9",
        "ip_address": "10.77.0.10"
      },
      {
        "subnet_id": "85212c43-c982-46b9-8a55-8b0ebf38cbb9",
        "ip_address": "10.77.0.11"
      }
    ],
    "project_id": "56a1734a387a4a25a56ee940578c82dd",
    "port_security_enabled": true,
    "qos_policy_id": null,
    "security_groups": [
      "d5be7046-4a7b-4c77-a8e4-d0a9d0b5babd"
    ],
    "binding:vnic_type": "normal",
    "allowed_address_pairs": [
      {
        "mac_address": "fa:16:3e:77:00:10",
        "ip_address": "10.77.0.100"
      },
      {
        "mac_address": "fa:16:3e:77:01:00",
        "ip_address": "10.77.1.0/24"
      }
    ],
    "extra_dhcp_opts": [
      {
        "opt_name": "bootfile-name",
        "opt_value": "pxelinux.0",
        "ip_version": 4
      },
      {
        "opt_name": "tftp-server",
        "opt_value": "10.77.0.2",
        "ip_version": 4
      }
    ],
    "description": "recorded",
    "qos_network_policy_id": null,
    "dns_name": "rec-port",
    "dns_assignment": [
      {
        "ip_address": "10.77.0.10",
        "hostname": "rec-port",
        "fqdn": "rec-port.openstack-ts.test."
      },
      {
        "ip_address": "10.77.0.11",
        "hostname": "rec-port",
        "fqdn": "rec-port.openstack-ts.test."
      }
    ],
    "ip_allocation": "immediate",
    "tags": [],
    "created_at": "2026-11-27T14:43:47Z",
    "updated_at": "2026-11-27T14:43:47Z",
    "revision_number": 1
  }
};

/** 201 reply to the recorded `create_no_security` call (POST ports). */
export const createNoSecurity = {
  "port": {
    "id": "c4183b97-b082-41a6-a6a5-df22de6a0667",
    "name": "rec-port-open",
    "network_id": "735c11ca-8350-45fb-aa77-1e658821be5a",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "mac_address": "fa:16:3e:56:dc:6c",
    "admin_state_up": true,
    "status": "DOWN",
    "device_id": "",
    "device_owner": "",
    "fixed_ips": [
      {
        "subnet_id": "85212c43-c982-46b9-8a55-8b0ebf38cbb9",
        "ip_address": "10.77.0.193"
      }
    ],
    "project_id": "56a1734a387a4a25a56ee940578c82dd",
    "port_security_enabled": false,
    "qos_policy_id": null,
    "security_groups": [],
    "binding:vnic_type": "normal",
    "allowed_address_pairs": [],
    "extra_dhcp_opts": [],
    "description": "",
    "qos_network_policy_id": null,
    "dns_name": "",
    "dns_assignment": [
      {
        "ip_address": "10.77.0.193",
        "hostname": "host-10-77-0-193",
        "fqdn": "host-10-77-0-193.openstack-ts.test."
      }
    ],
    "ip_allocation": "immediate",
    "tags": [],
    "created_at": "2026-11-27T14:43:49Z",
    "updated_at": "2026-11-27T14:43:50Z",
    "revision_number": 1
  }
};

/** 200 reply to the recorded `get` call (GET ports/{id}). */
export const get = {
  "port": {
    "id": "7cc2c311-c3c2-4d33-b30a-ff420d7a6c81",
    "name": "rec-port",
    "network_id": "735c11ca-8350-45fb-aa77-1e658821be5a",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "mac_address": "fa:16:3e:77:00:10",
    "admin_state_up": true,
    "status": "DOWN",
    "device_id": "rec-device-1",
    "device_owner": "rec:owner",
    "fixed_ips": [
      {
        "subnet_id": "85212c43-c982-46b9-8a55-8b0ebf38cbb9",
        "ip_address": "10.77.0.10"
      },
      {
        "subnet_id": "85212c43-c982-46b9-8a55-8b0ebf38cbb9",
        "ip_address": "10.77.0.11"
      }
    ],
    "allowed_address_pairs": [
      {
        "mac_address": "fa:16:3e:77:00:10",
        "ip_address": "10.77.0.100"
      },
      {
        "mac_address": "fa:16:3e:77:01:00",
        "ip_address": "10.77.1.0/24"
      }
    ],
    "extra_dhcp_opts": [
      {
        "opt_name": "bootfile-name",
        "opt_value": "pxelinux.0",
        "ip_version": 4
      },
      {
        "opt_name": "tftp-server",
        "opt_value": "10.77.0.2",
        "ip_version": 4
      }
    ],
    "security_groups": [
      "d5be7046-4a7b-4c77-a8e4-d0a9d0b5babd"
    ],
    "description": "recorded",
    "binding:vnic_type": "normal",
    "port_security_enabled": true,
    "qos_policy_id": null,
    "qos_network_policy_id": null,
    "dns_name": "rec-port",
    "dns_assignment": [
      {
        "ip_address": "10.77.0.10",
        "hostname": "rec-port",
        "fqdn": "rec-port.openstack-ts.test."
      },
      {
        "ip_address": "10.77.0.11",
        "hostname": "rec-port",
        "fqdn": "rec-port.openstack-ts.test."
      }
    ],
    "ip_allocation": "immediate",
    "tags": [],
    "created_at": "2026-11-27T14:43:47Z",
    "updated_at": "2026-11-27T14:43:47Z",
    "revision_number": 1,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 200 reply to the recorded `update` call (PUT ports/{id}). */
export const update = {
  "port": {
    "id": "7cc2c311-c3c2-4d33-b30a-ff420d7a6c81",
    "name": "rec-port-2",
    "network_id": "735c11ca-8350-45fb-aa77-1e658821be5a",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "mac_address": "fa:16:3e:77:00:10",
    "admin_state_up": true,
    "status": "DOWN",
    "device_id": "rec-device-1",
    "device_owner": "rec:owner",
    "fixed_ips": [
      {
        "subnet_id": "85212c43-c982-46b9-8a55-8b0ebf38cbb9",
        "ip_address": "10.77.0.11"
      }
    ],
    "allowed_address_pairs": [],
    "extra_dhcp_opts": [
      {
        "opt_name": "bootfile-name",
        "opt_value": "pxelinux.0",
        "ip_version": 4
      }
    ],
    "security_groups": [
      "d5be7046-4a7b-4c77-a8e4-d0a9d0b5babd"
    ],
    "description": "changed",
    "binding:vnic_type": "normal",
    "port_security_enabled": true,
    "qos_policy_id": null,
    "qos_network_policy_id": null,
    "dns_name": "rec-port-2",
    "dns_assignment": [
      {
        "ip_address": "10.77.0.11",
        "hostname": "rec-port-2",
        "fqdn": "rec-port-2.openstack-ts.test."
      }
    ],
    "ip_allocation": "immediate",
    "tags": [],
    "created_at": "2026-11-27T14:43:47Z",
    "updated_at": "2026-11-27T14:43:51Z",
    "revision_number": 2,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 201 reply to the recorded `bulk` call (POST ports). */
export const bulk = {
  "ports": [
    {
      "id": "5a779134-66af-4778-88fd-5ca6ddc5c823",
      "name": "rec-bulk-1",
      "network_id": "735c11ca-8350-45fb-aa77-1e658821be5a",
      "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
      "mac_address": "fa:16:3e:7e:2c:10",
      "admin_state_up": true,
      "status": "DOWN",
      "device_id": "",
      "device_owner": "",
      "fixed_ips": [
        {
          "subnet_id": "85212c43-c982-46b9-8a55-8b0ebf38cbb9",
          "ip_address": "10.77.0.198"
        }
      ],
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "binding:vnic_type": "normal",
      "port_security_enabled": true,
      "qos_policy_id": null,
      "security_groups": [
        "d5be7046-4a7b-4c77-a8e4-d0a9d0b5babd"
      ],
      "allowed_address_pairs": [],
      "extra_dhcp_opts": [],
      "description": "",
      "qos_network_policy_id": null,
      "dns_name": "",
      "dns_assignment": [
        {
          "ip_address": "10.77.0.198",
          "hostname": "host-10-77-0-198",
          "fqdn": "host-10-77-0-198.openstack-ts.test."
        }
      ],
      "ip_allocation": "immediate",
      "tags": [],
      "created_at": "2026-11-27T14:43:53Z",
      "updated_at": "2026-11-27T14:43:53Z",
      "revision_number": 1
    },
    {
      "id": "b7794053-8a63-4f78-b8e8-a2b9af881c5c",
      "name": "rec-bulk-2",
      "network_id": "735c11ca-8350-45fb-aa77-1e658821be5a",
      "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
      "mac_address": "fa:16:3e:e0:8f:87",
      "admin_state_up": false,
      "status": "DOWN",
      "device_id": "",
      "device_owner": "",
      "fixed_ips": [
        {
          "subnet_id": "85212c43-c982-46b9-8a55-8b0ebf38cbb9",
          "ip_address": "10.77.0.2"
        }
      ],
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "binding:vnic_type": "normal",
      "port_security_enabled": true,
      "qos_policy_id": null,
      "security_groups": [
        "d5be7046-4a7b-4c77-a8e4-d0a9d0b5babd"
      ],
      "allowed_address_pairs": [],
      "extra_dhcp_opts": [],
      "description": "",
      "qos_network_policy_id": null,
      "dns_name": "",
      "dns_assignment": [
        {
          "ip_address": "10.77.0.2",
          "hostname": "host-10-77-0-2",
          "fqdn": "host-10-77-0-2.openstack-ts.test."
        }
      ],
      "ip_allocation": "immediate",
      "tags": [],
      "created_at": "2026-11-27T14:43:53Z",
      "updated_at": "2026-11-27T14:43:53Z",
      "revision_number": 1
    }
  ]
};

/** 200 reply to the recorded `list_by_fixed_ip` call (GET ports). */
export const listByFixedIp = {
  "ports": [
    {
      "id": "7cc2c311-c3c2-4d33-b30a-ff420d7a6c81",
      "name": "rec-port-2",
      "network_id": "735c11ca-8350-45fb-aa77-1e658821be5a",
      "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
      "mac_address": "fa:16:3e:77:00:10",
      "admin_state_up": true,
      "status": "DOWN",
      "device_id": "rec-device-1",
      "device_owner": "rec:owner",
      "fixed_ips": [
        {
          "subnet_id": "85212c43-c982-46b9-8a55-8b0ebf38cbb9",
          "ip_address": "10.77.0.11"
        }
      ],
      "allowed_address_pairs": [],
      "extra_dhcp_opts": [
        {
          "opt_name": "bootfile-name",
          "opt_value": "pxelinux.0",
          "ip_version": 4
        }
      ],
      "security_groups": [
        "d5be7046-4a7b-4c77-a8e4-d0a9d0b5babd"
      ],
      "description": "changed",
      "binding:vnic_type": "normal",
      "port_security_enabled": true,
      "qos_policy_id": null,
      "qos_network_policy_id": null,
      "dns_name": "rec-port-2",
      "dns_assignment": [
        {
          "ip_address": "10.77.0.11",
          "hostname": "rec-port-2",
          "fqdn": "rec-port-2.openstack-ts.test."
        }
      ],
      "ip_allocation": "immediate",
      "tags": [],
      "created_at": "2026-11-27T14:43:47Z",
      "updated_at": "2026-11-27T14:43:51Z",
      "revision_number": 2,
      "project_id": "56a1734a387a4a25a56ee940578c82dd"
    }
  ]
};

/** 200 reply to the recorded `list_by_substr` call (GET ports). */
export const listBySubstr = {
  "ports": [
    {
      "id": "5a779134-66af-4778-88fd-5ca6ddc5c823",
      "name": "rec-bulk-1",
      "fixed_ips": [
        {
          "subnet_id": "85212c43-c982-46b9-8a55-8b0ebf38cbb9",
          "ip_address": "10.77.0.198"
        }
      ]
    },
    {
      "id": "7cc2c311-c3c2-4d33-b30a-ff420d7a6c81",
      "name": "rec-port-2",
      "fixed_ips": [
        {
          "subnet_id": "85212c43-c982-46b9-8a55-8b0ebf38cbb9",
          "ip_address": "10.77.0.11"
        }
      ]
    },
    {
      "id": "c4183b97-b082-41a6-a6a5-df22de6a0667",
      "name": "rec-port-open",
      "fixed_ips": [
        {
          "subnet_id": "85212c43-c982-46b9-8a55-8b0ebf38cbb9",
          "ip_address": "10.77.0.193"
        }
      ]
    }
  ]
};

/** 200 reply to the recorded `list_by_owner` call (GET ports). */
export const listByOwner = {
  "ports": [
    {
      "id": "7cc2c311-c3c2-4d33-b30a-ff420d7a6c81",
      "name": "rec-port-2",
      "network_id": "735c11ca-8350-45fb-aa77-1e658821be5a",
      "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
      "mac_address": "fa:16:3e:77:00:10",
      "admin_state_up": true,
      "status": "DOWN",
      "device_id": "rec-device-1",
      "device_owner": "rec:owner",
      "fixed_ips": [
        {
          "subnet_id": "85212c43-c982-46b9-8a55-8b0ebf38cbb9",
          "ip_address": "10.77.0.11"
        }
      ],
      "allowed_address_pairs": [],
      "extra_dhcp_opts": [
        {
          "opt_name": "bootfile-name",
          "opt_value": "pxelinux.0",
          "ip_version": 4
        }
      ],
      "security_groups": [
        "d5be7046-4a7b-4c77-a8e4-d0a9d0b5babd"
      ],
      "description": "changed",
      "binding:vnic_type": "normal",
      "port_security_enabled": true,
      "qos_policy_id": null,
      "qos_network_policy_id": null,
      "dns_name": "rec-port-2",
      "dns_assignment": [
        {
          "ip_address": "10.77.0.11",
          "hostname": "rec-port-2",
          "fqdn": "rec-port-2.openstack-ts.test."
        }
      ],
      "ip_allocation": "immediate",
      "tags": [],
      "created_at": "2026-11-27T14:43:47Z",
      "updated_at": "2026-11-27T14:43:51Z",
      "revision_number": 2,
      "project_id": "56a1734a387a4a25a56ee940578c82dd"
    }
  ]
};

/** 200 reply to the recorded `list_page1` call (GET ports). */
export const listPage1 = {
  "ports": [
    {
      "id": "5a779134-66af-4778-88fd-5ca6ddc5c823",
      "name": "rec-bulk-1"
    }
  ],
  "ports_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:9696/v2.0/ports?network_id=735c11ca-8350-45fb-aa77-1e658821be5a&name=rec-bulk-1&name=rec-bulk-2&limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&marker=5a779134-66af-4778-88fd-5ca6ddc5c823"
    },
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/ports?network_id=735c11ca-8350-45fb-aa77-1e658821be5a&name=rec-bulk-1&name=rec-bulk-2&limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&marker=5a779134-66af-4778-88fd-5ca6ddc5c823&page_reverse=True"
    }
  ]
};

/** 200 reply to the recorded `list_page2` call (GET ports). */
export const listPage2 = {
  "ports": [
    {
      "id": "b7794053-8a63-4f78-b8e8-a2b9af881c5c",
      "name": "rec-bulk-2"
    }
  ],
  "ports_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:9696/v2.0/ports?network_id=735c11ca-8350-45fb-aa77-1e658821be5a&name=rec-bulk-1&name=rec-bulk-2&limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&marker=b7794053-8a63-4f78-b8e8-a2b9af881c5c"
    },
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/ports?network_id=735c11ca-8350-45fb-aa77-1e658821be5a&name=rec-bulk-1&name=rec-bulk-2&limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&marker=b7794053-8a63-4f78-b8e8-a2b9af881c5c&page_reverse=True"
    }
  ]
};

/** 200 reply to the recorded `list_page3` call (GET ports). */
export const listPage3 = {
  "ports": [],
  "ports_links": [
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/ports?network_id=735c11ca-8350-45fb-aa77-1e658821be5a&name=rec-bulk-1&name=rec-bulk-2&limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&page_reverse=True"
    }
  ]
};

/** 200 reply to the recorded `find` call (GET ports). */
export const find = {
  "ports": [
    {
      "id": "c4183b97-b082-41a6-a6a5-df22de6a0667",
      "name": "rec-port-open"
    }
  ]
};

/** 201 reply to the recorded `admin_create_bound` call (POST ports). */
export const adminCreateBound = {
  "port": {
    "id": "24d4c1bb-edc9-4237-b71c-28714c8c2951",
    "name": "rec-port-bound",
    "network_id": "735c11ca-8350-45fb-aa77-1e658821be5a",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "mac_address": "fa:16:3e:3e:4c:8f",
    "admin_state_up": true,
    "status": "ACTIVE",
    "device_id": "",
    "device_owner": "",
    "fixed_ips": [
      {
        "subnet_id": "85212c43-c982-46b9-8a55-8b0ebf38cbb9",
        "ip_address": "10.77.0.147"
      }
    ],
    "allowed_address_pairs": [],
    "extra_dhcp_opts": [],
    "security_groups": [
      "d5be7046-4a7b-4c77-a8e4-d0a9d0b5babd"
    ],
    "description": "",
    "binding:vnic_type": "normal",
    "binding:profile": {
      "rec-key": "rec-value"
    },
    "binding:host_id": "host-ovs-filter-active",
    "binding:vif_type": "ovs",
    "binding:vif_details": {
      "port_filter": true
    },
    "port_security_enabled": true,
    "qos_policy_id": null,
    "qos_network_policy_id": null,
    "dns_name": "",
    "dns_assignment": [
      {
        "ip_address": "10.77.0.147",
        "hostname": "host-10-77-0-147",
        "fqdn": "host-10-77-0-147.openstack-ts.test."
      }
    ],
    "ip_allocation": "immediate",
    "resource_request": null,
    "tags": [],
    "created_at": "2026-11-27T14:43:56Z",
    "updated_at": "2026-11-27T14:43:56Z",
    "revision_number": 1,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 200 reply to the recorded `admin_list_by_host` call (GET ports). */
export const adminListByHost = {
  "ports": [
    {
      "id": "24d4c1bb-edc9-4237-b71c-28714c8c2951",
      "name": "rec-port-bound",
      "binding:vif_type": "ovs"
    }
  ]
};

/** 200 reply to the recorded `admin_update_binding` call (PUT ports/{id}). */
export const adminUpdateBinding = {
  "port": {
    "id": "24d4c1bb-edc9-4237-b71c-28714c8c2951",
    "name": "rec-port-bound",
    "network_id": "735c11ca-8350-45fb-aa77-1e658821be5a",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "mac_address": "fa:16:3e:3e:4c:8f",
    "admin_state_up": true,
    "status": "DOWN",
    "device_id": "",
    "device_owner": "",
    "fixed_ips": [
      {
        "subnet_id": "85212c43-c982-46b9-8a55-8b0ebf38cbb9",
        "ip_address": "10.77.0.147"
      }
    ],
    "allowed_address_pairs": [],
    "extra_dhcp_opts": [],
    "security_groups": [
      "d5be7046-4a7b-4c77-a8e4-d0a9d0b5babd"
    ],
    "description": "",
    "binding:vnic_type": "normal",
    "binding:profile": {},
    "binding:host_id": "",
    "binding:vif_type": "unbound",
    "binding:vif_details": {},
    "port_security_enabled": true,
    "qos_policy_id": null,
    "qos_network_policy_id": null,
    "dns_name": "",
    "dns_assignment": [
      {
        "ip_address": "10.77.0.147",
        "hostname": "host-10-77-0-147",
        "fqdn": "host-10-77-0-147.openstack-ts.test."
      }
    ],
    "ip_allocation": "immediate",
    "resource_request": null,
    "tags": [],
    "created_at": "2026-11-27T14:43:56Z",
    "updated_at": "2026-11-27T14:43:58Z",
    "revision_number": 2,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 409 reply to the recorded `ip_in_use` call (POST ports). */
export const ipInUse = {
  "NeutronError": {
    "type": "IpAddressAlreadyAllocated",
    "message": "IP address 10.77.0.11 already allocated in subnet 85212c43-c982-46b9-8a55-8b0ebf38cbb9",
    "detail": ""
  }
};

/** 400 reply to the recorded `security_groups_without_port_security` call (PUT ports/{id}). */
export const securityGroupsWithoutPortSecurity = {
  "NeutronError": {
    "type": "PortSecurityAndIPRequiredForSecurityGroups",
    "message": "Port security must be enabled and port must have an IP address in order to use security groups.",
    "detail": ""
  }
};

/** 404 reply to the recorded `not_found` call (GET ports/{id}). */
export const notFound = {
  "NeutronError": {
    "type": "PortNotFound",
    "message": "Port 00000000-0000-0000-0000-000000000000 could not be found.",
    "detail": ""
  }
};

/** 400 reply to the recorded `dns_domain_unsupported` call (POST ports). */
export const dnsDomainUnsupported = {
  "NeutronError": {
    "type": "HTTPBadRequest",
    "message": "Unrecognized attribute(s) 'dns_domain'",
    "detail": ""
  }
};

/** 403 reply to the recorded `member_binding` call (POST ports). */
export const memberBinding = {
  "NeutronError": {
    "type": "PolicyNotAuthorized",
    "message": "(rule:create_port and rule:create_port:binding:host_id) is disallowed by policy",
    "detail": ""
  }
};

/** 400 reply to the recorded `trusted_unsupported` call (POST ports). */
export const trustedUnsupported = {
  "NeutronError": {
    "type": "HTTPBadRequest",
    "message": "Unrecognized attribute(s) 'trusted'",
    "detail": ""
  }
};

/** 400 reply to the recorded `propagate_unsupported` call (POST ports). */
export const propagateUnsupported = {
  "NeutronError": {
    "type": "HTTPBadRequest",
    "message": "Unrecognized attribute(s) 'propagate_uplink_status'",
    "detail": ""
  }
};
