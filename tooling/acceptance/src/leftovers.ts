/**
 * After the acceptance run: lists every resource whose name starts with the test prefix, in every
 * service the cloud has, so a test that forgot to clean up is noticed.
 */
import { providerFromCloud } from '@openstack-ts/config';
import { createServiceClient, type ProviderClient } from '@openstack-ts/core';
import { serviceTypeCandidates } from '@openstack-ts/core/internal';
import { PREFIX } from './cloud.js';

interface Probe {
  service: string;
  what: string;
  path: string;
  itemsKey: string | null;
  base?: string;
  /** Probe with the member cloud (per-project resources such as Swift containers and keypairs). */
  asMember?: boolean;
}

const PROBES: Probe[] = [
  { service: 'identity', what: 'project', path: 'projects', itemsKey: 'projects' },
  { service: 'identity', what: 'user', path: 'users', itemsKey: 'users' },
  { service: 'identity', what: 'group', path: 'groups', itemsKey: 'groups' },
  { service: 'identity', what: 'role', path: 'roles', itemsKey: 'roles' },
  { service: 'identity', what: 'domain', path: 'domains', itemsKey: 'domains' },
  { service: 'identity', what: 'region', path: 'regions', itemsKey: 'regions' },
  { service: 'identity', what: 'catalog service', path: 'services', itemsKey: 'services' },
  { service: 'identity', what: 'endpoint', path: 'endpoints', itemsKey: 'endpoints' },
  { service: 'compute', what: 'server', path: 'servers/detail?all_tenants=1', itemsKey: 'servers' },
  { service: 'compute', what: 'flavor', path: 'flavors/detail?is_public=None', itemsKey: 'flavors' },
  { service: 'compute', what: 'keypair (admin)', path: 'os-keypairs', itemsKey: 'keypairs' },
  { service: 'compute', what: 'keypair (member)', path: 'os-keypairs', itemsKey: 'keypairs', asMember: true },
  { service: 'compute', what: 'server group', path: 'os-server-groups?all_projects=True', itemsKey: 'server_groups' },
  { service: 'compute', what: 'aggregate', path: 'os-aggregates', itemsKey: 'aggregates' },
  { service: 'network', what: 'network', path: 'networks', itemsKey: 'networks', base: 'v2.0/' },
  { service: 'network', what: 'subnet', path: 'subnets', itemsKey: 'subnets', base: 'v2.0/' },
  { service: 'network', what: 'port', path: 'ports', itemsKey: 'ports', base: 'v2.0/' },
  { service: 'network', what: 'router', path: 'routers', itemsKey: 'routers', base: 'v2.0/' },
  { service: 'network', what: 'security group', path: 'security-groups', itemsKey: 'security_groups', base: 'v2.0/' },
  { service: 'network', what: 'floating IP', path: 'floatingips', itemsKey: 'floatingips', base: 'v2.0/' },
  { service: 'network', what: 'subnet pool', path: 'subnetpools', itemsKey: 'subnetpools', base: 'v2.0/' },
  { service: 'network', what: 'address scope', path: 'address-scopes', itemsKey: 'address_scopes', base: 'v2.0/' },
  { service: 'network', what: 'address group', path: 'address-groups', itemsKey: 'address_groups', base: 'v2.0/' },
  { service: 'network', what: 'QoS policy', path: 'qos/policies', itemsKey: 'policies', base: 'v2.0/' },
  { service: 'network', what: 'segment', path: 'segments', itemsKey: 'segments', base: 'v2.0/' },
  { service: 'image', what: 'image', path: 'v2/images', itemsKey: 'images' },
  { service: 'block-storage', what: 'volume', path: 'volumes/detail?all_tenants=1', itemsKey: 'volumes' },
  { service: 'block-storage', what: 'snapshot', path: 'snapshots/detail?all_tenants=1', itemsKey: 'snapshots' },
  { service: 'block-storage', what: 'volume type', path: 'types?is_public=None', itemsKey: 'types' },
  { service: 'block-storage', what: 'QoS spec', path: 'qos-specs', itemsKey: 'qos_specs' },
  { service: 'block-storage', what: 'backup', path: 'backups/detail?all_tenants=1', itemsKey: 'backups' },
  { service: 'block-storage', what: 'volume transfer', path: 'os-volume-transfer/detail?all_tenants=1', itemsKey: 'transfers' },
  { service: 'placement', what: 'resource provider', path: 'resource_providers', itemsKey: 'resource_providers' },
  { service: 'object-store', what: 'container (admin)', path: '?format=json', itemsKey: null },
  { service: 'object-store', what: 'container (member)', path: '?format=json', itemsKey: null, asMember: true },
  // Heat's policy keeps global_tenant listings from admins here: look in each project instead.
  { service: 'orchestration', what: 'stack (admin)', path: 'stacks', itemsKey: 'stacks' },
  { service: 'orchestration', what: 'stack (member)', path: 'stacks', itemsKey: 'stacks', asMember: true },
];

function nameOf(item: unknown): string | undefined {
  if (item === null || typeof item !== 'object') return undefined;
  let record = item as Record<string, unknown>;
  // Nova wraps each keypair of a listing: { "keypair": { "name": … } }.
  if (record.keypair !== null && typeof record.keypair === 'object') record = record.keypair as Record<string, unknown>;
  for (const key of ['name', 'stack_name', 'description', 'id']) {
    const value = record[key];
    if (typeof value === 'string' && value.startsWith(PREFIX)) return value;
  }
  return undefined;
}

/** One line per leftover resource, and one per service that could not be checked. */
export async function findLeftovers(memberCloud: string, adminCloud: string | undefined): Promise<{ leftovers: string[]; unchecked: string[] }> {
  const member = await providerFromCloud(memberCloud);
  const admin = adminCloud === undefined ? undefined : await providerFromCloud(adminCloud);
  const offered = new Set(member.catalog.map((entry) => entry.type));
  const leftovers: string[] = [];
  const unchecked: string[] = [];
  for (const probe of PROBES) {
    if (!serviceTypeCandidates(probe.service).some((type) => offered.has(type))) continue;
    const provider: ProviderClient | undefined = probe.asMember === true ? member : admin;
    if (provider === undefined) {
      unchecked.push(`${probe.what}: needs the admin cloud`);
      continue;
    }
    try {
      const client = await createServiceClient(provider, { type: probe.service, base: probe.base });
      const body = await client.request<unknown>({ method: 'GET', path: probe.path });
      const items: unknown = probe.itemsKey === null ? body : (body as Record<string, unknown> | undefined)?.[probe.itemsKey];
      for (const item of Array.isArray(items) ? items : []) {
        const name = nameOf(item);
        if (name !== undefined) leftovers.push(`${probe.service} ${probe.what}: ${name}`);
      }
    } catch (error) {
      unchecked.push(`${probe.what}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  // Application credentials belong to a user: look in the member's and the admin's.
  for (const [who, provider] of [['member', member], ['admin', admin]] as const) {
    const userId = provider?.token?.body.user.id;
    if (provider === undefined || userId === undefined) continue;
    try {
      const identity = await createServiceClient(provider, { type: 'identity' });
      const body = await identity.request<{ application_credentials?: unknown[] }>({ method: 'GET', path: `users/${userId}/application_credentials` });
      for (const item of body.application_credentials ?? []) {
        const name = nameOf(item);
        if (name !== undefined) leftovers.push(`identity application credential (${who}): ${name}`);
      }
    } catch (error) {
      unchecked.push(`application credentials (${who}): ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { leftovers, unchecked };
}
