/**
 * Replies recorded from the real Neutron (Zed) in the local cloud, as the member (project demo)
 * unless a reply says admin. Nothing edited.
 */

/** 201 reply to the recorded `POST security-groups` (sg-create, as member). */
export const create = {
  "security_group": {
    "id": "e30ce311-18c6-4a47-b1a2-e917d91f8d0a",
    "name": "rec-sg",
    "stateful": true,
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "description": "recorded",
    "shared": false,
    "security_group_rules": [
      {
        "id": "604673f9-ff0b-4df6-8c53-2164fa2dc596",
        "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
        "security_group_id": "e30ce311-18c6-4a47-b1a2-e917d91f8d0a",
        "ethertype": "IPv6",
        "direction": "egress",
        "protocol": null,
        "port_range_min": null,
        "port_range_max": null,
        "remote_ip_prefix": null,
        "remote_address_group_id": null,
        "normalized_cidr": null,
        "remote_group_id": null,
        "standard_attr_id": 129,
        "description": null,
        "tags": [],
        "created_at": "2026-11-27T14:43:05Z",
        "updated_at": "2026-11-27T14:43:05Z",
        "revision_number": 0,
        "project_id": "56a1734a387a4a25a56ee940578c82dd"
      },
      {
        "id": "fc03495a-9213-4378-afdb-238b71bf8aec",
        "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
        "security_group_id": "e30ce311-18c6-4a47-b1a2-e917d91f8d0a",
        "ethertype": "IPv4",
        "direction": "egress",
        "protocol": null,
        "port_range_min": null,
        "port_range_max": null,
        "remote_ip_prefix": null,
        "remote_address_group_id": null,
        "normalized_cidr": null,
        "remote_group_id": null,
        "standard_attr_id": 128,
        "description": null,
        "tags": [],
        "created_at": "2026-11-27T14:43:05Z",
        "updated_at": "2026-11-27T14:43:05Z",
        "revision_number": 0,
        "project_id": "56a1734a387a4a25a56ee940578c82dd"
      }
    ],
    "tags": [],
    "created_at": "2026-11-27T14:43:05Z",
    "updated_at": "2026-11-27T14:43:05Z",
    "revision_number": 1,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 201 reply to the recorded `POST security-groups` (sg-create-stateless, as member). */
export const createStateless = {
  "security_group": {
    "id": "b55c49a3-7618-4738-a044-6ba4c3c647f3",
    "name": "rec-sg-stateless",
    "stateful": false,
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "description": "",
    "shared": false,
    "security_group_rules": [
      {
        "id": "6ca2e0e3-9b67-4ae3-b247-1436b4cb4671",
        "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
        "security_group_id": "b55c49a3-7618-4738-a044-6ba4c3c647f3",
        "ethertype": "IPv4",
        "direction": "egress",
        "protocol": null,
        "port_range_min": null,
        "port_range_max": null,
        "remote_ip_prefix": null,
        "remote_address_group_id": null,
        "normalized_cidr": null,
        "remote_group_id": null,
        "standard_attr_id": 131,
        "description": null,
        "tags": [],
        "created_at": "2026-11-27T14:43:07Z",
        "updated_at": "2026-11-27T14:43:07Z",
        "revision_number": 0,
        "project_id": "56a1734a387a4a25a56ee940578c82dd"
      },
      {
        "id": "ef016c26-af76-41d4-8a67-421335171c97",
        "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
        "security_group_id": "b55c49a3-7618-4738-a044-6ba4c3c647f3",
        "ethertype": "IPv6",
        "direction": "egress",
        "protocol": null,
        "port_range_min": null,
        "port_range_max": null,
        "remote_ip_prefix": null,
        "remote_address_group_id": null,
        "normalized_cidr": null,
        "remote_group_id": null,
        "standard_attr_id": 132,
        "description": null,
        "tags": [],
        "created_at": "2026-11-27T14:43:07Z",
        "updated_at": "2026-11-27T14:43:07Z",
        "revision_number": 0,
        "project_id": "56a1734a387a4a25a56ee940578c82dd"
      }
    ],
    "tags": [],
    "created_at": "2026-11-27T14:43:07Z",
    "updated_at": "2026-11-27T14:43:07Z",
    "revision_number": 1,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 201 reply to the recorded `POST security-groups` (sg-create-admin, as admin). */
export const createAdmin = {
  "security_group": {
    "id": "a442412e-e195-41c4-8fb3-dcfeebf4d1d9",
    "name": "rec-sg-admin",
    "stateful": true,
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "description": "",
    "shared": false,
    "security_group_rules": [
      {
        "id": "95a6e8a3-5671-4c3d-a78f-8f15f9507c42",
        "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
        "security_group_id": "a442412e-e195-41c4-8fb3-dcfeebf4d1d9",
        "ethertype": "IPv4",
        "direction": "egress",
        "protocol": null,
        "port_range_min": null,
        "port_range_max": null,
        "remote_ip_prefix": null,
        "remote_address_group_id": null,
        "normalized_cidr": null,
        "remote_group_id": null,
        "standard_attr_id": 179,
        "description": null,
        "tags": [],
        "created_at": "2026-11-27T14:43:56Z",
        "updated_at": "2026-11-27T14:43:56Z",
        "revision_number": 0,
        "project_id": "56a1734a387a4a25a56ee940578c82dd"
      },
      {
        "id": "ba3d3c22-2a54-4344-80b6-bc52b95f3916",
        "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
        "security_group_id": "a442412e-e195-41c4-8fb3-dcfeebf4d1d9",
        "ethertype": "IPv6",
        "direction": "egress",
        "protocol": null,
        "port_range_min": null,
        "port_range_max": null,
        "remote_ip_prefix": null,
        "remote_address_group_id": null,
        "normalized_cidr": null,
        "remote_group_id": null,
        "standard_attr_id": 180,
        "description": null,
        "tags": [],
        "created_at": "2026-11-27T14:43:56Z",
        "updated_at": "2026-11-27T14:43:56Z",
        "revision_number": 0,
        "project_id": "56a1734a387a4a25a56ee940578c82dd"
      }
    ],
    "tags": [],
    "created_at": "2026-11-27T14:43:56Z",
    "updated_at": "2026-11-27T14:43:56Z",
    "revision_number": 1,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 200 reply to the recorded `GET security-groups/e30ce311-18c6-4a47-b1a2-e917d91f8d0a` (sg-get, as member). */
export const get = {
  "security_group": {
    "id": "e30ce311-18c6-4a47-b1a2-e917d91f8d0a",
    "name": "rec-sg",
    "stateful": true,
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "description": "recorded",
    "shared": false,
    "security_group_rules": [
      {
        "id": "604673f9-ff0b-4df6-8c53-2164fa2dc596",
        "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
        "security_group_id": "e30ce311-18c6-4a47-b1a2-e917d91f8d0a",
        "ethertype": "IPv6",
        "direction": "egress",
        "protocol": null,
        "port_range_min": null,
        "port_range_max": null,
        "remote_ip_prefix": null,
        "remote_address_group_id": null,
        "normalized_cidr": null,
        "remote_group_id": null,
        "standard_attr_id": 129,
        "description": null,
        "tags": [],
        "created_at": "2026-11-27T14:43:05Z",
        "updated_at": "2026-11-27T14:43:05Z",
        "revision_number": 0,
        "project_id": "56a1734a387a4a25a56ee940578c82dd"
      },
      {
        "id": "fc03495a-9213-4378-afdb-238b71bf8aec",
        "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
        "security_group_id": "e30ce311-18c6-4a47-b1a2-e917d91f8d0a",
        "ethertype": "IPv4",
        "direction": "egress",
        "protocol": null,
        "port_range_min": null,
        "port_range_max": null,
        "remote_ip_prefix": null,
        "remote_address_group_id": null,
        "normalized_cidr": null,
        "remote_group_id": null,
        "standard_attr_id": 128,
        "description": null,
        "tags": [],
        "created_at": "2026-11-27T14:43:05Z",
        "updated_at": "2026-11-27T14:43:05Z",
        "revision_number": 0,
        "project_id": "56a1734a387a4a25a56ee940578c82dd"
      }
    ],
    "tags": [],
    "created_at": "2026-11-27T14:43:05Z",
    "updated_at": "2026-11-27T14:43:05Z",
    "revision_number": 1,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 200 reply to the recorded `PUT security-groups/e30ce311-18c6-4a47-b1a2-e917d91f8d0a` (sg-update, as member). */
export const update = {
  "security_group": {
    "id": "e30ce311-18c6-4a47-b1a2-e917d91f8d0a",
    "name": "rec-sg-2",
    "stateful": false,
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "description": "changed",
    "shared": false,
    "security_group_rules": [
      {
        "id": "604673f9-ff0b-4df6-8c53-2164fa2dc596",
        "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
        "security_group_id": "e30ce311-18c6-4a47-b1a2-e917d91f8d0a",
        "ethertype": "IPv6",
        "direction": "egress",
        "protocol": null,
        "port_range_min": null,
        "port_range_max": null,
        "remote_ip_prefix": null,
        "remote_address_group_id": null,
        "normalized_cidr": null,
        "remote_group_id": null,
        "standard_attr_id": 129,
        "description": null,
        "tags": [],
        "created_at": "2026-11-27T14:43:05Z",
        "updated_at": "2026-11-27T14:43:05Z",
        "revision_number": 0,
        "project_id": "56a1734a387a4a25a56ee940578c82dd"
      },
      {
        "id": "fc03495a-9213-4378-afdb-238b71bf8aec",
        "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
        "security_group_id": "e30ce311-18c6-4a47-b1a2-e917d91f8d0a",
        "ethertype": "IPv4",
        "direction": "egress",
        "protocol": null,
        "port_range_min": null,
        "port_range_max": null,
        "remote_ip_prefix": null,
        "remote_address_group_id": null,
        "normalized_cidr": null,
        "remote_group_id": null,
        "standard_attr_id": 128,
        "description": null,
        "tags": [],
        "created_at": "2026-11-27T14:43:05Z",
        "updated_at": "2026-11-27T14:43:05Z",
        "revision_number": 0,
        "project_id": "56a1734a387a4a25a56ee940578c82dd"
      }
    ],
    "tags": [],
    "created_at": "2026-11-27T14:43:05Z",
    "updated_at": "2026-11-27T14:43:08Z",
    "revision_number": 2,
    "project_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 200 reply to the recorded `GET security-groups` (sg-list-default, as member). */
export const listDefault = {
  "security_groups": [
    {
      "id": "d5be7046-4a7b-4c77-a8e4-d0a9d0b5babd",
      "name": "default",
      "stateful": true,
      "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
      "description": "Default security group",
      "shared": false,
      "security_group_rules": [
        {
          "id": "2ac34473-d777-47ce-be67-593e0efaa038",
          "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
          "security_group_id": "d5be7046-4a7b-4c77-a8e4-d0a9d0b5babd",
          "ethertype": "IPv6",
          "direction": "ingress",
          "protocol": null,
          "port_range_min": null,
          "port_range_max": null,
          "remote_ip_prefix": null,
          "remote_address_group_id": null,
          "normalized_cidr": null,
          "remote_group_id": "d5be7046-4a7b-4c77-a8e4-d0a9d0b5babd",
          "standard_attr_id": 12,
          "description": null,
          "tags": [],
          "created_at": "2026-11-27T13:57:06Z",
          "updated_at": "2026-11-27T13:57:06Z",
          "revision_number": 0,
          "project_id": "56a1734a387a4a25a56ee940578c82dd"
        },
        {
          "id": "441e3644-a28e-4f72-8ddb-0675e47a3a7a",
          "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
          "security_group_id": "d5be7046-4a7b-4c77-a8e4-d0a9d0b5babd",
          "ethertype": "IPv4",
          "direction": "ingress",
          "protocol": null,
          "port_range_min": null,
          "port_range_max": null,
          "remote_ip_prefix": null,
          "remote_address_group_id": null,
          "normalized_cidr": null,
          "remote_group_id": "d5be7046-4a7b-4c77-a8e4-d0a9d0b5babd",
          "standard_attr_id": 10,
          "description": null,
          "tags": [],
          "created_at": "2026-11-27T13:57:06Z",
          "updated_at": "2026-11-27T13:57:06Z",
          "revision_number": 0,
          "project_id": "56a1734a387a4a25a56ee940578c82dd"
        },
        {
          "id": "52b1b599-52bb-47f8-84ef-3dfde906919a",
          "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
          "security_group_id": "d5be7046-4a7b-4c77-a8e4-d0a9d0b5babd",
          "ethertype": "IPv6",
          "direction": "egress",
          "protocol": null,
          "port_range_min": null,
          "port_range_max": null,
          "remote_ip_prefix": null,
          "remote_address_group_id": null,
          "normalized_cidr": null,
          "remote_group_id": null,
          "standard_attr_id": 13,
          "description": null,
          "tags": [],
          "created_at": "2026-11-27T13:57:06Z",
          "updated_at": "2026-11-27T13:57:06Z",
          "revision_number": 0,
          "project_id": "56a1734a387a4a25a56ee940578c82dd"
        },
        {
          "id": "d56b5750-141f-4986-91a2-a5f16d61505d",
          "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
          "security_group_id": "d5be7046-4a7b-4c77-a8e4-d0a9d0b5babd",
          "ethertype": "IPv4",
          "direction": "egress",
          "protocol": null,
          "port_range_min": null,
          "port_range_max": null,
          "remote_ip_prefix": null,
          "remote_address_group_id": null,
          "normalized_cidr": null,
          "remote_group_id": null,
          "standard_attr_id": 11,
          "description": null,
          "tags": [],
          "created_at": "2026-11-27T13:57:06Z",
          "updated_at": "2026-11-27T13:57:06Z",
          "revision_number": 0,
          "project_id": "56a1734a387a4a25a56ee940578c82dd"
        }
      ],
      "tags": [],
      "created_at": "2026-11-27T13:57:06Z",
      "updated_at": "2026-11-27T13:57:06Z",
      "revision_number": 1,
      "project_id": "56a1734a387a4a25a56ee940578c82dd"
    }
  ]
};

/** 200 reply to the recorded `GET security-groups` (sg-list-filters, as member). */
export const listFilters = {
  "security_groups": [
    {
      "id": "b55c49a3-7618-4738-a044-6ba4c3c647f3",
      "name": "rec-sg-stateless",
      "stateful": false
    },
    {
      "id": "e30ce311-18c6-4a47-b1a2-e917d91f8d0a",
      "name": "rec-sg-2",
      "stateful": false
    }
  ]
};

/** 400 reply to the recorded `GET security-groups` (sg-list-stateful-filter, as member). */
export const listStatefulFilter = {
  "NeutronError": {
    "type": "HTTPBadRequest",
    "message": "['stateful'] is invalid attribute for filtering",
    "detail": ""
  }
};

/** 200 reply to the recorded `GET security-groups` (sg-list-page1, as member). */
export const listPage1 = {
  "security_groups": [
    {
      "id": "d5be7046-4a7b-4c77-a8e4-d0a9d0b5babd",
      "name": "default"
    }
  ],
  "security_groups_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:9696/v2.0/security-groups?limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&marker=d5be7046-4a7b-4c77-a8e4-d0a9d0b5babd"
    },
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/security-groups?limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&marker=d5be7046-4a7b-4c77-a8e4-d0a9d0b5babd&page_reverse=True"
    }
  ]
};

/** 200 reply to the recorded `GET security-groups` (sg-list-page2, as member). */
export const listPage2 = {
  "security_groups": [
    {
      "id": "e30ce311-18c6-4a47-b1a2-e917d91f8d0a",
      "name": "rec-sg-2"
    }
  ],
  "security_groups_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:9696/v2.0/security-groups?limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&marker=e30ce311-18c6-4a47-b1a2-e917d91f8d0a"
    },
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/security-groups?limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&marker=e30ce311-18c6-4a47-b1a2-e917d91f8d0a&page_reverse=True"
    }
  ]
};

/** 200 reply to the recorded `GET security-groups` (sg-list-page3, as member). */
export const listPage3 = {
  "security_groups": [
    {
      "id": "b55c49a3-7618-4738-a044-6ba4c3c647f3",
      "name": "rec-sg-stateless"
    }
  ],
  "security_groups_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:9696/v2.0/security-groups?limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&marker=b55c49a3-7618-4738-a044-6ba4c3c647f3"
    },
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/security-groups?limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&marker=b55c49a3-7618-4738-a044-6ba4c3c647f3&page_reverse=True"
    }
  ]
};

/** 200 reply to the recorded `GET security-groups` (sg-list-page4, as member). */
export const listPage4 = {
  "security_groups": [],
  "security_groups_links": [
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/security-groups?limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&page_reverse=True"
    }
  ]
};

