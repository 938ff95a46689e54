import { describe, expect, it } from '@jest/globals';
import { isHttpError, isInvalidInputError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeNeutron } from '../fake-neutron.fixtures.js';
import {
  addDhcpAgentNetwork,
  addL3AgentRouter,
  deleteAgent,
  getAgent,
  listAgents,
  listDhcpAgentNetworks,
  listL3AgentRouters,
  listNetworkAvailabilityZones,
  listNetworkDhcpAgents,
  listRouterL3Agents,
  removeDhcpAgentNetwork,
  removeL3AgentRouter,
  updateAgent,
} from './index.js';
import * as fx from './agents.fixtures.js';

const agent = '00000000-0000-0000-0000-000000000000';
const network = '9d136b99-4e6d-4c1b-a867-d7602a749067';
const router = '04b4e35e-e441-4933-9cab-6dd3791dc76a';

const agentNotFound = (error: unknown): unknown => isHttpError(error, 404) && [error.serviceErrorType, error.serviceMessage];
const AGENT_NOT_FOUND = ['AgentNotFound', `Agent ${agent} could not be found.`];

describe('agents', () => {
  it('lists agents with every filter (none run in the recorded cloud)', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/agents', fx.list);
    cloud.reply(
      'GET',
      `v2.0/agents?admin_state_up=true&agent_type=DHCP%20agent&alive=true&availability_zone=nova&binary=neutron-dhcp-agent&description=x&host=h&id=${agent}&topic=dhcp_agent&limit=1&sort_key=host&sort_dir=asc&fields=id&fields=host`,
      fx.listFiltered,
    );
    expect(await listAgents(cloud.client).all()).toEqual([]);
    expect(cloud.lastRequest().url).toBe('http://127.0.0.1:9696/v2.0/agents');
    const query = {
      admin_state_up: true, agent_type: 'DHCP agent', alive: true, availability_zone: 'nova', binary: 'neutron-dhcp-agent', description: 'x', host: 'h', id: agent,
      topic: 'dhcp_agent', limit: 1, sort_key: 'host', sort_dir: 'asc' as const, fields: ['id', 'host'],
    };
    expect(await listAgents(cloud.client, query).all()).toEqual([]);
    expect(cloud.lastRequest().query).toMatchObject({ agent_type: 'DHCP agent', alive: 'true', admin_state_up: 'true' });
    cloud.reply('GET', `v2.0/agents?marker=${agent}&page_reverse=true`, fx.listPaging);
    expect(await listAgents(cloud.client, { marker: agent, page_reverse: true }).all()).toEqual([]);
    expect(cloud.lastRequest().url).toBe(`http://127.0.0.1:9696/v2.0/agents?marker=${agent}&page_reverse=true`);
  });

  it('gets, updates and deletes by ID: AgentNotFound for an unknown agent', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/agents/${agent}`, fx.agentNotFound, { status: 404 });
    cloud.reply('PUT', `v2.0/agents/${agent}`, fx.agentNotFound, { status: 404 });
    cloud.reply('DELETE', `v2.0/agents/${agent}`, fx.agentNotFound, { status: 404 });
    expect(agentNotFound(await getAgent(cloud.client, agent).catch((e: unknown) => e))).toEqual(AGENT_NOT_FOUND);
    expect(agentNotFound(await updateAgent(cloud.client, agent, { admin_state_up: false, description: 'rec' }).catch((e: unknown) => e))).toEqual(AGENT_NOT_FOUND);
    expect([cloud.lastRequest().method, cloud.lastRequest().json]).toEqual(['PUT', { agent: { admin_state_up: false, description: 'rec' } }]);
    expect(agentNotFound(await deleteAgent(cloud.client, agent).catch((e: unknown) => e))).toEqual(AGENT_NOT_FOUND);
    expect(cloud.lastRequest().method).toBe('DELETE');
  });

  it('schedules networks to DHCP agents', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/agents/${agent}/dhcp-networks`, fx.agentNotFound, { status: 404 });
    cloud.reply('POST', `v2.0/agents/${agent}/dhcp-networks`, fx.agentNotFound, { status: 404 });
    cloud.reply('DELETE', `v2.0/agents/${agent}/dhcp-networks/${network}`, fx.agentNotFound, { status: 404 });
    cloud.reply('GET', `v2.0/networks/${network}/dhcp-agents`, fx.networkDhcpAgents);
    expect(agentNotFound(await listDhcpAgentNetworks(cloud.client, agent).all().catch((e: unknown) => e))).toEqual(AGENT_NOT_FOUND);
    expect(cloud.lastRequest().method).toBe('GET');
    expect(agentNotFound(await addDhcpAgentNetwork(cloud.client, agent, { network_id: network }).catch((e: unknown) => e))).toEqual(AGENT_NOT_FOUND);
    expect([cloud.lastRequest().method, cloud.lastRequest().json]).toEqual(['POST', { network_id: network }]);
    expect(agentNotFound(await removeDhcpAgentNetwork(cloud.client, agent, network).catch((e: unknown) => e))).toEqual(AGENT_NOT_FOUND);
    expect(cloud.lastRequest().method).toBe('DELETE');
    expect(await listNetworkDhcpAgents(cloud.client, network).all()).toEqual([]);
    expect(cloud.lastRequest().url).toBe(`http://127.0.0.1:9696/v2.0/networks/${network}/dhcp-agents`);
  });

  it('schedules routers to L3 agents', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/agents/${agent}/l3-routers`, fx.agentNotFound, { status: 404 });
    cloud.reply('POST', `v2.0/agents/${agent}/l3-routers`, fx.agentNotFound, { status: 404 });
    cloud.reply('DELETE', `v2.0/agents/${agent}/l3-routers/${router}`, fx.agentNotFound, { status: 404 });
    cloud.reply('GET', `v2.0/routers/${router}/l3-agents`, fx.routerL3Agents);
    cloud.reply('GET', `v2.0/routers/${agent}/l3-agents`, fx.routerNotFound, { status: 404 });
    expect(agentNotFound(await listL3AgentRouters(cloud.client, agent).all().catch((e: unknown) => e))).toEqual(AGENT_NOT_FOUND);
    expect(cloud.lastRequest().method).toBe('GET');
    expect(agentNotFound(await addL3AgentRouter(cloud.client, agent, { router_id: router }).catch((e: unknown) => e))).toEqual(AGENT_NOT_FOUND);
    expect([cloud.lastRequest().method, cloud.lastRequest().json]).toEqual(['POST', { router_id: router }]);
    expect(agentNotFound(await removeL3AgentRouter(cloud.client, agent, router).catch((e: unknown) => e))).toEqual(AGENT_NOT_FOUND);
    expect(cloud.lastRequest().method).toBe('DELETE');
    expect(await listRouterL3Agents(cloud.client, router).all()).toEqual([]);
    const missing = await listRouterL3Agents(cloud.client, agent).all().catch((e: unknown) => e);
    expect(isHttpError(missing, 404) && missing.serviceErrorType).toBe('RouterNotFound');
  });

  it('lists availability zones with filters', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/availability_zones?state=available&resource=network&name=nova', fx.availabilityZones);
    expect(await listNetworkAvailabilityZones(cloud.client, { state: 'available', resource: 'network', name: 'nova' }).all()).toEqual([]);
    expect(cloud.lastRequest().url).toBe('http://127.0.0.1:9696/v2.0/availability_zones?state=available&resource=network&name=nova');
    cloud.reply('GET', 'v2.0/availability_zones?name=nova&name=az2&fields=name&fields=state&limit=2&sort_key=name&sort_dir=desc&marker=nova&page_reverse=false', fx.availabilityZonesPaging);
    const query = { name: ['nova', 'az2'], fields: ['name', 'state'], limit: 2, sort_key: 'name', sort_dir: 'desc' as const, marker: 'nova', page_reverse: false };
    expect(await listNetworkAvailabilityZones(cloud.client, query).all()).toEqual([]);
    expect(cloud.lastRequest().url).toBe('http://127.0.0.1:9696/v2.0/availability_zones?name=nova&name=az2&fields=name&fields=state&limit=2&sort_key=name&sort_dir=desc&marker=nova&page_reverse=false');
  });

  it('refuses empty IDs before sending', async () => {
    const cloud = fakeNeutron();
    const cases: [() => unknown, string][] = [
      [async () => getAgent(cloud.client, ''), 'agentId'],
      [async () => updateAgent(cloud.client, '', {}), 'agentId'],
      [async () => deleteAgent(cloud.client, ''), 'agentId'],
      [() => listDhcpAgentNetworks(cloud.client, ''), 'agentId'],
      [async () => addDhcpAgentNetwork(cloud.client, '', { network_id: network }), 'agentId'],
      [async () => removeDhcpAgentNetwork(cloud.client, agent, ''), 'networkId'],
      [() => listNetworkDhcpAgents(cloud.client, ''), 'networkId'],
      [() => listL3AgentRouters(cloud.client, ''), 'agentId'],
      [async () => addL3AgentRouter(cloud.client, '', { router_id: router }), 'agentId'],
      [async () => removeL3AgentRouter(cloud.client, agent, ''), 'routerId'],
      [() => listRouterL3Agents(cloud.client, ''), 'routerId'],
    ];
    for (const [call, field] of cases) {
      const error = await rejectionOf(call);
      expect(isInvalidInputError(error) && error.field).toBe(field);
    }
    expect(cloud.requests).toHaveLength(0);
  });
});
