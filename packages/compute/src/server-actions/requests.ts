import { InputRangeError, InvalidInputError, type CallOptions, type RequestSpec, type ServiceResponse } from '@openstack-ts/core';
import { isRecord } from '@openstack-ts/core/internal';
import type { ComputeClient } from '../client.js';
import { toBase64 } from '../encoding.js';
import type { RebuiltServer } from './results.js';
import { serverActionPath } from './urls.js';

/** The body of {@link rebootServer}. */
export interface RebootServerInput {
  /** `SOFT` asks the guest to restart; `HARD` power-cycles the server. */
  type: 'SOFT' | 'HARD' | (string & {});
}

/**
 * The body of {@link rebuildServer}. Field names are the API's own; `user_data` and `personality`
 * contents are taken as plain text (or bytes) and sent base64-encoded.
 */
export interface RebuildServerInput {
  /** The image to rebuild from (the server's own image to reinstall it). */
  imageRef: string;
  name?: string;
  /** The new admin password; Nova generates one when absent (and the cloud enables passwords). */
  adminPass?: string;
  /** Replaces the server's metadata. */
  metadata?: Record<string, string>;
  /** Keep the ephemeral disk (drivers that support it). */
  preserve_ephemeral?: boolean;
  'OS-DCF:diskConfig'?: 'AUTO' | 'MANUAL';
  accessIPv4?: string;
  accessIPv6?: string;
  /** Files to inject, `contents` as plain text. Removed in microversion 2.57. */
  personality?: { path: string; contents: string }[];
  /** Microversion 2.19 and later. */
  description?: string | null;
  /** A keypair name, or `null` to remove the key. Microversion 2.54 and later. */
  key_name?: string | null;
  /** Plain text or bytes (sent base64-encoded), or `null` to remove it. Microversion 2.57 and later. */
  user_data?: string | Uint8Array | null;
  /** Certificate IDs for image signature validation, or `null` to remove them. Microversion 2.63 and later. */
  trusted_image_certificates?: string[] | null;
  /** Microversion 2.90 and later. */
  hostname?: string;
}

/** The body of {@link resizeServer}. */
export interface ResizeServerInput {
  /** The ID of the new flavor. */
  flavorRef: string;
  'OS-DCF:diskConfig'?: 'AUTO' | 'MANUAL';
}

/** The body of {@link lockServer}. */
export interface LockServerInput {
  /** Why the server is locked (1–255 characters). Microversion 2.73 and later. */
  locked_reason?: string;
}

/** The body of {@link unshelveServer}; empty unshelves where the scheduler likes. */
export interface UnshelveServerInput {
  /**
   * The availability zone to unshelve into, and pin the server to (microversion 2.77), or `null`
   * to unpin it (microversion 2.91). Only for a `SHELVED_OFFLOADED` server.
   */
  availability_zone?: string | null;
  /** Admin: the compute host to unshelve on. Only for a `SHELVED_OFFLOADED` server. Microversion 2.91 and later. */
  host?: string;
}

/** The body of {@link rescueServer}. */
export interface RescueServerInput {
  /** The password of the rescue system; Nova generates one when absent. */
  adminPass?: string;
  /** The image to boot the rescue system from; default the server's own image. */
  rescue_image_ref?: string;
}

/** The body of {@link createServerImage}. */
export interface CreateServerImageInput {
  /** The name of the new image. */
  name: string;
  /** Properties of the new image. */
  metadata?: Record<string, string>;
}

/** The body of {@link createServerBackup}. */
export interface CreateServerBackupInput {
  /** The name of the backup image. */
  name: string;
  /** A free-form label, stored as the image's `image_type`; rotation counts backups of the same type. */
  backup_type: 'daily' | 'weekly' | (string & {});
  /** How many backups of this type to keep; older ones are deleted. 0 deletes them all. */
  rotation: number;
  /** Properties of the backup image. */
  metadata?: Record<string, string>;
}

/** The body of {@link migrateServer}. */
export interface MigrateServerInput {
  /** The target compute host; the scheduler picks one when absent. Microversion 2.56 and later. */
  host?: string;
}