/** 200 reply to the recorded `GET security-groups` (sg-find, as member). */
export const find = {
  "security_groups": [
    {
      "id": "e30ce311-18c6-4a47-b1a2-e917d91f8d0a",
      "name": "rec-sg-2"
    }
  ]
};

/** 404 reply to the recorded `GET security-groups/00000000-0000-0000-0000-000000000000` (sg-get-missing, as member). */
export const getMissing = {
  "NeutronError": {
    "type": "SecurityGroupNotFound",
    "message": "Security group 00000000-0000-0000-0000-000000000000 does not exist",
    "detail": ""
  }
};

/** 409 reply to the recorded `POST security-groups` (sg-create-named-default, as member). */
export const createNamedDefault = {
  "NeutronError": {
    "type": "SecurityGroupDefaultAlreadyExists",
    "message": "Default security group already exists.",
    "detail": ""
  }
};

/** 400 reply to the recorded `POST security-groups` (sg-create-other-project, as member). */
export const createOtherProject = {
  "NeutronError": {
    "type": "HTTPBadRequest",
    "message": "Specifying 'project_id' or 'tenant_id' other than the authenticated project in request requires admin or advsvc privileges",
    "detail": ""
  }
};

/** 409 reply to the recorded `DELETE security-groups/d5be7046-4a7b-4c77-a8e4-d0a9d0b5babd` (sg-delete-default, as member). */
export const deleteDefault = {
  "NeutronError": {
    "type": "SecurityGroupCannotRemoveDefault",
    "message": "Insufficient rights for removing default security group.",
    "detail": ""
  }
};

