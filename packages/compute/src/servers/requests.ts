import type { ComputeClient } from '../client.js';
import { InvalidInputError, findIdOrName, linkedPages, paginate, type CallOptions, type FoundId, type Paged, type QueryValue } from '@openstack-ts/core';
import { joinListFilters } from '@openstack-ts/core/internal';
import type { SortDirection } from '../common.js';
import { toBase64 } from '../encoding.js';
import type { CreatedServer, Server, ServerStatus, ServerSummary } from './results.js';
import { serverActionPath, serverPath, serversDetailPath, serversPath } from './urls.js';

/**
 * Filters of {@link listServers} and {@link listServerSummaries}; each field is the query
 * parameter of the same name. Most filters other than `name`, `status`, `image`, `flavor`, `ip`,
 * `changes-since` and the tags are admin only (non-admins get all servers back, unfiltered, for
 * those). `name`, `ip` and `ip6` are regular expressions.
 */
export interface ListServersQuery {
  access_ip_v4?: string;
  access_ip_v6?: string;
  /** Admin: servers of every project. */
  all_tenants?: boolean;
  auto_disk_config?: boolean;
  availability_zone?: string;
  'changes-since'?: string;
  /** Microversion 2.66 and later. */
  'changes-before'?: string;
  config_drive?: string;
  created_at?: string;
  /** Admin: deleted servers too. */
  deleted?: boolean;
  /** Microversion 2.83 and later for non-admins. */
  description?: string;
  flavor?: string;
  host?: string;
  hostname?: string;
  image?: string;
  ip?: string;
  ip6?: string;
  kernel_id?: string;
  key_name?: string;
  launch_index?: number;
  launched_at?: string;
  /** Microversion 2.73 and later. */
  locked?: boolean;
  locked_by?: 'admin' | 'owner';
  name?: string;
  node?: string;
  power_state?: number;
  progress?: number;
  project_id?: string;
  ramdisk_id?: string;
  reservation_id?: string;
  root_device_name?: string;
  soft_deleted?: boolean;
  status?: ServerStatus;
  task_state?: string;
  terminated_at?: string;
  user_id?: string;
  uuid?: string;
  vm_state?: string;
  /** Servers with every one of these tags. Microversion 2.26 and later. */
  tags?: string[];
  /** Servers with any of these tags. Microversion 2.26 and later. */
  'tags-any'?: string[];
  /** Servers without all of these tags. Microversion 2.26 and later. */
  'not-tags'?: string[];
  /** Servers without any of these tags. Microversion 2.26 and later. */
  'not-tags-any'?: string[];
  sort_key?: string;
  sort_dir?: SortDirection;
  /** Page size; the listing still yields every server. */
  limit?: number;
  marker?: string;
}

/** A network to attach a new server to: by network, by port, or with a fixed IP. */
export interface ServerNetwork {
  uuid?: string;
  port?: string;
  fixed_ip?: string;
  /** A device tag. Microversion 2.32 and later (2.37–2.41 excepted). */
  tag?: string;
}

/** One block device mapping (v2) of a new server. */
export interface BlockDeviceMapping {
  source_type: 'volume' | 'snapshot' | 'image' | 'blank';
  destination_type?: 'volume' | 'local';
  uuid?: string;
  boot_index?: number | null;
  volume_size?: number;
  delete_on_termination?: boolean;
  device_name?: string;
  device_type?: string;
  disk_bus?: string;
  guest_format?: string;
  no_device?: boolean;
  /** Microversion 2.42 and later. */
  tag?: string;
  /** Microversion 2.67 and later. */
  volume_type?: string;
}