/** The body of {@link liveMigrateServer}. */
export interface LiveMigrateServerInput {
  /** Migrate the disks too; `'auto'` (microversion 2.25 and later) lets Nova decide from the storage. */
  block_migration: boolean | 'auto';
  /** The target compute host; absent or `null` lets the scheduler pick (sent as `null`). */
  host?: string | null;
  /** Allow disk over-commit on the target. Required before microversion 2.25, removed in 2.25. */
  disk_over_commit?: boolean;
  /** Skip the scheduler's checks of `host`. Microversions 2.30 to 2.67. */
  force?: boolean;
}

/** The body of {@link evacuateServer}. */
export interface EvacuateServerInput {
  /** The target compute host; the scheduler picks one when absent. */
  host?: string;
  /** The admin password of the rebuilt server. */
  adminPass?: string;
  /** Whether the server's disks live on shared storage. Required before microversion 2.14, removed in 2.14. */
  onSharedStorage?: boolean;
  /** Skip the scheduler's checks of `host`. Microversions 2.29 to 2.67. */
  force?: boolean;
}

/** The states {@link resetServerState} can set. */
export type ResetServerStateValue = 'active' | 'error' | (string & {});

/** The body of {@link getServerConsoleOutput}. */
export interface GetServerConsoleOutputInput {
  /** The number of lines from the end of the log; `-1` or `null` (the default) for all of it. */
  length?: number | null;
}

function requireText(value: unknown, field: string, what: string): void {
  if (typeof value !== 'string' || value === '') throw new InvalidInputError(`${what} needs a non-empty ${field}`, field);
}

function isEmpty(input: object): boolean {
  return Object.values(input).every((value) => value === undefined);
}

/** POSTs an action whose answer has no body the caller needs. */
async function act(client: ComputeClient, id: string, body: Record<string, unknown>, status: number, options: CallOptions | undefined): Promise<void> {
  return client.execute({ method: 'POST', path: serverActionPath(id), json: body, expectStatus: [status] }, options);
}

/** POSTs an action and returns its JSON body (`undefined` when empty) with the response, for headers and errors. */
async function actForJson(client: ComputeClient, spec: RequestSpec, options: CallOptions | undefined): Promise<{ body: unknown; response: ServiceResponse }> {
  const response = await client.send(spec, options);
  return { body: await response.jsonOrEmpty(), response };
}

/**
 * The new image's ID: `image_id` in the body from microversion 2.45, else the last segment of the
 * `Location` header (a Glance URL for createImage, a compute URL for createBackup).
 */
async function imageIdOf(client: ComputeClient, spec: RequestSpec, options: CallOptions | undefined): Promise<{ id: string | undefined; response: ServiceResponse }> {
  const { body, response } = await actForJson(client, spec, options);
  if (isRecord(body) && typeof body.image_id === 'string') return { id: body.image_id, response };
  const location = response.headers.get('location');
  if (location === null || location === '') return { id: undefined, response };
  const last = new URL(location, client.endpoint).pathname.split('/').filter((part) => part !== '').at(-1);
  return { id: last === undefined ? undefined : decodeURIComponent(last), response };
}

/** Reboots a server: status `REBOOT` (`SOFT`) or `HARD_REBOOT`, then `ACTIVE` again. */
export async function rebootServer(client: ComputeClient, id: string, input: RebootServerInput, options?: CallOptions): Promise<void> {
  requireText(input.type, 'type', 'A reboot');
  return act(client, id, { reboot: input }, 202, options);
}

function checkRebuildMicroversions(client: ComputeClient, input: RebuildServerInput, options: CallOptions | undefined): void {
  if (input.personality !== undefined) client.requireMicroversionBelow('2.57', 'Personality files', options);
  if (input.description !== undefined) client.requireMicroversion('2.19', 'A server description', options);
  if (input.key_name !== undefined) client.requireMicroversion('2.54', 'Changing the keypair on rebuild', options);
  if (input.user_data !== undefined) client.requireMicroversion('2.57', 'User data on rebuild', options);
  if (input.trusted_image_certificates !== undefined) client.requireMicroversion('2.63', 'Trusted image certificates', options);
  if (input.hostname !== undefined) client.requireMicroversion('2.90', 'A hostname', options);
}

