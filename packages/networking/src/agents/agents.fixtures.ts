/**
 * Replies recorded from the real Neutron (Zed) in the local cloud, as admin. No agent runs
 * there: lists are empty, and every call on an agent ID (get, update, delete, and the DHCP and L3
 * scheduling calls) answered the same `AgentNotFound`, kept once here. The network `rec-agent-net`
 * (9d136b99…) and router `rec-agent-router` (04b4e35e…) were created for the scheduling calls.
 * Nothing edited.
 */

/** 200 reply to the recorded `GET v2.0/agents`. */
export const list = {
  "agents": []
};

/** 200 reply to the recorded `GET v2.0/agents?admin_state_up=true&agent_type=DHCP%20agent&alive=true&…&sort_key=host&sort_dir=asc&fields=id&fields=host`. */
export const listFiltered = {
  "agents": []
};

/** 404 reply to the recorded `GET v2.0/agents/00000000-0000-0000-0000-000000000000`, and to each other call on that agent ID. */
export const agentNotFound = {
  "NeutronError": {
    "type": "AgentNotFound",
    "message": "Agent 00000000-0000-0000-0000-000000000000 could not be found.",
    "detail": ""
  }
};

/** 200 reply to the recorded `GET v2.0/networks/9d136b99-4e6d-4c1b-a867-d7602a749067/dhcp-agents`. */
export const networkDhcpAgents = {
  "agents": []
};

/** 200 reply to the recorded `GET v2.0/routers/04b4e35e-e441-4933-9cab-6dd3791dc76a/l3-agents`. */
export const routerL3Agents = {
  "agents": []
};

/** 404 reply to the recorded `GET v2.0/routers/00000000-0000-0000-0000-000000000000/l3-agents`. */
export const routerNotFound = {
  "NeutronError": {
    "type": "RouterNotFound",
    "message": "Router 00000000-0000-0000-0000-000000000000 could not be found",
    "detail": ""
  }
};

/** 200 reply to the recorded `GET v2.0/availability_zones?state=available&resource=network&name=nova`. */
export const availabilityZones = {
  "availability_zones": []
};

/** 200 reply to the recorded `GET v2.0/agents?marker=00000000-0000-0000-0000-000000000000&page_reverse=true`. */
export const listPaging = {
  "agents": []
};

/** 200 reply to the recorded `GET v2.0/availability_zones?name=nova&name=az2&fields=name&fields=state&limit=2&sort_key=name&sort_dir=desc&marker=nova&page_reverse=false`. */
export const availabilityZonesPaging = {
  "availability_zones": []
};