/** The input of {@link createServer}. Field names are the API's own, with three conveniences noted. */
export interface CreateServerInput {
  name: string;
  flavorRef: string;
  /** Omit (or `''`) to boot from a volume given in `block_device_mapping_v2`. */
  imageRef?: string;
  /**
   * `'auto'` (Nova allocates a network), `'none'`, or a list. Required from microversion 2.37;
   * `'auto'` and `'none'` need 2.37.
   */
  networks?: 'auto' | 'none' | ServerNetwork[];
  block_device_mapping_v2?: BlockDeviceMapping[];
  /** Convenience: plain text or bytes; sent base64-encoded as the API wants. */
  user_data?: string | Uint8Array;
  /** Files to inject. Removed in microversion 2.57. `contents` is plain text; sent base64-encoded. */
  personality?: { path: string; contents: string }[];
  key_name?: string;
  /** Convenience: security group names, sent as `[{ name }]`. */
  security_groups?: string[];
  availability_zone?: string;
  metadata?: Record<string, string>;
  config_drive?: boolean;
  accessIPv4?: string;
  accessIPv6?: string;
  adminPass?: string;
  'OS-DCF:diskConfig'?: 'AUTO' | 'MANUAL';
  min_count?: number;
  max_count?: number;
  return_reservation_id?: boolean;
  /** Microversion 2.19 and later. */
  description?: string | null;
  /** Microversion 2.52 and later. */
  tags?: string[];
  /** Microversion 2.63 and later. */
  trusted_image_certificates?: string[];
  /** Admin: the compute host. Microversion 2.74 and later. */
  host?: string;
  /** Admin: the hypervisor. Microversion 2.74 and later. */
  hypervisor_hostname?: string;
  /** Microversion 2.90 and later. */
  hostname?: string;
  /** Convenience: sent beside the server as `os:scheduler_hints`. */
  scheduler_hints?: Record<string, unknown>;
}

/** The input of {@link updateServer}. */
export interface UpdateServerInput {
  name?: string;
  accessIPv4?: string;
  accessIPv6?: string;
  'OS-DCF:diskConfig'?: 'AUTO' | 'MANUAL';
  /** Microversion 2.19 and later. */
  description?: string | null;
  /** Microversion 2.90 and later. */
  hostname?: string;
}

const TAG_FILTERS = ['tags', 'tags-any', 'not-tags', 'not-tags-any'] as const;

/** The query of a server listing; refuses (when the listing starts) filters the microversion lacks. */
function toListQuery(client: ComputeClient, query: ListServersQuery, options: CallOptions | undefined): Record<string, QueryValue> {
  for (const key of TAG_FILTERS) if (query[key] !== undefined) client.requireMicroversion('2.26', `The ${key} filter`, options);
  if (query['changes-before'] !== undefined) client.requireMicroversion('2.66', 'The changes-before filter', options);
  if (query.locked !== undefined) client.requireMicroversion('2.73', 'The locked filter', options);
  return joinListFilters(query, TAG_FILTERS); // Nova wants one comma-separated value
}

/**
 * Lists servers with their details. Sends nothing until iteration starts; a filter the
 * microversion lacks (tags: 2.26, `changes-before`: 2.66, `locked`: 2.73) rejects the iteration
 * before any request.
 */
export function listServers(client: ComputeClient, query: ListServersQuery = {}, options?: CallOptions): Paged<Server> {
  return paginate<Server>(
    client,
    () => ({ path: serversDetailPath(), query: toListQuery(client, query, options), itemsKey: 'servers', strategy: linkedPages('servers_links') }),
    options,
  );
}

/** Lists servers as ID, name and links only (cheaper than {@link listServers}); the same filters. */
export function listServerSummaries(client: ComputeClient, query: ListServersQuery = {}, options?: CallOptions): Paged<ServerSummary> {
  return paginate<ServerSummary>(
    client,
    () => ({ path: serversPath(), query: toListQuery(client, query, options), itemsKey: 'servers', strategy: linkedPages('servers_links') }),
    options,
  );
}

/** Shows one server. */
export async function getServer(client: ComputeClient, id: string, options?: CallOptions): Promise<Server> {
  return client.request<Server>({ method: 'GET', path: serverPath(id), unwrap: 'server' }, options);
}