function toRebuildBody(input: RebuildServerInput): Record<string, unknown> {
  const { user_data: userData, personality, ...rest } = input;
  const rebuild: Record<string, unknown> = { ...rest };
  if (userData !== undefined) rebuild.user_data = userData === null ? null : toBase64(userData);
  if (personality !== undefined) rebuild.personality = personality.map((file) => ({ path: file.path, contents: toBase64(file.contents) }));
  return { rebuild };
}

/**
 * Rebuilds a server from an image, keeping its ID, flavor and addresses, and returns it as the
 * rebuild starts (status `REBUILD`), with its new admin password. Wait for `ACTIVE` with
 * `waitForServerStatus`. Volume-backed servers can be rebuilt from microversion 2.93; fields that
 * need a newer microversion than the call uses fail before sending.
 */
export async function rebuildServer(client: ComputeClient, id: string, input: RebuildServerInput, options?: CallOptions): Promise<RebuiltServer> {
  requireText(input.imageRef, 'imageRef', 'A rebuild');
  checkRebuildMicroversions(client, input, options);
  return client.request<RebuiltServer>(
    { method: 'POST', path: serverActionPath(id), json: toRebuildBody(input), expectStatus: [202], unwrap: 'server' },
    options,
  );
}

/**
 * Resizes a server to another flavor. The server goes through `RESIZE` to `VERIFY_RESIZE`; then
 * {@link confirmServerResize} or {@link revertServerResize} (clouds may confirm automatically
 * after a while).
 */
export async function resizeServer(client: ComputeClient, id: string, input: ResizeServerInput, options?: CallOptions): Promise<void> {
  requireText(input.flavorRef, 'flavorRef', 'A resize');
  return act(client, id, { resize: input }, 202, options);
}

/** Confirms a pending resize or migration of a server in `VERIFY_RESIZE`; the old allocation is freed. Nova answers 204. */
export async function confirmServerResize(client: ComputeClient, id: string, options?: CallOptions): Promise<void> {
  return act(client, id, { confirmResize: null }, 204, options);
}

/** Reverts a pending resize or migration of a server in `VERIFY_RESIZE`: back to the old flavor (and host). */
export async function revertServerResize(client: ComputeClient, id: string, options?: CallOptions): Promise<void> {
  return act(client, id, { revertResize: null }, 202, options);
}

/** Starts a stopped (`SHUTOFF`) server (`os-start`). */
export async function startServer(client: ComputeClient, id: string, options?: CallOptions): Promise<void> {
  return act(client, id, { 'os-start': null }, 202, options);
}

/** Stops a server (`os-stop`): powers it off and its status becomes `SHUTOFF`. */
export async function stopServer(client: ComputeClient, id: string, options?: CallOptions): Promise<void> {
  return act(client, id, { 'os-stop': null }, 202, options);
}

/** Pauses a server, keeping its state in memory: status `PAUSED`. */
export async function pauseServer(client: ComputeClient, id: string, options?: CallOptions): Promise<void> {
  return act(client, id, { pause: null }, 202, options);
}

/** Unpauses a `PAUSED` server. */
export async function unpauseServer(client: ComputeClient, id: string, options?: CallOptions): Promise<void> {
  return act(client, id, { unpause: null }, 202, options);
}

/** Suspends a server, saving its state to disk: status `SUSPENDED`. */
export async function suspendServer(client: ComputeClient, id: string, options?: CallOptions): Promise<void> {
  return act(client, id, { suspend: null }, 202, options);
}

/** Resumes a `SUSPENDED` server. */
export async function resumeServer(client: ComputeClient, id: string, options?: CallOptions): Promise<void> {
  return act(client, id, { resume: null }, 202, options);
}

/**
 * Locks a server: until it is unlocked, only admins may act on it (reboot, delete, …). A
 * `locked_reason` requires microversion 2.73 and shows in the server's `locked_reason`.
 */
