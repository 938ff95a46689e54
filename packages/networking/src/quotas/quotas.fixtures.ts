/**
 * Replies recorded from the real Neutron (Zed) in the local cloud, as admin on the demo
 * project unless the name says member. Nothing edited.
 */

/** 200 reply to the recorded `GET v2.0/quotas/56a1734a387a4a25a56ee940578c82dd`. */
export const get = {
  "quota": {
    "network": 100,
    "subnet": 100,
    "subnetpool": -1,
    "port": 500,
    "router": 10,
    "floatingip": 50,
    "rbac_policy": 10,
    "security_group": 10,
    "security_group_rule": 100
  }
};

/** 200 reply to the recorded `GET v2.0/quotas/56a1734a387a4a25a56ee940578c82dd/default`. */
export const defaults = {
  "quota": {
    "network": 100,
    "subnet": 100,
    "subnetpool": -1,
    "port": 500,
    "router": 10,
    "floatingip": 50,
    "rbac_policy": 10,
    "security_group": 10,
    "security_group_rule": 100
  }
};

/** 200 reply to the recorded `GET v2.0/quotas/56a1734a387a4a25a56ee940578c82dd/details.json`. */
export const details = {
  "quota": {
    "network": {
      "limit": 100,
      "used": 1,
      "reserved": 0
    },
    "subnet": {
      "limit": 100,
      "used": 1,
      "reserved": 0
    },
    "subnetpool": {
      "limit": -1,
      "used": 0,
      "reserved": 0
    },
    "port": {
      "limit": 500,
      "used": 0,
      "reserved": 0
    },
    "router": {
      "limit": 10,
      "used": 0,
      "reserved": 0
    },
    "floatingip": {
      "limit": 50,
      "used": 0,
      "reserved": 0
    },
    "rbac_policy": {
      "limit": 10,
      "used": 0,
      "reserved": 0
    },
    "security_group": {
      "limit": 10,
      "used": 3,
      "reserved": 0
    },
    "security_group_rule": {
      "limit": 100,
      "used": 8,
      "reserved": 0
    }
  }
};

/** 200 reply to the recorded `PUT v2.0/quotas/56a1734a387a4a25a56ee940578c82dd` with `{ network: 90, port: 400 }`. */
export const update = {
  "quota": {
    "network": 90,
    "subnet": 100,
    "subnetpool": -1,
    "port": 400,
    "router": 10,
    "floatingip": 50,
    "rbac_policy": 10,
    "security_group": 10,
    "security_group_rule": 100
  }
};

/** 200 reply to the recorded `GET v2.0/quotas` after that update. */
export const list = {
  "quotas": [
    {
      "network": 90,
      "subnet": 100,
      "subnetpool": -1,
      "port": 400,
      "router": 10,
      "floatingip": 50,
      "rbac_policy": 10,
      "security_group": 10,
      "security_group_rule": 100,
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "tenant_id": "56a1734a387a4a25a56ee940578c82dd"
    }
  ]
};

/** 400 reply to the recorded `PUT v2.0/quotas/56a1734a387a4a25a56ee940578c82dd` with `{ security_group_rule: 1, check_limit: true }`. */
export const checkLimit = {
  "NeutronError": {
    "type": "HTTPBadRequest",
    "message": "Quota limit 1 for security_group_rule must be greater than or equal to already used 8",
    "detail": ""
  }
};

/** 200 reply to the recorded `PUT v2.0/quotas/56a1734a387a4a25a56ee940578c82dd` with `{ subnet: 95, force: true }`. */
export const force = {
  "quota": {
    "network": 90,
    "subnet": 95,
    "subnetpool": -1,
    "port": 400,
    "router": 10,
    "floatingip": 50,
    "rbac_policy": 10,
    "security_group": 10,
    "security_group_rule": 100
  }
};

/** 200 reply to the recorded `GET v2.0/quotas` after the reset. */
export const afterReset = {
  "quotas": []
};

/** 404 reply to the recorded `DELETE v2.0/quotas/56a1734a387a4a25a56ee940578c82dd` once the quota was already reset. */
export const resetAgain = {
  "NeutronError": {
    "type": "TenantQuotaNotFound",
    "message": "Quota for tenant 56a1734a387a4a25a56ee940578c82dd could not be found.",
    "detail": ""
  }
};

/** 403 reply to the recorded `GET v2.0/quotas`. */
export const memberList = {
  "NeutronError": {
    "type": "PolicyNotAuthorized",
    "message": "rule:get_quota is disallowed by policy",
    "detail": ""
  }
};

/** 403 reply to the recorded `PUT v2.0/quotas/56a1734a387a4a25a56ee940578c82dd`. */
export const memberUpdate = {
  "NeutronError": {
    "type": "PolicyNotAuthorized",
    "message": "rule:update_quota is disallowed by policy",
    "detail": ""
  }
};