function checkCreateMicroversions(client: ComputeClient, input: CreateServerInput, options: CallOptions | undefined): void {
  if (typeof input.networks === 'string') client.requireMicroversion('2.37', `networks: '${input.networks}'`, options);
  else if (input.networks === undefined && client.microversionAtLeast('2.37', options)) {
    throw new InvalidInputError("networks is required from microversion 2.37: give a list, 'auto' or 'none'", 'networks');
  }
  if (input.personality !== undefined) client.requireMicroversionBelow('2.57', 'Personality files', options);
  if (input.description !== undefined) client.requireMicroversion('2.19', 'A server description', options);
  if (input.tags !== undefined) client.requireMicroversion('2.52', 'Tags at creation', options);
  if (input.trusted_image_certificates !== undefined) client.requireMicroversion('2.63', 'Trusted image certificates', options);
  if (input.host !== undefined || input.hypervisor_hostname !== undefined) client.requireMicroversion('2.74', 'Choosing the host or hypervisor', options);
  if (input.hostname !== undefined) client.requireMicroversion('2.90', 'A hostname', options);
  if (input.block_device_mapping_v2?.some((bdm) => bdm.tag !== undefined) === true) client.requireMicroversion('2.42', 'Block device tags', options);
  if (input.block_device_mapping_v2?.some((bdm) => bdm.volume_type !== undefined) === true) client.requireMicroversion('2.67', 'A volume type in a block device mapping', options);
  if (Array.isArray(input.networks) && input.networks.some((network) => network.tag !== undefined)) client.requireMicroversion('2.32', 'Network device tags', options);
}

function toCreateServerBody(input: CreateServerInput): Record<string, unknown> {
  const { scheduler_hints: hints, user_data: userData, personality, security_groups: groups, ...rest } = input;
  const server: Record<string, unknown> = { ...rest };
  if (userData !== undefined) server.user_data = toBase64(userData);
  if (personality !== undefined) server.personality = personality.map((file) => ({ path: file.path, contents: toBase64(file.contents) }));
  if (groups !== undefined) server.security_groups = groups.map((name) => ({ name }));
  return hints === undefined ? { server } : { server, 'os:scheduler_hints': hints };
}

/**
 * Creates a server. Nova answers at once with the ID (and admin password); the server then
 * builds: wait for it with `waitForServerStatus(client, id, 'ACTIVE')`. Fields that need a newer
 * microversion than the call uses fail before sending, naming the microversion.
 */
export async function createServer(client: ComputeClient, input: CreateServerInput, options?: CallOptions): Promise<CreatedServer> {
  if (typeof input.name !== 'string' || input.name === '') throw new InvalidInputError('A server needs a name', 'name');
  if (typeof input.flavorRef !== 'string' || input.flavorRef === '') throw new InvalidInputError('A server needs a flavorRef', 'flavorRef');
  checkCreateMicroversions(client, input, options);
  return client.request<CreatedServer>(
    { method: 'POST', path: serversPath(), json: toCreateServerBody(input), expectStatus: [202], unwrap: 'server' },
    options,
  );
}

/** Updates a server's name, access IPs, disk config, description (2.19) or hostname (2.90). */
export async function updateServer(client: ComputeClient, id: string, input: UpdateServerInput, options?: CallOptions): Promise<Server> {
  if (input.description !== undefined) client.requireMicroversion('2.19', 'A server description', options);
  if (input.hostname !== undefined) client.requireMicroversion('2.90', 'A hostname', options);
  return client.request<Server>({ method: 'PUT', path: serverPath(id), json: { server: input }, expectStatus: [200], unwrap: 'server' }, options);
}

/** Deletes a server. Deletion is asynchronous: wait with `waitForServerDeleted`. */
export async function deleteServer(client: ComputeClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: serverPath(id), expectStatus: [204] }, options);
}

/** Deletes a soft-deleted server at once (`forceDelete` action). */
export async function forceDeleteServer(client: ComputeClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'POST', path: serverActionPath(id), json: { forceDelete: null }, expectStatus: [202] }, options);
}

/**
 * Resolves a server ID or name to its ID: tried as an ID first (`GET /servers/{id}`), then as a
 * name exactly one server of the project has. Rejects with `NameLookupError` when neither matches
 * or several servers have the name, with `InvalidInputError` for an empty input.
 */
export async function findServerId(client: ComputeClient, nameOrId: string, options?: CallOptions): Promise<FoundId> {
  return findIdOrName<ServerSummary>({
    nameOrId,
    what: 'server',
    get: async (id) => getServer(client, id, options),
    // Nova's name filter is a regular expression: anchor and escape it; findIdOrName then matches exactly.
    list: () => listServerSummaries(client, { name: `^${nameOrId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` }, options),
  });
}