export async function lockServer(client: ComputeClient, id: string, input: LockServerInput = {}, options?: CallOptions): Promise<void> {
  if (input.locked_reason !== undefined) client.requireMicroversion('2.73', 'A locked_reason', options);
  return act(client, id, { lock: isEmpty(input) ? null : input }, 202, options);
}

/** Unlocks a locked server. Its owner may unlock it, unless an admin locked it. */
export async function unlockServer(client: ComputeClient, id: string, options?: CallOptions): Promise<void> {
  return act(client, id, { unlock: null }, 202, options);
}

/**
 * Shelves a server: it is snapshotted and stopped (`SHELVED`), and offloaded from its host
 * (`SHELVED_OFFLOADED`) after the cloud's `shelved_offload_time` (at once when it is 0).
 */
export async function shelveServer(client: ComputeClient, id: string, options?: CallOptions): Promise<void> {
  return act(client, id, { shelve: null }, 202, options);
}

/**
 * Unshelves a `SHELVED` or `SHELVED_OFFLOADED` server. Without input it goes where the scheduler
 * likes; an `availability_zone` (2.77, `null` to unpin from 2.91) or a `host` (admin, 2.91) apply
 * only to a `SHELVED_OFFLOADED` server (Nova answers 409 otherwise).
 */
export async function unshelveServer(client: ComputeClient, id: string, input: UnshelveServerInput = {}, options?: CallOptions): Promise<void> {
  if (input.availability_zone === null) client.requireMicroversion('2.91', 'Unpinning the availability zone', options);
  else if (input.availability_zone !== undefined) client.requireMicroversion('2.77', 'Unshelving into an availability zone', options);
  if (input.host !== undefined) client.requireMicroversion('2.91', 'Unshelving onto a host', options);
  // From 2.77 Nova refuses {"unshelve": {}}: an empty input is sent as null.
  return act(client, id, { unshelve: isEmpty(input) ? null : input }, 202, options);
}

/**
 * Offloads a `SHELVED` server from its host (`SHELVED_OFFLOADED`), freeing its resources. Admin
 * only by default; a server already offloaded gets a 409.
 */
export async function shelveOffloadServer(client: ComputeClient, id: string, options?: CallOptions): Promise<void> {
  return act(client, id, { shelveOffload: null }, 202, options);
}

/**
 * Puts a server in rescue mode (`RESCUE`): it boots a rescue system with its disks attached. Returns
 * the rescue system's admin password, given or generated, or `undefined` when the cloud disables
 * instance passwords. Rescuing a volume-backed server requires microversion 2.87.
 */
export async function rescueServer(client: ComputeClient, id: string, input: RescueServerInput = {}, options?: CallOptions): Promise<string | undefined> {
  const spec: RequestSpec = { method: 'POST', path: serverActionPath(id), json: { rescue: isEmpty(input) ? null : input }, expectStatus: [200] };
  const { body } = await actForJson(client, spec, options);
  return isRecord(body) && typeof body.adminPass === 'string' ? body.adminPass : undefined;
}

/** Ends rescue mode: the server boots from its own disk again. */
export async function unrescueServer(client: ComputeClient, id: string, options?: CallOptions): Promise<void> {
  return act(client, id, { unrescue: null }, 202, options);
}

/**
 * Snapshots a server into a new Glance image (`createImage`) and returns the image's ID, from the
 * body from microversion 2.45, from the `Location` header before. The image is created at once and
 * filled in the background: poll Glance until it is `active`. Delete it through Glance.
 */
export async function createServerImage(client: ComputeClient, id: string, input: CreateServerImageInput, options?: CallOptions): Promise<string> {
  requireText(input.name, 'name', 'An image');
  const spec: RequestSpec = { method: 'POST', path: serverActionPath(id), json: { createImage: input }, expectStatus: [202] };
  const { id: imageId, response } = await imageIdOf(client, spec, options);
  if (imageId === undefined) throw response.error('neither an image_id nor a Location header');
  return imageId;
}

