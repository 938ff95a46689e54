/**
 * Replies recorded from the real Neutron (Zed) in the local cloud, as the member who owns the
 * network `rec-rbac-net` (project 56a1734a…), sharing it with the admin project (fce686c7…) and
 * the service project (799cf5a8…). Nothing edited.
 */

/** 201 reply to the recorded `POST v2.0/rbac-policies`. */
export const create = {
  "rbac_policy": {
    "id": "b4fa8fad-11c3-44bb-9c5e-eb07776d794e",
    "project_id": "56a1734a387a4a25a56ee940578c82dd",
    "action": "access_as_shared",
    "object_id": "0a03cca6-30b0-4f9d-a0fb-754b351125e3",
    "target_tenant": "fce686c7d1ca46108d67d3c934f443fb",
    "object_type": "network",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 200 reply to the recorded `GET v2.0/rbac-policies/b4fa8fad-11c3-44bb-9c5e-eb07776d794e`. */
export const get = {
  "rbac_policy": {
    "id": "b4fa8fad-11c3-44bb-9c5e-eb07776d794e",
    "project_id": "56a1734a387a4a25a56ee940578c82dd",
    "action": "access_as_shared",
    "object_id": "0a03cca6-30b0-4f9d-a0fb-754b351125e3",
    "target_tenant": "fce686c7d1ca46108d67d3c934f443fb",
    "object_type": "network",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 200 reply to the recorded `GET v2.0/rbac-policies?object_id=…&object_type=network&action=access_as_shared&target_tenant=fce686c7…`. */
export const list = {
  "rbac_policies": [
    {
      "id": "b4fa8fad-11c3-44bb-9c5e-eb07776d794e",
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "action": "access_as_shared",
      "object_id": "0a03cca6-30b0-4f9d-a0fb-754b351125e3",
      "target_tenant": "fce686c7d1ca46108d67d3c934f443fb",
      "object_type": "network",
      "tenant_id": "56a1734a387a4a25a56ee940578c82dd"
    }
  ]
};

/** 200 reply to the recorded `GET v2.0/rbac-policies?object_id=b56e74a0…&project_id=…&tenant_id=…&id=…&id=…&target_tenant=…&target_tenant=…&fields=id&fields=target_tenant` (network `rec-rbac-net3`). */
export const listFields = {
  "rbac_policies": [
    {
      "id": "d401b1fd-a2d9-4dbc-8181-995cd2b1ec25",
      "target_tenant": "799cf5a87e3f4185a13aaa196680284d"
    },
    {
      "id": "d494eab6-f305-48ba-ab20-ef239c614487",
      "target_tenant": "fce686c7d1ca46108d67d3c934f443fb"
    }
  ]
};

/** 200 reply to the recorded `PUT v2.0/rbac-policies/b4fa8fad-11c3-44bb-9c5e-eb07776d794e`. */
export const update = {
  "rbac_policy": {
    "id": "b4fa8fad-11c3-44bb-9c5e-eb07776d794e",
    "project_id": "56a1734a387a4a25a56ee940578c82dd",
    "action": "access_as_shared",
    "object_id": "0a03cca6-30b0-4f9d-a0fb-754b351125e3",
    "target_tenant": "799cf5a87e3f4185a13aaa196680284d",
    "object_type": "network",
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd"
  }
};

/** 409 reply to the recorded `POST v2.0/rbac-policies` repeating `create`. */
export const duplicate = {
  "NeutronError": {
    "type": "DuplicateRbacPolicy",
    "message": "An RBAC policy already exists with those values.",
    "detail": ""
  }
};

/** 400 reply to the recorded `POST v2.0/rbac-policies` with `object_type: 'widget'`. */
export const badType = {
  "NeutronError": {
    "type": "InvalidInput",
    "message": "Invalid input for operation: 'widget' is not a valid RBAC object type.",
    "detail": ""
  }
};

/** 403 reply to the recorded `POST v2.0/rbac-policies` by the member with `action: 'access_as_external', target_tenant: '*'`. */
export const wildcardExternal = {
  "NeutronError": {
    "type": "PolicyNotAuthorized",
    "message": "((((rule:create_rbac_policy and rule:create_rbac_policy:object_type) and rule:create_rbac_policy:object_id) and rule:create_rbac_policy:target_tenant) and rule:create_rbac_policy:action) is disallowed by policy",
    "detail": ""
  }
};

/** 400 reply to the recorded `PUT v2.0/rbac-policies/b4fa8fad-11c3-44bb-9c5e-eb07776d794e` with `{ action: 'access_as_external' }`. */
export const readOnly = {
  "NeutronError": {
    "type": "HTTPBadRequest",
    "message": "Cannot update read-only attribute action",
    "detail": ""
  }
};

/** 400 reply to the recorded `GET v2.0/rbac-policies?…&sort_key=target_tenant&sort_dir=asc`. */
export const badSortKey = {
  "NeutronError": {
    "type": "HTTPBadRequest",
    "message": "['target_tenant'] is invalid attribute for sort_keys",
    "detail": ""
  }
};

/** 409 reply to the recorded `DELETE v2.0/rbac-policies/a48afa8a-49ed-4dfc-a50d-bcadb17c310e` while the admin project had a port on the shared network. */
export const inUse = {
  "NeutronError": {
    "type": "RbacPolicyInUse",
    "message": "RBAC policy on object 89f43234-9de3-4aa6-9e15-4649cda3ad43 cannot be removed because other objects depend on it.\nDetails: Callback neutron.plugins.ml2.plugin.NeutronDbPluginV2.validate_network_rbac_policy_change-1045911 failed with \"Unable to reconfigure sharing settings for network 89f43234-9de3-4aa6-9e15-4649cda3ad43. Multiple tenants are using it.\",Callback neutron.services.network_ip_availability.plugin.NeutronDbPluginV2.validate_network_rbac_policy_change-214423 failed with \"Unable to reconfigure sharing settings for network 89f43234-9de3-4aa6-9e15-4649cda3ad43. Multiple tenants are using it.\",Callback neutron.services.network_ip_availability.plugin.NeutronDbPluginV2.validate_network_rbac_policy_change-16077735 failed with \"Unable to reconfigure sharing settings for network 89f43234-9de3-4aa6-9e15-4649cda3ad43. Multiple tenants are using it.\"",
    "detail": ""
  }
};

/** 404 reply to the recorded `DELETE v2.0/rbac-policies/3d4d77e3-1bac-459b-bfff-4246713a2136` once it was deleted. */
export const notFound = {
  "NeutronError": {
    "type": "RbacPolicyNotFound",
    "message": "RBAC policy of type unknown with ID 3d4d77e3-1bac-459b-bfff-4246713a2136 not found",
    "detail": ""
  }
};
