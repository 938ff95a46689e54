/**
 * Replies recorded from the real Neutron (Zed) in the local cloud, as the member (project demo)
 * unless a reply says admin. Nothing edited.
 */

/** 201 reply to the recorded `POST address-groups` (ag-create, as member). */
export const create = {
  "address_group": {
    "id": "05b67d7f-97e5-482d-828c-19c033315741",
    "name": "rec-ag",
    "project_id": "56a1734a387a4a25a56ee940578c82dd",
    "addresses": [
      "192.0.2.10/32",
      "198.51.100.0/24",
      "2001:db8::1/128"
    ],
    "description": "recorded",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 400 reply to the recorded `POST address-groups` (ag-create-bad-cidr, as member). */
export const createBadCidr = {
  "NeutronError": {
    "type": "HTTPBadRequest",
    "message": "Invalid input for addresses. Reason: '2001:db8::1' isn't a recognized IP subnet cidr, '2001:db8::1/128' is recommended.",
    "detail": ""
  }
};

/** 200 reply to the recorded `GET address-groups/05b67d7f-97e5-482d-828c-19c033315741` (ag-get, as member). */
export const get = {
  "address_group": {
    "id": "05b67d7f-97e5-482d-828c-19c033315741",
    "name": "rec-ag",
    "project_id": "56a1734a387a4a25a56ee940578c82dd",
    "addresses": [
      "192.0.2.10/32",
      "198.51.100.0/24",
      "2001:db8::1/128"
    ],
    "description": "recorded",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 200 reply to the recorded `PUT address-groups/05b67d7f-97e5-482d-828c-19c033315741` (ag-update, as member). */
export const update = {
  "address_group": {
    "id": "05b67d7f-97e5-482d-828c-19c033315741",
    "name": "rec-ag-2",
    "project_id": "56a1734a387a4a25a56ee940578c82dd",
    "addresses": [
      "192.0.2.10/32",
      "198.51.100.0/24",
      "2001:db8::1/128"
    ],
    "description": "changed",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 200 reply to the recorded `PUT address-groups/05b67d7f-97e5-482d-828c-19c033315741/add_addresses` (ag-add, as member). */
export const add = {
  "address_group": {
    "id": "05b67d7f-97e5-482d-828c-19c033315741",
    "name": "rec-ag-2",
    "project_id": "56a1734a387a4a25a56ee940578c82dd",
    "shared": false,
    "addresses": [
      "192.0.2.10/32",
      "198.51.100.0/24",
      "2001:db8::1/128",
      "203.0.113.0/25"
    ],
    "revision_number": 5,
    "description": "changed",
    "created_at": "2026-11-27T14:43:10Z",
    "updated_at": "2026-11-27T14:43:14Z",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 400 reply to the recorded `PUT address-groups/05b67d7f-97e5-482d-828c-19c033315741/add_addresses` (ag-add-exists, as member). */
export const addExisting = {
  "NeutronError": {
    "type": "AddressesAlreadyExist",
    "message": "Addresses ['192.0.2.10/32'] already exist in the address group 05b67d7f-97e5-482d-828c-19c033315741.",
    "detail": ""
  }
};

/** 200 reply to the recorded `PUT address-groups/05b67d7f-97e5-482d-828c-19c033315741/remove_addresses` (ag-remove, as member). */
export const remove = {
  "address_group": {
    "id": "05b67d7f-97e5-482d-828c-19c033315741",
    "name": "rec-ag-2",
    "project_id": "56a1734a387a4a25a56ee940578c82dd",
    "shared": false,
    "addresses": [
      "192.0.2.10/32",
      "203.0.113.0/25"
    ],
    "revision_number": 7,
    "description": "changed",
    "created_at": "2026-11-27T14:43:10Z",
    "updated_at": "2026-11-27T14:43:15Z",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 404 reply to the recorded `PUT address-groups/05b67d7f-97e5-482d-828c-19c033315741/remove_addresses` (ag-remove-missing, as member). */
export const removeMissing = {
  "NeutronError": {
    "type": "AddressesNotFound",
    "message": "Addresses ['198.51.100.0/24'] not found in the address group 05b67d7f-97e5-482d-828c-19c033315741.",
    "detail": ""
  }
};

/** 200 reply to the recorded `GET address-groups` (ag-list, as member). */
export const list = {
  "address_groups": [
    {
      "id": "05b67d7f-97e5-482d-828c-19c033315741",
      "name": "rec-ag-2",
      "addresses": [
        "192.0.2.10/32",
        "203.0.113.0/25"
      ],
      "tenant_id": "56a1734a387a4a25a56ee940578c82dd"
    }
  ]
};

/** 200 reply to the recorded `GET address-groups` (ag-list-full, as member). */
export const listByDescription = {
  "address_groups": [
    {
      "id": "05b67d7f-97e5-482d-828c-19c033315741",
      "name": "rec-ag-2",
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "addresses": [
        "192.0.2.10/32",
        "203.0.113.0/25"
      ],
      "description": "changed",
      "tenant_id": "56a1734a387a4a25a56ee940578c82dd"
    }
  ]
};

/** 404 reply to the recorded `GET address-groups/00000000-0000-0000-0000-000000000000` (ag-get-missing, as member). */
export const getMissing = {
  "NeutronError": {
    "type": "AddressGroupNotFound",
    "message": "Address group 00000000-0000-0000-0000-000000000000 could not be found.",
    "detail": ""
  }
};

/** 409 reply to the recorded `DELETE address-groups/05b67d7f-97e5-482d-828c-19c033315741` (ag-delete-in-use, as member). */
export const deleteInUse = {
  "NeutronError": {
    "type": "AddressGroupInUse",
    "message": "Address group 05b67d7f-97e5-482d-828c-19c033315741 is in use on one or more security group rules.",
    "detail": ""
  }
};

/** 200 reply to the recorded `GET address-groups` (ag-list-page1, as member). */
export const listPage1 = {
  "address_groups": [
    {
      "id": "35ecd4d8-16d1-4684-b3b5-ad1be64feb21",
      "name": "rec-ag-p1",
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "addresses": [
        "192.0.2.1/32"
      ],
      "description": "",
      "tenant_id": "56a1734a387a4a25a56ee940578c82dd"
    }
  ],
  "address_groups_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:9696/v2.0/address-groups?name=rec-ag-p1&name=rec-ag-p2&limit=1&sort_key=name&sort_dir=asc&marker=35ecd4d8-16d1-4684-b3b5-ad1be64feb21"
    },
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/address-groups?name=rec-ag-p1&name=rec-ag-p2&limit=1&sort_key=name&sort_dir=asc&marker=35ecd4d8-16d1-4684-b3b5-ad1be64feb21&page_reverse=True"
    }
  ]
};

/** 200 reply to the recorded `GET address-groups` (ag-list-page2, as member). */
export const listPage2 = {
  "address_groups": [
    {
      "id": "6b36fae4-c02f-4eda-9c45-f232e233be39",
      "name": "rec-ag-p2",
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "addresses": [],
      "description": "",
      "tenant_id": "56a1734a387a4a25a56ee940578c82dd"
    }
  ],
  "address_groups_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:9696/v2.0/address-groups?name=rec-ag-p1&name=rec-ag-p2&limit=1&sort_key=name&sort_dir=asc&marker=6b36fae4-c02f-4eda-9c45-f232e233be39"
    },
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/address-groups?name=rec-ag-p1&name=rec-ag-p2&limit=1&sort_key=name&sort_dir=asc&marker=6b36fae4-c02f-4eda-9c45-f232e233be39&page_reverse=True"
    }
  ]
};

/** 200 reply to the recorded `GET address-groups` (ag-list-page3, as member). */
export const listPage3 = {
  "address_groups": [],
  "address_groups_links": [
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/address-groups?name=rec-ag-p1&name=rec-ag-p2&limit=1&sort_key=name&sort_dir=asc&page_reverse=True"
    }
  ]
};

/** 201 reply to the recorded `POST address-groups` (ag-create-admin, as admin). */
export const createAdmin = {
  "address_group": {
    "id": "0b674feb-5449-4640-a9ae-57f0bbdfe6ab",
    "name": "rec-ag-admin",
    "project_id": "56a1734a387a4a25a56ee940578c82dd",
    "addresses": [],
    "description": "",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};