/** 404 reply to the recorded `DELETE security-groups/e30ce311-18c6-4a47-b1a2-e917d91f8d0a` (sg-delete-missing, as member). */
export const deleteMissing = {
  "NeutronError": {
    "type": "SecurityGroupNotFound",
    "message": "Security group e30ce311-18c6-4a47-b1a2-e917d91f8d0a does not exist",
    "detail": ""
  }
};

/** 409 reply to the recorded `PUT security-groups/d5be7046-4a7b-4c77-a8e4-d0a9d0b5babd` (sg-rename-default, as member). */
export const renameDefault = {
  "NeutronError": {
    "type": "SecurityGroupCannotUpdateDefault",
    "message": "Updating default security group not allowed.",
    "detail": ""
  }
};

/** 409 reply to the recorded `PUT security-groups/d5be7046-4a7b-4c77-a8e4-d0a9d0b5babd` (sg-update-default, as member). */
export const updateDefaultName = {
  "NeutronError": {
    "type": "SecurityGroupDefaultAlreadyExists",
    "message": "Default security group already exists.",
    "detail": ""
  }
};

/** 409 reply to the recorded `PUT security-groups/333f2eff-da6a-4fad-b356-d8572bc26792` (sg-update-stateful-in-use, as member). */
export const updateStatefulInUse = {
  "NeutronError": {
    "type": "SecurityGroupInUse",
    "message": "Security Group 333f2eff-da6a-4fad-b356-d8572bc26792 in use.",
    "detail": ""
  }
};

/** 409 reply to the recorded `DELETE security-groups/333f2eff-da6a-4fad-b356-d8572bc26792` (sg-delete-in-use, as member). */
export const deleteInUse = {
  "NeutronError": {
    "type": "SecurityGroupInUse",
    "message": "Security Group 333f2eff-da6a-4fad-b356-d8572bc26792 in use.",
    "detail": ""
  }
};
