/**
 * Replies recorded from the real Neutron (Zed) in the local cloud, as the member (project demo),
 * on a floating IP of the seeded external network `public`. Nothing edited.
 */

/** 201 reply to the recorded `create` call. */
export const create = {
  "port_forwarding": {
    "id": "f1692b6c-8b8c-4f9b-ade3-ba33e2141a6e",
    "external_port": 2222,
    "external_port_range": "2222:2222",
    "protocol": "tcp",
    "internal_port_id": "df0a1768-5df2-4272-8f11-a9b0a9f53e56",
    "internal_ip_address": "10.77.1.60",
    "internal_port": 22,
    "internal_port_range": "22:22",
    "description": "recorded"
  }
};

/** 201 reply to the recorded `create_ranges` call. */
export const createRanges = {
  "port_forwarding": {
    "id": "d1a06905-c9fb-42e1-8f48-4ec4b3f4b1f9",
    "external_port": null,
    "external_port_range": "9000:9010",
    "protocol": "udp",
    "internal_port_id": "df0a1768-5df2-4272-8f11-a9b0a9f53e56",
    "internal_ip_address": "10.77.1.60",
    "internal_port": null,
    "internal_port_range": "8000:8010",
    "description": ""
  }
};

/** 201 reply to the recorded `mixed` call. */
export const mixed = {
  "port_forwarding": {
    "id": "6c09c520-bb26-4260-b2a2-7e8d34e242b9",
    "external_port": null,
    "external_port_range": "7000:7010",
    "protocol": "tcp",
    "internal_port_id": "df0a1768-5df2-4272-8f11-a9b0a9f53e56",
    "internal_ip_address": "10.77.1.60",
    "internal_port": 80,
    "internal_port_range": "80:80",
    "description": ""
  }
};

/** 400 reply to the recorded `duplicate` call. */
export const duplicate = {
  "NeutronError": {
    "type": "BadRequest",
    "message": "Bad port_forwarding request: There is a port collision with the external_port_range. The following ranges collides: 2222:2222 and 2222:2222.",
    "detail": ""
  }
};

/** 200 reply to the recorded `list` call. */
export const list = {
  "port_forwardings": [
    {
      "id": "f1692b6c-8b8c-4f9b-ade3-ba33e2141a6e",
      "external_port": 2222,
      "external_port_range": "2222:2222",
      "protocol": "tcp",
      "internal_port_id": "df0a1768-5df2-4272-8f11-a9b0a9f53e56",
      "internal_ip_address": "10.77.1.60",
      "internal_port": 22,
      "internal_port_range": "22:22",
      "description": "recorded"
    },
    {
      "id": "6c09c520-bb26-4260-b2a2-7e8d34e242b9",
      "external_port_range": "7000:7010",
      "protocol": "tcp",
      "internal_port_id": "df0a1768-5df2-4272-8f11-a9b0a9f53e56",
      "internal_ip_address": "10.77.1.60",
      "internal_port": 80,
      "internal_port_range": "80:80",
      "description": ""
    },
    {
      "id": "d1a06905-c9fb-42e1-8f48-4ec4b3f4b1f9",
      "external_port_range": "9000:9010",
      "protocol": "udp",
      "internal_port_id": "df0a1768-5df2-4272-8f11-a9b0a9f53e56",
      "internal_ip_address": "10.77.1.60",
      "internal_port_range": "8000:8010",
      "description": ""
    }
  ]
};

