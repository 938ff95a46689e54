/**
 * Replies recorded from the real Neutron (Zed) in the local cloud, as the member (project demo)
 * unless the name says admin, on the seeded external network `public`. Nothing edited.
 */

/** 201 reply to the recorded `create` call. */
export const create = {
  "floatingip": {
    "id": "f66231f4-b983-480f-9f7d-6c3b796cc63e",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "floating_ip_address": "172.24.4.33",
    "floating_network_id": "2c054f6a-d272-4c55-9cb2-abd3f2c87fda",
    "router_id": "1c8982fc-51a2-48c5-a593-bcf8f79ee83d",
    "port_id": "78daeddf-b746-4454-9375-4f9da06077a9",
    "fixed_ip_address": "10.77.1.50",
    "status": "DOWN",
    "project_id": "56a1734a387a4a25a56ee940578c82dd",
    "description": "recorded",
    "qos_policy_id": null,
    "port_details": {
      "name": "rec-fip-port",
      "network_id": "9bee64c5-f411-4ee5-815e-ebc47ca2c377",
      "mac_address": "fa:16:3e:27:59:b0",
      "admin_state_up": true,
      "status": "DOWN",
      "device_id": "",
      "device_owner": ""
    },
    "dns_domain": "",
    "dns_name": "",
    "port_forwardings": [],
    "tags": [],
    "created_at": "2026-11-27T14:46:35Z",
    "updated_at": "2026-11-27T14:46:35Z",
    "revision_number": 0
  }
};

