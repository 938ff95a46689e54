/**
 * Replies recorded from the real Neutron (Zed) in the local cloud, as admin unless the name says
 * member. Nothing edited.
 */

/** 200 reply to the recorded `list` call. */
export const list = {
  "rule_types": []
};

/** 200 reply to the recorded `list_all_rules` call. */
export const listAllRules = {
  "rule_types": [
    {
      "type": "minimum_packet_rate"
    },
    {
      "type": "bandwidth_limit"
    },
    {
      "type": "minimum_bandwidth"
    },
    {
      "type": "packet_rate_limit"
    },
    {
      "type": "dscp_marking"
    }
  ]
};

/** 200 reply to the recorded `list_all_supported` call. */
export const listAllSupported = {
  "rule_types": []
};

/** 200 reply to the recorded `list_member` call. */
export const listMember = {
  "rule_types": [
    {
      "type": "minimum_packet_rate"
    },
    {
      "type": "bandwidth_limit"
    },
    {
      "type": "minimum_bandwidth"
    },
    {
      "type": "packet_rate_limit"
    },
    {
      "type": "dscp_marking"
    }
  ]
};

/** 200 reply to the recorded `get` call. */
export const get = {
  "rule_type": {
    "type": "bandwidth_limit",
    "drivers": []
  }
};

/** 403 reply to the recorded `get_member` call. */
export const getMember = {
  "NeutronError": {
    "type": "NotAuthorized",
    "message": "Not authorized.",
    "detail": ""
  }
};

/** 500 reply to the recorded `get_unknown` call. */
export const getUnknown = {
  "NeutronError": {
    "type": "HTTPInternalServerError",
    "message": "Request Failed: internal server error while processing your request.",
    "detail": ""
  }
};