/** 200 reply to the recorded `list_page1` call. */
export const listPage1 = {
  "port_forwardings": [
    {
      "id": "6c09c520-bb26-4260-b2a2-7e8d34e242b9",
      "external_port_range": "7000:7010",
      "protocol": "tcp",
      "internal_port_id": "df0a1768-5df2-4272-8f11-a9b0a9f53e56",
      "internal_ip_address": "10.77.1.60",
      "internal_port": 80,
      "internal_port_range": "80:80",
      "description": ""
    }
  ],
  "port_forwardings_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:9696/v2.0/floatingips/dc937787-4e75-471e-b7e8-7120c272f4c3/port_forwardings?limit=1&sort_key=protocol&sort_dir=asc&marker=6c09c520-bb26-4260-b2a2-7e8d34e242b9"
    },
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/floatingips/dc937787-4e75-471e-b7e8-7120c272f4c3/port_forwardings?limit=1&sort_key=protocol&sort_dir=asc&marker=6c09c520-bb26-4260-b2a2-7e8d34e242b9&page_reverse=True"
    }
  ]
};

/** 200 reply to the recorded `list_page2` call. */
export const listPage2 = {
  "port_forwardings": [
    {
      "id": "f1692b6c-8b8c-4f9b-ade3-ba33e2141a6e",
      "external_port": 2222,
      "external_port_range": "2222:2222",
      "protocol": "tcp",
      "internal_port_id": "df0a1768-5df2-4272-8f11-a9b0a9f53e56",
      "internal_ip_address": "10.77.1.60",
      "internal_port": 22,
      "internal_port_range": "22:22",
      "description": "recorded"
    }
  ],
  "port_forwardings_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:9696/v2.0/floatingips/dc937787-4e75-471e-b7e8-7120c272f4c3/port_forwardings?limit=1&sort_key=protocol&sort_dir=asc&marker=f1692b6c-8b8c-4f9b-ade3-ba33e2141a6e"
    },
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/floatingips/dc937787-4e75-471e-b7e8-7120c272f4c3/port_forwardings?limit=1&sort_key=protocol&sort_dir=asc&marker=f1692b6c-8b8c-4f9b-ade3-ba33e2141a6e&page_reverse=True"
    }
  ]
};

/** 200 reply to the recorded `list_filtered` call. */
export const listFiltered = {
  "port_forwardings": [
    {
      "id": "f1692b6c-8b8c-4f9b-ade3-ba33e2141a6e",
      "external_port": 2222,
      "protocol": "tcp"
    }
  ]
};

/** 200 reply to the recorded `list_range_filter` call. */
export const listRangeFilter = {
  "port_forwardings": [
    {
      "id": "d1a06905-c9fb-42e1-8f48-4ec4b3f4b1f9",
      "external_port_range": "9000:9010",
      "protocol": "udp",
      "internal_port_id": "df0a1768-5df2-4272-8f11-a9b0a9f53e56",
      "internal_ip_address": "10.77.1.60",
      "internal_port_range": "8000:8010",
      "description": ""
    }
  ]
};

/** 200 reply to the recorded `get` call. */
export const get = {
  "port_forwarding": {
    "id": "f1692b6c-8b8c-4f9b-ade3-ba33e2141a6e",
    "external_port": 2222,
    "external_port_range": "2222:2222",
    "protocol": "tcp",
    "internal_port_id": "df0a1768-5df2-4272-8f11-a9b0a9f53e56",
    "internal_ip_address": "10.77.1.60",
    "internal_port": 22,
    "internal_port_range": "22:22",
    "description": "recorded"
  }
};

/** 200 reply to the recorded `update` call. */
export const update = {
  "port_forwarding": {
    "id": "f1692b6c-8b8c-4f9b-ade3-ba33e2141a6e",
    "external_port": 2223,
    "external_port_range": "2223:2223",
    "protocol": "udp",
    "internal_port_id": "df0a1768-5df2-4272-8f11-a9b0a9f53e56",
    "internal_ip_address": "10.77.1.60",
    "internal_port": 2022,
    "internal_port_range": "2022:2022",
    "description": "changed"
  }
};

/** 404 reply to the recorded `not_found` call. */
export const notFound = {
  "NeutronError": {
    "type": "PortForwardingNotFound",
    "message": "Port Forwarding f1692b6c-8b8c-4f9b-ade3-ba33e2141a6e could not be found.",
    "detail": ""
  }
};
