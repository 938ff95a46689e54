/**
 * Replies recorded from the real Neutron (Zed) in the local cloud, as admin unless the name says
 * member. Nothing edited.
 */

/** 201 reply to the recorded `bw_create` call. */
export const bwCreate = {
  "bandwidth_limit_rule": {
    "max_kbps": 10000,
    "max_burst_kbps": 8000,
    "direction": "ingress",
    "id": "130c7f3a-7589-4fd7-bd41-a317d86896b7"
  }
};

/** 201 reply to the recorded `bw_create_default` call. */
export const bwCreateDefault = {
  "bandwidth_limit_rule": {
    "max_kbps": 2000,
    "max_burst_kbps": 0,
    "direction": "egress",
    "id": "ba4f1206-a9b8-4555-bee4-c68a1a7a116f"
  }
};

/** 409 reply to the recorded `bw_conflict` call. */
export const bwConflict = {
  "NeutronError": {
    "type": "QoSRulesConflict",
    "message": "Rule bandwidth_limit conflicts with rule 130c7f3a-7589-4fd7-bd41-a317d86896b7 which already exists in QoS Policy 6b70bd4c-bf10-4f63-9b2b-de17bec797cb.",
    "detail": ""
  }
};

/** 200 reply to the recorded `bw_list_page1` call. */
export const bwListPage1 = {
  "bandwidth_limit_rules": [
    {
      "max_kbps": 2000,
      "max_burst_kbps": 0,
      "direction": "egress",
      "id": "ba4f1206-a9b8-4555-bee4-c68a1a7a116f"
    }
  ],
  "bandwidth_limit_rules_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:9696/v2.0/qos/policies/6b70bd4c-bf10-4f63-9b2b-de17bec797cb/bandwidth_limit_rules?limit=1&sort_key=max_kbps&sort_dir=asc&marker=ba4f1206-a9b8-4555-bee4-c68a1a7a116f"
    },
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/qos/policies/6b70bd4c-bf10-4f63-9b2b-de17bec797cb/bandwidth_limit_rules?limit=1&sort_key=max_kbps&sort_dir=asc&marker=ba4f1206-a9b8-4555-bee4-c68a1a7a116f&page_reverse=True"
    }
  ]
};

/** 200 reply to the recorded `bw_list_page2` call. */
export const bwListPage2 = {
  "bandwidth_limit_rules": [
    {
      "max_kbps": 10000,
      "max_burst_kbps": 8000,
      "direction": "ingress",
      "id": "130c7f3a-7589-4fd7-bd41-a317d86896b7"
    }
  ],
  "bandwidth_limit_rules_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:9696/v2.0/qos/policies/6b70bd4c-bf10-4f63-9b2b-de17bec797cb/bandwidth_limit_rules?limit=1&sort_key=max_kbps&sort_dir=asc&marker=130c7f3a-7589-4fd7-bd41-a317d86896b7"
    },
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/qos/policies/6b70bd4c-bf10-4f63-9b2b-de17bec797cb/bandwidth_limit_rules?limit=1&sort_key=max_kbps&sort_dir=asc&marker=130c7f3a-7589-4fd7-bd41-a317d86896b7&page_reverse=True"
    }
  ]
};

/** 200 reply to the recorded `bw_list_page3` call. */
export const bwListPage3 = {
  "bandwidth_limit_rules": [],
  "bandwidth_limit_rules_links": [
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/qos/policies/6b70bd4c-bf10-4f63-9b2b-de17bec797cb/bandwidth_limit_rules?limit=1&sort_key=max_kbps&sort_dir=asc&page_reverse=True"
    }
  ]
};

/** 200 reply to the recorded `bw_get` call. */
export const bwGet = {
  "bandwidth_limit_rule": {
    "max_kbps": 10000,
    "max_burst_kbps": 8000,
    "direction": "ingress",
    "id": "130c7f3a-7589-4fd7-bd41-a317d86896b7"
  }
};

/** 200 reply to the recorded `bw_update` call. */
export const bwUpdate = {
  "bandwidth_limit_rule": {
    "max_kbps": 20000,
    "max_burst_kbps": 16000,
    "direction": "ingress",
    "id": "130c7f3a-7589-4fd7-bd41-a317d86896b7"
  }
};

/** 404 reply to the recorded `bw_not_found` call. */
export const bwNotFound = {
  "NeutronError": {
    "type": "QosRuleNotFound",
    "message": "QoS rule 00000000-0000-0000-0000-000000000000 for policy 6b70bd4c-bf10-4f63-9b2b-de17bec797cb could not be found.",
    "detail": ""
  }
};

/** 201 reply to the recorded `dscp_create` call. */
export const dscpCreate = {
  "dscp_marking_rule": {
    "dscp_mark": 26,
    "id": "8d22812e-7e09-4d0c-91bd-0f06d6c0b34b"
  }
};

/** 400 reply to the recorded `dscp_invalid` call. */
export const dscpInvalid = {
  "NeutronError": {
    "type": "HTTPBadRequest",
    "message": "Invalid input for dscp_mark. Reason: 7 is not in valid_values.",
    "detail": ""
  }
};

/** 200 reply to the recorded `dscp_list` call. */
export const dscpList = {
  "dscp_marking_rules": [
    {
      "dscp_mark": 26,
      "id": "8d22812e-7e09-4d0c-91bd-0f06d6c0b34b"
    }
  ]
};

/** 200 reply to the recorded `dscp_get` call. */
export const dscpGet = {
  "dscp_marking_rule": {
    "dscp_mark": 26,
    "id": "8d22812e-7e09-4d0c-91bd-0f06d6c0b34b"
  }
};

