/**
 * Replies recorded from the real Neutron (Zed) in the local cloud, as the member. The list
 * is trimmed to its first entries; nothing else edited.
 */

/** 200 reply to `GET v2.0/extensions` (trimmed to 4 of the loaded extensions). */
export const list = {
  "extensions": [
    {
      "name": "Address group",
      "alias": "address-group",
      "description": "Support address group",
      "updated": "2020-07-15T10:00:00-00:00",
      "links": []
    },
    {
      "name": "Address scope",
      "alias": "address-scope",
      "description": "Address scopes extension.",
      "updated": "2015-07-26T10:00:00-00:00",
      "links": []
    },
    {
      "name": "Enforce Router's Admin State Down Before Update Extension",
      "alias": "router-admin-state-down-before-update",
      "description": "Ensure that the admin state of a router is DOWN (admin_state_up=False) before updating the distributed attribute",
      "updated": "2019-07-02T15:56:00",
      "links": []
    },
    {
      "name": "agent",
      "alias": "agent",
      "description": "The agent management extension.",
      "updated": "2013-02-03T10:00:00-00:00",
      "links": []
    }
  ]
};

/** 200 reply to the recorded `GET v2.0/extensions/router`. */
export const get = {
  "extension": {
    "name": "Neutron L3 Router",
    "alias": "router",
    "description": "Router abstraction for basic L3 forwarding between L2 Neutron networks and access to external networks via a NAT gateway.",
    "updated": "2012-07-20T10:00:00-00:00",
    "links": []
  }
};

/** 404 reply to the recorded `GET v2.0/extensions/nonsense`. */
export const notFound = {
  "message": "The resource could not be found.<br /><br />\nExtension with alias nonsense does not exist\n\n",
  "code": "404 Not Found",
  "title": "Not Found"
};
