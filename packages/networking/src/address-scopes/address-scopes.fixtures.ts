/**
 * Replies recorded from the real Neutron (Zed) in the local cloud; each says whether admin or the
 * member (demo) made the call. Nothing edited.
 */

/** 201 reply to the recorded `scope_create` call (admin): POST address-scopes. */
export const create = {
  "address_scope": {
    "id": "3af85d18-8cc0-4ec2-aefd-0d6092877ffd",
    "project_id": "fce686c7d1ca46108d67d3c934f443fb",
    "name": "rec-scope",
    "shared": false,
    "ip_version": 4,
    "tenant_id": "fce686c7d1ca46108d67d3c934f443fb"
  }
};

/** 201 reply to the recorded `scope_create_v6` call (admin): POST address-scopes. */
export const createV6 = {
  "address_scope": {
    "id": "f4a9a3f5-8c1f-481d-b382-ddcf8b6dacca",
    "project_id": "fce686c7d1ca46108d67d3c934f443fb",
    "name": "rec-scope-v6",
    "shared": true,
    "ip_version": 6,
    "tenant_id": "fce686c7d1ca46108d67d3c934f443fb"
  }
};

/** 200 reply to the recorded `scope_get` call (admin): GET address-scopes/3af85d18-8cc0-4ec2-aefd-0d6092877ffd. */
export const get = {
  "address_scope": {
    "id": "3af85d18-8cc0-4ec2-aefd-0d6092877ffd",
    "project_id": "fce686c7d1ca46108d67d3c934f443fb",
    "name": "rec-scope",
    "shared": false,
    "ip_version": 4,
    "tenant_id": "fce686c7d1ca46108d67d3c934f443fb"
  }
};

/** 200 reply to the recorded `scope_list_page1` call (admin): GET address-scopes. */
export const listPage1 = {
  "address_scopes": [
    {
      "id": "3af85d18-8cc0-4ec2-aefd-0d6092877ffd",
      "project_id": "fce686c7d1ca46108d67d3c934f443fb",
      "name": "rec-scope",
      "shared": false,
      "ip_version": 4,
      "tenant_id": "fce686c7d1ca46108d67d3c934f443fb"
    }
  ],
  "address_scopes_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:9696/v2.0/address-scopes?name=rec-scope&name=rec-scope-v6&limit=1&sort_key=name&sort_dir=asc&marker=3af85d18-8cc0-4ec2-aefd-0d6092877ffd"
    },
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/address-scopes?name=rec-scope&name=rec-scope-v6&limit=1&sort_key=name&sort_dir=asc&marker=3af85d18-8cc0-4ec2-aefd-0d6092877ffd&page_reverse=True"
    }
  ]
};

/** 200 reply to the recorded `scope_list_page2` call (admin): GET address-scopes. */
export const listPage2 = {
  "address_scopes": [
    {
      "id": "f4a9a3f5-8c1f-481d-b382-ddcf8b6dacca",
      "project_id": "fce686c7d1ca46108d67d3c934f443fb",
      "name": "rec-scope-v6",
      "shared": true,
      "ip_version": 6,
      "tenant_id": "fce686c7d1ca46108d67d3c934f443fb"
    }
  ],
  "address_scopes_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:9696/v2.0/address-scopes?name=rec-scope&name=rec-scope-v6&limit=1&sort_key=name&sort_dir=asc&marker=f4a9a3f5-8c1f-481d-b382-ddcf8b6dacca"
    },
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/address-scopes?name=rec-scope&name=rec-scope-v6&limit=1&sort_key=name&sort_dir=asc&marker=f4a9a3f5-8c1f-481d-b382-ddcf8b6dacca&page_reverse=True"
    }
  ]
};

/** 200 reply to the recorded `scope_list_filtered` call (admin): GET address-scopes. */
export const listFiltered = {
  "address_scopes": [
    {
      "id": "f4a9a3f5-8c1f-481d-b382-ddcf8b6dacca",
      "name": "rec-scope-v6",
      "shared": true,
      "ip_version": 6
    }
  ]
};

/** 200 reply to the recorded `scope_update` call (admin): PUT address-scopes/3af85d18-8cc0-4ec2-aefd-0d6092877ffd. */
export const update = {
  "address_scope": {
    "id": "3af85d18-8cc0-4ec2-aefd-0d6092877ffd",
    "project_id": "fce686c7d1ca46108d67d3c934f443fb",
    "name": "rec-scope-2",
    "shared": true,
    "ip_version": 4,
    "tenant_id": "fce686c7d1ca46108d67d3c934f443fb"
  }
};

/** 403 reply to the recorded `scope_member_shared` call (the member): POST address-scopes. */
export const memberShared = {
  "NeutronError": {
    "type": "PolicyNotAuthorized",
    "message": "(rule:create_address_scope and rule:create_address_scope:shared) is disallowed by policy",
    "detail": ""
  }
};

/** 400 reply to the recorded `scope_bad_version` call (the member): POST address-scopes. */
export const badVersion = {
  "NeutronError": {
    "type": "HTTPBadRequest",
    "message": "Invalid input for ip_version. Reason: 5 is not in valid_values.",
    "detail": ""
  }
};

/** 404 reply to the recorded `scope_not_found` call (admin): GET address-scopes/00000000-0000-0000-0000-000000000000. */
export const notFound = {
  "NeutronError": {
    "type": "AddressScopeNotFound",
    "message": "Address scope 00000000-0000-0000-0000-000000000000 could not be found.",
    "detail": ""
  }
};

/** 409 reply to the recorded `scope_delete_in_use` call (admin): DELETE address-scopes/f4a9a3f5-8c1f-481d-b382-ddcf8b6dacca. */
export const deleteInUse = {
  "NeutronError": {
    "type": "AddressScopeInUse",
    "message": "Unable to complete operation on address scope f4a9a3f5-8c1f-481d-b382-ddcf8b6dacca. There are one or more subnet pools in use on the address scope.",
    "detail": ""
  }
};