/**
 * Backs a server up into a Glance image (`createBackup`), deleting the oldest backups of the same
 * `backup_type` beyond `rotation`, and returns the new image's ID. Before microversion 2.45 the ID
 * comes from the `Location` header, which Nova leaves out when `rotation` is 0: then the result is
 * `undefined`. Not for volume-backed servers.
 */
export async function createServerBackup(client: ComputeClient, id: string, input: CreateServerBackupInput, options?: CallOptions): Promise<string | undefined> {
  requireText(input.name, 'name', 'A backup');
  requireText(input.backup_type, 'backup_type', 'A backup');
  if (!Number.isInteger(input.rotation) || input.rotation < 0) throw new InputRangeError(`rotation must be an integer of 0 or more, got ${String(input.rotation)}`, 'rotation');
  const spec: RequestSpec = { method: 'POST', path: serverActionPath(id), json: { createBackup: input }, expectStatus: [202] };
  const { id: imageId } = await imageIdOf(client, spec, options);
  return imageId;
}

/** Changes a server's admin password (`changePassword`); the virt driver must support it (501 otherwise). */
export async function changeServerPassword(client: ComputeClient, id: string, adminPass: string, options?: CallOptions): Promise<void> {
  requireText(adminPass, 'adminPass', 'A password change');
  return act(client, id, { changePassword: { adminPass } }, 202, options);
}

/**
 * Cold-migrates a server to another host (`migrate`): it moves while stopped and lands in
 * `VERIFY_RESIZE`, to confirm or revert like a resize. Admin only by default; a `host` requires
 * microversion 2.56.
 */
export async function migrateServer(client: ComputeClient, id: string, input: MigrateServerInput = {}, options?: CallOptions): Promise<void> {
  if (input.host !== undefined) client.requireMicroversion('2.56', 'Choosing the host of a cold migration', options);
  return act(client, id, { migrate: isEmpty(input) ? null : input }, 202, options);
}

function checkLiveMigrate(client: ComputeClient, input: LiveMigrateServerInput, options: CallOptions | undefined): void {
  const allowed: readonly unknown[] = [true, false, 'auto'];
  if (!allowed.includes(input.block_migration)) {
    throw new InvalidInputError("A live migration needs block_migration: true, false or 'auto'", 'block_migration');
  }
  if (input.block_migration === 'auto') client.requireMicroversion('2.25', "block_migration: 'auto'", options);
  if (input.disk_over_commit !== undefined) client.requireMicroversionBelow('2.25', 'disk_over_commit', options);
  else if (!client.microversionAtLeast('2.25', options)) {
    throw new InvalidInputError('disk_over_commit is required before microversion 2.25', 'disk_over_commit');
  }
  if (input.force !== undefined) {
    client.requireMicroversion('2.30', 'Forcing a live migration', options);
    client.requireMicroversionBelow('2.68', 'Forcing a live migration', options);
  }
}

/**
 * Live-migrates a running server to another host (`os-migrateLive`). Admin only by default.
 * From microversion 2.34 Nova checks the target after answering 202: a migration that cannot
 * happen leaves the server `ACTIVE` on its host, with a migration record in `error`; before 2.34
 * the checks fail the request (400, "No valid host was found").
 */
export async function liveMigrateServer(client: ComputeClient, id: string, input: LiveMigrateServerInput, options?: CallOptions): Promise<void> {
  checkLiveMigrate(client, input, options);
  return act(client, id, { 'os-migrateLive': { ...input, host: input.host ?? null } }, 202, options);
}

/**
 * Rebuilds a server of a failed compute host on another host (`evacuate`). Admin only; the
 * source host's compute service must be down (Nova answers 400 otherwise). Returns the admin
 * password before microversion 2.14 (when the cloud enables passwords), `undefined` from 2.14 on.
 * From microversion 2.95 the evacuated server ends up stopped (`SHUTOFF`).
 */