/** 200 reply to the recorded `get` call. */
export const get = {
  "floatingip": {
    "id": "f66231f4-b983-480f-9f7d-6c3b796cc63e",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "floating_ip_address": "172.24.4.33",
    "floating_network_id": "2c054f6a-d272-4c55-9cb2-abd3f2c87fda",
    "router_id": "1c8982fc-51a2-48c5-a593-bcf8f79ee83d",
    "port_id": "78daeddf-b746-4454-9375-4f9da06077a9",
    "fixed_ip_address": "10.77.1.50",
    "status": "DOWN",
    "description": "recorded",
    "qos_policy_id": null,
    "port_details": {
      "name": "rec-fip-port",
      "network_id": "9bee64c5-f411-4ee5-815e-ebc47ca2c377",
      "mac_address": "fa:16:3e:27:59:b0",
      "admin_state_up": true,
      "status": "DOWN",
      "device_id": "",
      "device_owner": ""
    },
    "dns_domain": "",
    "dns_name": "",
    "port_forwardings": [],
    "tags": [],
    "created_at": "2026-11-27T14:46:35Z",
    "updated_at": "2026-11-27T14:46:35Z",
    "revision_number": 0,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 200 reply to the recorded `list_filtered` call. */
export const listFiltered = {
  "floatingips": [
    {
      "id": "f66231f4-b983-480f-9f7d-6c3b796cc63e",
      "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
      "floating_ip_address": "172.24.4.33",
      "floating_network_id": "2c054f6a-d272-4c55-9cb2-abd3f2c87fda",
      "router_id": "1c8982fc-51a2-48c5-a593-bcf8f79ee83d",
      "port_id": "78daeddf-b746-4454-9375-4f9da06077a9",
      "fixed_ip_address": "10.77.1.50",
      "status": "DOWN",
      "description": "recorded",
      "qos_policy_id": null,
      "port_details": {
        "name": "rec-fip-port",
        "network_id": "9bee64c5-f411-4ee5-815e-ebc47ca2c377",
        "mac_address": "fa:16:3e:27:59:b0",
        "admin_state_up": true,
        "status": "DOWN",
        "device_id": "",
        "device_owner": ""
      },
      "dns_domain": "",
      "dns_name": "",
      "port_forwardings": [],
      "tags": [],
      "created_at": "2026-11-27T14:46:35Z",
      "updated_at": "2026-11-27T14:46:35Z",
      "revision_number": 0,
      "project_id": "56a1734a387a4a25a56ee940578c82dd"
    }
  ]
};

/** 200 reply to the recorded `disassociate` call. */
export const disassociate = {
  "floatingip": {
    "id": "f66231f4-b983-480f-9f7d-6c3b796cc63e",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "floating_ip_address": "172.24.4.33",
    "floating_network_id": "2c054f6a-d272-4c55-9cb2-abd3f2c87fda",
    "router_id": null,
    "port_id": null,
    "fixed_ip_address": null,
    "status": "DOWN",
    "description": "recorded",
    "qos_policy_id": null,
    "port_details": null,
    "dns_domain": "",
    "dns_name": "",
    "port_forwardings": [],
    "tags": [],
    "created_at": "2026-11-27T14:46:35Z",
    "updated_at": "2026-11-27T14:46:35Z",
    "revision_number": 1,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 200 reply to the recorded `associate` call. */
export const associate = {
  "floatingip": {
    "id": "f66231f4-b983-480f-9f7d-6c3b796cc63e",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "floating_ip_address": "172.24.4.33",
    "floating_network_id": "2c054f6a-d272-4c55-9cb2-abd3f2c87fda",
    "router_id": "1c8982fc-51a2-48c5-a593-bcf8f79ee83d",
    "port_id": "78daeddf-b746-4454-9375-4f9da06077a9",
    "fixed_ip_address": "10.77.1.50",
    "status": "DOWN",
    "description": "changed",
    "qos_policy_id": null,
    "port_details": {
      "name": "rec-fip-port",
      "network_id": "9bee64c5-f411-4ee5-815e-ebc47ca2c377",
      "mac_address": "fa:16:3e:27:59:b0",
      "admin_state_up": true,
      "status": "DOWN",
      "device_id": "",
      "device_owner": ""
    },
    "dns_domain": "",
    "dns_name": "",
    "port_forwardings": [],
    "tags": [],
    "created_at": "2026-11-27T14:46:35Z",
    "updated_at": "2026-11-27T14:46:36Z",
    "revision_number": 2,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 400 reply to the recorded `not_external` call. */
export const notExternal = {
  "NeutronError": {
    "type": "BadRequest",
    "message": "Bad floatingip request: Network 9bee64c5-f411-4ee5-815e-ebc47ca2c377 is not a valid external network.",
    "detail": ""
  }
};

/** 201 reply to the recorded `create_dns` call. */
export const createDns = {
  "floatingip": {
    "id": "1f225cd6-a8f2-4309-809f-2f9002c548be",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "floating_ip_address": "172.24.4.165",
    "floating_network_id": "2c054f6a-d272-4c55-9cb2-abd3f2c87fda",
    "router_id": null,
    "port_id": null,
    "fixed_ip_address": null,
    "status": "DOWN",
    "project_id": "56a1734a387a4a25a56ee940578c82dd",
    "description": "",
    "qos_policy_id": null,
    "port_details": null,
    "dns_domain": "",
    "dns_name": "",
    "port_forwardings": [],
    "tags": [],
    "created_at": "2026-11-27T14:46:36Z",
    "updated_at": "2026-11-27T14:46:36Z",
    "revision_number": 0
  }
};

/** 200 reply to the recorded `get_with_port_forwardings` call. */
export const getWithPortForwardings = {
  "floatingip": {
    "id": "dc937787-4e75-471e-b7e8-7120c272f4c3",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "floating_ip_address": "172.24.4.144",
    "floating_network_id": "2c054f6a-d272-4c55-9cb2-abd3f2c87fda",
    "router_id": "1c8982fc-51a2-48c5-a593-bcf8f79ee83d",
    "port_id": null,
    "fixed_ip_address": null,
    "status": "DOWN",
    "description": "",
    "qos_policy_id": null,
    "port_details": null,
    "dns_domain": "",
    "dns_name": "",
    "port_forwardings": [
      {
        "id": "6c09c520-bb26-4260-b2a2-7e8d34e242b9",
        "protocol": "tcp",
        "internal_ip_address": "10.77.1.60",
        "internal_port_id": "df0a1768-5df2-4272-8f11-a9b0a9f53e56",
        "internal_port": 80
      },
      {
        "id": "d1a06905-c9fb-42e1-8f48-4ec4b3f4b1f9",
        "protocol": "udp",
        "internal_ip_address": "10.77.1.60",
        "internal_port_id": "df0a1768-5df2-4272-8f11-a9b0a9f53e56"
      },
      {
        "id": "f1692b6c-8b8c-4f9b-ade3-ba33e2141a6e",
        "protocol": "tcp",
        "internal_ip_address": "10.77.1.60",
        "internal_port_id": "df0a1768-5df2-4272-8f11-a9b0a9f53e56",
        "internal_port": 22,
        "external_port": 2222
      }
    ],
    "tags": [],
    "created_at": "2026-11-27T14:46:38Z",
    "updated_at": "2026-11-27T14:46:40Z",
    "revision_number": 3,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 200 reply to the recorded `list_page1` call. */
export const listPage1 = {
  "floatingips": [
    {
      "id": "f66231f4-b983-480f-9f7d-6c3b796cc63e",
      "floating_ip_address": "172.24.4.33",
      "port_forwardings": []
    }
  ],
  "floatingips_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:9696/v2.0/floatingips?floating_network_id=2c054f6a-d272-4c55-9cb2-abd3f2c87fda&limit=1&sort_key=floating_ip_address&sort_dir=desc&fields=id&fields=floating_ip_address&fields=port_forwardings&marker=f66231f4-b983-480f-9f7d-6c3b796cc63e"
    },
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/floatingips?floating_network_id=2c054f6a-d272-4c55-9cb2-abd3f2c87fda&limit=1&sort_key=floating_ip_address&sort_dir=desc&fields=id&fields=floating_ip_address&fields=port_forwardings&marker=f66231f4-b983-480f-9f7d-6c3b796cc63e&page_reverse=True"
    }
  ]
};

/** 404 reply to the recorded `not_found` call. */
export const notFound = {
  "NeutronError": {
    "type": "FloatingIPNotFound",
    "message": "Floating IP f66231f4-b983-480f-9f7d-6c3b796cc63e could not be found",
    "detail": ""
  }
};

/** 201 reply to the recorded `create_admin` call. */
export const createAdmin = {
  "floatingip": {
    "id": "75a96819-181e-4679-b510-95e4a24e1d12",
    "tenant_id": "fce686c7d1ca46108d67d3c934f443fb",
    "floating_ip_address": "172.24.4.202",
    "floating_network_id": "2c054f6a-d272-4c55-9cb2-abd3f2c87fda",
    "router_id": null,
    "port_id": null,
    "fixed_ip_address": null,
    "status": "DOWN",
    "project_id": "fce686c7d1ca46108d67d3c934f443fb",
    "description": "",
    "qos_policy_id": null,
    "port_details": null,
    "dns_domain": "",
    "dns_name": "",
    "port_forwardings": [],
    "tags": [],
    "created_at": "2026-11-27T14:46:55Z",
    "updated_at": "2026-11-27T14:46:55Z",
    "revision_number": 0
  }
};

/** 201 reply to the recorded `create_for_project` call. */
export const createForProject = {
  "floatingip": {
    "id": "0ffb6eb9-aeb4-409b-8a0d-fd68a0d84e54",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "floating_ip_address": "172.24.4.210",
    "floating_network_id": "2c054f6a-d272-4c55-9cb2-abd3f2c87fda",
    "router_id": null,
    "port_id": null,
    "fixed_ip_address": null,
    "status": "DOWN",
    "project_id": "56a1734a387a4a25a56ee940578c82dd",
    "description": "rec-fip-project",
    "qos_policy_id": null,
    "port_details": null,
    "dns_domain": "",
    "dns_name": "",
    "port_forwardings": [],
    "tags": [],
    "created_at": "2026-11-27T14:53:33Z",
    "updated_at": "2026-11-27T14:53:33Z",
    "revision_number": 0
  }
};

/** 409 reply to the recorded `associate_fip_with_pf` call. */
export const associateFipWithPf = {
  "NeutronError": {
    "type": "FipInUseByPortForwarding",
    "message": "Floating IP dc937787-4e75-471e-b7e8-7120c272f4c3 in use by Port Forwarding resources.",
    "detail": ""
  }
};