/** 200 reply to the recorded `dscp_update` call. */
export const dscpUpdate = {
  "dscp_marking_rule": {
    "dscp_mark": 46,
    "id": "8d22812e-7e09-4d0c-91bd-0f06d6c0b34b"
  }
};

/** 201 reply to the recorded `minbw_create` call. */
export const minbwCreate = {
  "minimum_bandwidth_rule": {
    "min_kbps": 1000,
    "direction": "egress",
    "id": "8e0990be-53fa-4940-8e9e-ac0b9936dc93"
  }
};

/** 200 reply to the recorded `minbw_list` call. */
export const minbwList = {
  "minimum_bandwidth_rules": [
    {
      "min_kbps": 1000,
      "direction": "egress",
      "id": "8e0990be-53fa-4940-8e9e-ac0b9936dc93"
    }
  ]
};

/** 200 reply to the recorded `minbw_get` call. */
export const minbwGet = {
  "minimum_bandwidth_rule": {
    "min_kbps": 1000,
    "direction": "egress",
    "id": "8e0990be-53fa-4940-8e9e-ac0b9936dc93"
  }
};

/** 409 reply to the recorded `minbw_update_conflict` call. */
export const minbwUpdateConflict = {
  "NeutronError": {
    "type": "QoSRuleParameterConflict",
    "message": "Unable to add the rule with value 3000 to the policy 6b70bd4c-bf10-4f63-9b2b-de17bec797cb as the existing rule of type bandwidth_limit has value 2000.",
    "detail": ""
  }
};

/** 200 reply to the recorded `minbw_update` call. */
export const minbwUpdate = {
  "minimum_bandwidth_rule": {
    "min_kbps": 1500,
    "direction": "egress",
    "id": "8e0990be-53fa-4940-8e9e-ac0b9936dc93"
  }
};

/** 201 reply to the recorded `minpps_create` call. */
export const minppsCreate = {
  "minimum_packet_rate_rule": {
    "min_kpps": 1000,
    "direction": "any",
    "id": "f9211e05-e6ab-4681-9158-05bdbe9b0c77"
  }
};

/** 409 reply to the recorded `minpps_conflict` call. */
export const minppsConflict = {
  "NeutronError": {
    "type": "QoSRuleParameterConflict",
    "message": "Unable to add the rule with value egress to the policy 6b70bd4c-bf10-4f63-9b2b-de17bec797cb as the existing rule of type minimum_packet_rate has value any.",
    "detail": ""
  }
};

/** 200 reply to the recorded `minpps_list` call. */
export const minppsList = {
  "minimum_packet_rate_rules": [
    {
      "min_kpps": 1000,
      "direction": "any",
      "id": "f9211e05-e6ab-4681-9158-05bdbe9b0c77"
    }
  ]
};

/** 200 reply to the recorded `minpps_get` call. */
export const minppsGet = {
  "minimum_packet_rate_rule": {
    "min_kpps": 1000,
    "direction": "any",
    "id": "f9211e05-e6ab-4681-9158-05bdbe9b0c77"
  }
};

/** 200 reply to the recorded `minpps_update` call. */
export const minppsUpdate = {
  "minimum_packet_rate_rule": {
    "min_kpps": 2000,
    "direction": "ingress",
    "id": "f9211e05-e6ab-4681-9158-05bdbe9b0c77"
  }
};

/** 201 reply to the recorded `pps_create` call. */
export const ppsCreate = {
  "packet_rate_limit_rule": {
    "max_kpps": 1000,
    "max_burst_kpps": 500,
    "direction": "egress",
    "id": "7506bf82-f1a1-4481-b934-135c5108dc23"
  }
};

/** 200 reply to the recorded `pps_list` call. */
export const ppsList = {
  "packet_rate_limit_rules": [
    {
      "max_kpps": 1000,
      "max_burst_kpps": 500,
      "direction": "egress",
      "id": "7506bf82-f1a1-4481-b934-135c5108dc23"
    }
  ]
};

/** 200 reply to the recorded `pps_get` call. */
export const ppsGet = {
  "packet_rate_limit_rule": {
    "max_kpps": 1000,
    "max_burst_kpps": 500,
    "direction": "egress",
    "id": "7506bf82-f1a1-4481-b934-135c5108dc23"
  }
};

/** 200 reply to the recorded `pps_update` call. */
export const ppsUpdate = {
  "packet_rate_limit_rule": {
    "max_kpps": 4000,
    "max_burst_kpps": 1000,
    "direction": "egress",
    "id": "7506bf82-f1a1-4481-b934-135c5108dc23"
  }
};

/** 404 reply to the recorded `bw_delete_again` call. */
export const bwDeleteAgain = {
  "NeutronError": {
    "type": "QosRuleNotFound",
    "message": "QoS rule 130c7f3a-7589-4fd7-bd41-a317d86896b7 for policy 6b70bd4c-bf10-4f63-9b2b-de17bec797cb could not be found.",
    "detail": ""
  }
};

/** 404 reply to the recorded `policy_missing` call. */
export const policyMissing = {
  "NeutronError": {
    "type": "QosPolicyNotFound",
    "message": "QoS policy 00000000-0000-0000-0000-000000000000 could not be found.",
    "detail": ""
  }
};


// Recorded afterwards, on another policy.

/** 400 reply to the recorded `bw_list_by_direction` call. */
export const bwListByDirection = {
  "NeutronError": {
    "type": "HTTPBadRequest",
    "message": "['direction'] is invalid attribute for filtering",
    "detail": ""
  }
};