export async function evacuateServer(client: ComputeClient, id: string, input: EvacuateServerInput = {}, options?: CallOptions): Promise<string | undefined> {
  if (input.onSharedStorage !== undefined) client.requireMicroversionBelow('2.14', 'onSharedStorage', options);
  else if (!client.microversionAtLeast('2.14', options)) {
    throw new InvalidInputError('onSharedStorage is required before microversion 2.14', 'onSharedStorage');
  }
  if (input.force !== undefined) {
    client.requireMicroversion('2.29', 'Forcing an evacuation', options);
    client.requireMicroversionBelow('2.68', 'Forcing an evacuation', options);
  }
  const spec: RequestSpec = { method: 'POST', path: serverActionPath(id), json: { evacuate: input }, expectStatus: [200] };
  const { body } = await actForJson(client, spec, options);
  return isRecord(body) && typeof body.adminPass === 'string' ? body.adminPass : undefined;
}

/**
 * Sets a server's state in Nova's database (`os-resetState`): `active` or `error`, and clears its
 * task state. Admin only; nothing happens on the hypervisor.
 */
export async function resetServerState(client: ComputeClient, id: string, state: ResetServerStateValue, options?: CallOptions): Promise<void> {
  requireText(state, 'state', 'A state reset');
  return act(client, id, { 'os-resetState': { state } }, 202, options);
}

/**
 * Resets a server's networking (`resetNetwork`), an action of nova-network. Removed in Nova 23.0.0
 * (Wallaby): current clouds answer 410 Gone, raised as `HttpError`.
 */
export async function resetServerNetwork(client: ComputeClient, id: string, options?: CallOptions): Promise<void> {
  return act(client, id, { resetNetwork: null }, 202, options);
}

/** Injects the server's network information into it again (`injectNetworkInfo`). Admin only. */
export async function injectServerNetworkInfo(client: ComputeClient, id: string, options?: CallOptions): Promise<void> {
  return act(client, id, { injectNetworkInfo: null }, 202, options);
}

/**
 * Restores a soft-deleted server (`restore`), status `SOFT_DELETED` back to `ACTIVE`. Only clouds
 * with `reclaim_instance_interval` set soft-delete; other servers get a 409.
 */
export async function restoreServer(client: ComputeClient, id: string, options?: CallOptions): Promise<void> {
  return act(client, id, { restore: null }, 202, options);
}

/**
 * Triggers a crash dump in the server's guest (`trigger_crash_dump`), followed by a reboot: data
 * may be lost. Requires microversion 2.17. Nova answers 400 when the driver or configuration
 * cannot dump, 409 when the server's state does not allow it.
 */
export async function triggerServerCrashDump(client: ComputeClient, id: string, options?: CallOptions): Promise<void> {
  client.requireMicroversion('2.17', 'Triggering a crash dump', options);
  return act(client, id, { trigger_crash_dump: null }, 202, options);
}

/** Adds a security group, by name, to every port of a server (`addSecurityGroup`); 404 when the server has no port. */
export async function addServerSecurityGroup(client: ComputeClient, id: string, name: string, options?: CallOptions): Promise<void> {
  requireText(name, 'name', 'addSecurityGroup');
  return act(client, id, { addSecurityGroup: { name } }, 202, options);
}

/** Removes a security group, by name, from a server's ports (`removeSecurityGroup`); 404 when it is not there. */
export async function removeServerSecurityGroup(client: ComputeClient, id: string, name: string, options?: CallOptions): Promise<void> {
  requireText(name, 'name', 'removeSecurityGroup');
  return act(client, id, { removeSecurityGroup: { name } }, 202, options);
}

/** Returns a server's console log (`os-getConsoleOutput`), all of it or its last `length` lines. */
export async function getServerConsoleOutput(client: ComputeClient, id: string, input: GetServerConsoleOutputInput = {}, options?: CallOptions): Promise<string> {
  if (typeof input.length === 'number' && (!Number.isInteger(input.length) || input.length < -1)) {
    throw new InputRangeError(`length must be an integer of -1 or more, got ${String(input.length)}`, 'length');
  }
  const spec: RequestSpec = { method: 'POST', path: serverActionPath(id), json: { 'os-getConsoleOutput': input }, expectStatus: [200] };
  const { body, response } = await actForJson(client, spec, options);
  if (!isRecord(body) || typeof body.output !== 'string') throw response.error('the body has no "output" string');
  return body.output;
}
