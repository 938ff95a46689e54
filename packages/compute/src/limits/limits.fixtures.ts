/**
 * Replies recorded from the real Nova (Zed, microversion 2.93 unless the name says otherwise) in the
 * local cloud; trimmed of nothing but unused entries.
 */

/** 200 reply to the recorded `get` call. */
export const get = {
  "limits": {
    "rate": [],
    "absolute": {
      "maxTotalInstances": 10,
      "maxTotalCores": 20,
      "maxTotalRAMSize": 51200,
      "maxServerMeta": 128,
      "maxTotalKeypairs": 100,
      "maxServerGroups": 10,
      "maxServerGroupMembers": 10,
      "totalRAMUsed": 3072,
      "totalCoresUsed": 6,
      "totalInstancesUsed": 6,
      "totalServerGroupsUsed": 1
    }
  }
};

/** 200 reply to the recorded `get_2_1` call. */
export const get21 = {
  "limits": {
    "rate": [],
    "absolute": {
      "maxTotalInstances": 10,
      "maxTotalCores": 20,
      "maxTotalRAMSize": 51200,
      "maxServerMeta": 128,
      "maxImageMeta": 128,
      "maxPersonality": 5,
      "maxPersonalitySize": 10240,
      "maxTotalKeypairs": 100,
      "maxServerGroups": 10,
      "maxServerGroupMembers": 10,
      "maxTotalFloatingIps": -1,
      "maxSecurityGroups": -1,
      "maxSecurityGroupRules": -1,
      "totalRAMUsed": 3072,
      "totalCoresUsed": 6,
      "totalInstancesUsed": 6,
      "totalFloatingIpsUsed": 0,
      "totalSecurityGroupsUsed": 0,
      "totalServerGroupsUsed": 1
    }
  }
};

/** 200 reply to the recorded `get_2_38` call. */
export const get238 = {
  "limits": {
    "rate": [],
    "absolute": {
      "maxTotalInstances": 10,
      "maxTotalCores": 20,
      "maxTotalRAMSize": 51200,
      "maxServerMeta": 128,
      "maxImageMeta": 128,
      "maxPersonality": 5,
      "maxPersonalitySize": 10240,
      "maxTotalKeypairs": 100,
      "maxServerGroups": 10,
      "maxServerGroupMembers": 10,
      "totalRAMUsed": 3072,
      "totalCoresUsed": 6,
      "totalInstancesUsed": 6,
      "totalServerGroupsUsed": 1
    }
  }
};

/** 200 reply to the recorded `get_2_56` call. */
export const get256 = {
  "limits": {
    "rate": [],
    "absolute": {
      "maxTotalInstances": 10,
      "maxTotalCores": 20,
      "maxTotalRAMSize": 51200,
      "maxServerMeta": 128,
      "maxPersonality": 5,
      "maxPersonalitySize": 10240,
      "maxTotalKeypairs": 100,
      "maxServerGroups": 10,
      "maxServerGroupMembers": 10,
      "totalRAMUsed": 3072,
      "totalCoresUsed": 6,
      "totalInstancesUsed": 6,
      "totalServerGroupsUsed": 1
    }
  }
};

/** 200 reply to the recorded `admin_tenant` call. */
export const adminTenant = {
  "limits": {
    "rate": [],
    "absolute": {
      "maxTotalInstances": 10,
      "maxTotalCores": 20,
      "maxTotalRAMSize": 51200,
      "maxServerMeta": 128,
      "maxTotalKeypairs": 100,
      "maxServerGroups": 10,
      "maxServerGroupMembers": 10,
      "totalRAMUsed": 3072,
      "totalCoresUsed": 6,
      "totalInstancesUsed": 6,
      "totalServerGroupsUsed": 1
    }
  }
};

/** 403 reply to the recorded `member_tenant` call. */
export const memberTenant = {
  "forbidden": {
    "code": 403,
    "message": "Policy doesn't allow os_compute_api:limits:other_project to be performed."
  }
};

/** 200 reply to the recorded `reserved_2_74` call. */
export const reserved274 = {
  "limits": {
    "rate": [],
    "absolute": {
      "maxTotalInstances": 10,
      "maxTotalCores": 20,
      "maxTotalRAMSize": 51200,
      "maxServerMeta": 128,
      "maxTotalKeypairs": 100,
      "maxServerGroups": 10,
      "maxServerGroupMembers": 10,
      "totalRAMUsed": 3072,
      "totalCoresUsed": 6,
      "totalInstancesUsed": 6,
      "totalServerGroupsUsed": 1
    }
  }
};
