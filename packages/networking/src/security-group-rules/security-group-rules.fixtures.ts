/**
 * Replies recorded from the real Neutron (Zed) in the local cloud, as the member (project demo)
 * unless a reply says admin. Nothing edited.
 */

/** 201 reply to the recorded `POST security-group-rules` (rule-create-cidr, as member). */
export const createCidr = {
  "security_group_rule": {
    "id": "f2efe43c-6aad-400c-8377-a813e2a724f9",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "security_group_id": "e30ce311-18c6-4a47-b1a2-e917d91f8d0a",
    "ethertype": "IPv4",
    "direction": "ingress",
    "protocol": "tcp",
    "port_range_min": 22,
    "port_range_max": 22,
    "remote_ip_prefix": "192.0.2.5/24",
    "remote_address_group_id": null,
    "normalized_cidr": "192.0.2.0/24",
    "remote_group_id": null,
    "description": "ssh",
    "created_at": "2026-11-27T14:43:19Z",
    "updated_at": "2026-11-27T14:43:19Z",
    "revision_number": 0,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 201 reply to the recorded `POST security-group-rules` (rule-create-icmp, as member). */
export const createIcmp = {
  "security_group_rule": {
    "id": "0186551f-5c76-4072-ac5f-746cec00bf39",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "security_group_id": "e30ce311-18c6-4a47-b1a2-e917d91f8d0a",
    "ethertype": "IPv4",
    "direction": "ingress",
    "protocol": "icmp",
    "port_range_min": 8,
    "port_range_max": 0,
    "remote_ip_prefix": null,
    "remote_address_group_id": null,
    "normalized_cidr": null,
    "remote_group_id": "b55c49a3-7618-4738-a044-6ba4c3c647f3",
    "description": "",
    "created_at": "2026-11-27T14:43:21Z",
    "updated_at": "2026-11-27T14:43:21Z",
    "revision_number": 0,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 201 reply to the recorded `POST security-group-rules` (rule-create-ag, as member). */
export const createAddressGroup = {
  "security_group_rule": {
    "id": "22becdd1-f111-49bc-bb7b-346c7716db8b",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "security_group_id": "e30ce311-18c6-4a47-b1a2-e917d91f8d0a",
    "ethertype": "IPv4",
    "direction": "ingress",
    "protocol": "udp",
    "port_range_min": 5000,
    "port_range_max": 5100,
    "remote_ip_prefix": null,
    "remote_address_group_id": "05b67d7f-97e5-482d-828c-19c033315741",
    "normalized_cidr": null,
    "remote_group_id": null,
    "description": "",
    "created_at": "2026-11-27T14:43:22Z",
    "updated_at": "2026-11-27T14:43:22Z",
    "revision_number": 0,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 201 reply to the recorded `POST security-group-rules` (rule-create-normalized-twin, as member). */
export const createNormalizedTwin = {
  "security_group_rule": {
    "id": "82757c5b-d947-47ea-9e49-8958f43e2b7c",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "security_group_id": "e30ce311-18c6-4a47-b1a2-e917d91f8d0a",
    "ethertype": "IPv4",
    "direction": "ingress",
    "protocol": "tcp",
    "port_range_min": 22,
    "port_range_max": 22,
    "remote_ip_prefix": "192.0.2.0/24",
    "remote_address_group_id": null,
    "normalized_cidr": "192.0.2.0/24",
    "remote_group_id": null,
    "description": "",
    "created_at": "2026-11-27T14:43:22Z",
    "updated_at": "2026-11-27T14:43:22Z",
    "revision_number": 0,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 409 reply to the recorded `POST security-group-rules` (rule-create-dup, as member). */
export const createDuplicate = {
  "NeutronError": {
    "type": "SecurityGroupRuleExists",
    "message": "Security group rule already exists. Rule id is 82757c5b-d947-47ea-9e49-8958f43e2b7c.",
    "detail": ""
  }
};

/** 201 reply to the recorded `POST security-group-rules` (rule-bulk, as member). */
export const bulk = {
  "security_group_rules": [
    {
      "id": "0e3bef7a-5e87-4933-aaf1-680ac800f173",
      "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
      "security_group_id": "e30ce311-18c6-4a47-b1a2-e917d91f8d0a",
      "ethertype": "IPv6",
      "direction": "egress",
      "protocol": "udp",
      "port_range_min": 53,
      "port_range_max": 53,
      "remote_ip_prefix": "2001:db8::/64",
      "remote_address_group_id": null,
      "normalized_cidr": "2001:db8::/64",
      "remote_group_id": null,
      "description": "",
      "created_at": "2026-11-27T14:43:26Z",
      "updated_at": "2026-11-27T14:43:26Z",
      "revision_number": 0,
      "project_id": "56a1734a387a4a25a56ee940578c82dd"
    },
    {
      "id": "9174c1bc-8e73-4139-9544-4ccbf0835477",
      "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
      "security_group_id": "e30ce311-18c6-4a47-b1a2-e917d91f8d0a",
      "ethertype": "IPv4",
      "direction": "ingress",
      "protocol": "112",
      "port_range_min": null,
      "port_range_max": null,
      "remote_ip_prefix": null,
      "remote_address_group_id": null,
      "normalized_cidr": null,
      "remote_group_id": null,
      "description": "vrrp",
      "created_at": "2026-11-27T14:43:26Z",
      "updated_at": "2026-11-27T14:43:26Z",
      "revision_number": 0,
      "project_id": "56a1734a387a4a25a56ee940578c82dd"
    }
  ]
};

/** 200 reply to the recorded `GET security-group-rules/f2efe43c-6aad-400c-8377-a813e2a724f9` (rule-get, as member). */
export const get = {
  "security_group_rule": {
    "id": "f2efe43c-6aad-400c-8377-a813e2a724f9",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "security_group_id": "e30ce311-18c6-4a47-b1a2-e917d91f8d0a",
    "ethertype": "IPv4",
    "direction": "ingress",
    "protocol": "tcp",
    "port_range_min": 22,
    "port_range_max": 22,
    "remote_ip_prefix": "192.0.2.5/24",
    "remote_address_group_id": null,
    "normalized_cidr": "192.0.2.0/24",
    "remote_group_id": null,
    "description": "ssh",
    "created_at": "2026-11-27T14:43:19Z",
    "updated_at": "2026-11-27T14:43:19Z",
    "revision_number": 0,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 200 reply to the recorded `GET security-group-rules` (rule-list, as member). */
export const list = {
  "security_group_rules": [
    {
      "id": "f2efe43c-6aad-400c-8377-a813e2a724f9",
      "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
      "security_group_id": "e30ce311-18c6-4a47-b1a2-e917d91f8d0a",
      "ethertype": "IPv4",
      "direction": "ingress",
      "protocol": "tcp",
      "port_range_min": 22,
      "port_range_max": 22,
      "remote_ip_prefix": "192.0.2.5/24",
      "remote_address_group_id": null,
      "normalized_cidr": "192.0.2.0/24",
      "remote_group_id": null,
      "description": "ssh",
      "created_at": "2026-11-27T14:43:19Z",
      "updated_at": "2026-11-27T14:43:19Z",
      "revision_number": 0,
      "project_id": "56a1734a387a4a25a56ee940578c82dd"
    }
  ]
};

/** 200 reply to the recorded `GET security-group-rules` (rule-list-page1, as member). */
export const listPage1 = {
  "security_group_rules": [
    {
      "id": "604673f9-ff0b-4df6-8c53-2164fa2dc596",
      "protocol": null
    },
    {
      "id": "fc03495a-9213-4378-afdb-238b71bf8aec",
      "protocol": null
    },
    {
      "id": "9174c1bc-8e73-4139-9544-4ccbf0835477",
      "protocol": "112"
    },
    {
      "id": "0186551f-5c76-4072-ac5f-746cec00bf39",
      "protocol": "icmp"
    },
    {
      "id": "82757c5b-d947-47ea-9e49-8958f43e2b7c",
      "protocol": "tcp"
    }
  ],
  "security_group_rules_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:9696/v2.0/security-group-rules?security_group_id=e30ce311-18c6-4a47-b1a2-e917d91f8d0a&limit=5&sort_key=protocol&sort_dir=asc&fields=id&fields=protocol&marker=82757c5b-d947-47ea-9e49-8958f43e2b7c"
    },
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/security-group-rules?security_group_id=e30ce311-18c6-4a47-b1a2-e917d91f8d0a&limit=5&sort_key=protocol&sort_dir=asc&fields=id&fields=protocol&marker=604673f9-ff0b-4df6-8c53-2164fa2dc596&page_reverse=True"
    }
  ]
};

/** 200 reply to the recorded `GET security-group-rules` (rule-list-page2, as member). */
export const listPage2 = {
  "security_group_rules": [
    {
      "id": "f2efe43c-6aad-400c-8377-a813e2a724f9",
      "protocol": "tcp"
    },
    {
      "id": "0e3bef7a-5e87-4933-aaf1-680ac800f173",
      "protocol": "udp"
    },
    {
      "id": "22becdd1-f111-49bc-bb7b-346c7716db8b",
      "protocol": "udp"
    }
  ],
  "security_group_rules_links": [
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/security-group-rules?security_group_id=e30ce311-18c6-4a47-b1a2-e917d91f8d0a&limit=5&sort_key=protocol&sort_dir=asc&fields=id&fields=protocol&marker=f2efe43c-6aad-400c-8377-a813e2a724f9&page_reverse=True"
    }
  ]
};

/** 200 reply to the recorded `GET security-group-rules` (rule-list-remote-group, as member). */
export const listByRemoteGroup = {
  "security_group_rules": [
    {
      "id": "0186551f-5c76-4072-ac5f-746cec00bf39",
      "remote_group_id": "b55c49a3-7618-4738-a044-6ba4c3c647f3"
    }
  ]
};

/** 200 reply to the recorded `GET security-group-rules` (rule-list-remote-ag, as member). */
export const listByRemoteAddressGroup = {
  "security_group_rules": [
    {
      "id": "22becdd1-f111-49bc-bb7b-346c7716db8b",
      "remote_address_group_id": "05b67d7f-97e5-482d-828c-19c033315741"
    }
  ]
};

/** 200 reply to the recorded `GET security-group-rules` (rule-list-desc, as member). */
export const listByDescription = {
  "security_group_rules": [
    {
      "id": "9174c1bc-8e73-4139-9544-4ccbf0835477",
      "description": "vrrp"
    }
  ]
};

/** 400 reply to the recorded `POST security-group-rules` (rule-create-bad-range, as member). */
export const createBadRange = {
  "NeutronError": {
    "type": "SecurityGroupInvalidPortRange",
    "message": "For TCP/UDP protocols, port_range_min must be <= port_range_max",
    "detail": ""
  }
};

/** 400 reply to the recorded `POST security-group-rules` (rule-create-both-remotes, as member). */
export const createBothRemotes = {
  "NeutronError": {
    "type": "SecurityGroupMultipleRemoteEntites",
    "message": "Only one of remote_ip_prefix or remote_group_id or remote_address_group_id may be provided.",
    "detail": ""
  }
};

/** 404 reply to the recorded `POST security-group-rules` (rule-create-no-group, as member). */
export const createNoGroup = {
  "NeutronError": {
    "type": "SecurityGroupNotFound",
    "message": "Security group 00000000-0000-0000-0000-000000000000 does not exist",
    "detail": ""
  }
};

/** 404 reply to the recorded `GET security-group-rules/00000000-0000-0000-0000-000000000000` (rule-get-missing, as member). */
export const getMissing = {
  "NeutronError": {
    "type": "SecurityGroupRuleNotFound",
    "message": "Security group rule 00000000-0000-0000-0000-000000000000 does not exist",
    "detail": ""
  }
};

/** 404 reply to the recorded `DELETE security-group-rules/22becdd1-f111-49bc-bb7b-346c7716db8b` (rule-delete-missing, as member). */
export const deleteMissing = {
  "NeutronError": {
    "type": "SecurityGroupRuleNotFound",
    "message": "Security group rule 22becdd1-f111-49bc-bb7b-346c7716db8b does not exist",
    "detail": ""
  }
};

/** 201 reply to the recorded `POST security-group-rules` (rule-create-admin, as admin). */
export const createAdmin = {
  "security_group_rule": {
    "id": "7f0b1120-617a-4fbd-a19b-d78939d23e05",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "security_group_id": "34e2c566-aa86-4cd8-a255-69ecfb1d5e7a",
    "ethertype": "IPv6",
    "direction": "ingress",
    "protocol": "ipv6-icmp",
    "port_range_min": null,
    "port_range_max": null,
    "remote_ip_prefix": null,
    "remote_address_group_id": null,
    "normalized_cidr": null,
    "remote_group_id": null,
    "description": "",
    "created_at": "2026-11-27T14:45:56Z",
    "updated_at": "2026-11-27T14:45:56Z",
    "revision_number": 0,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};
