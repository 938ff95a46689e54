import type { ComputeClient } from '../client.js';
import { InvalidInputError, paginate, singlePage, type CallOptions, type Paged } from '@openstack-ts/core';
import type { ComputeService, ComputeServiceChange } from './results.js';
import { serviceLegacyActionPath, servicePath, servicesPath } from './urls.js';

/** Filters of {@link listComputeServices}; each field is the query parameter of the same name. */
export interface ListComputeServicesQuery {
  /** Only services of this binary (`nova-compute`). */
  binary?: string;
  /** Only services on this host. */
  host?: string;
}

/** The body of {@link updateComputeService}. Requires microversion 2.53. */
export interface UpdateComputeServiceInput {
  /** Enable or disable scheduling to the service. */
  status?: 'enabled' | 'disabled';
  /** Why the service is disabled (1 to 255 characters); only with `status: 'disabled'`. */
  disabled_reason?: string;
  /**
   * Marks the service as fenced (hard powered off or cut from the network), so that evacuation
   * may proceed. Setting it without fencing the host risks corrupting its servers.
   */
  forced_down?: boolean;
}

/** Names a service for the calls of microversions before 2.53. */
export interface ComputeServiceHostInput {
  /** The service's host. */
  host: string;
  /** The service's binary: only `nova-compute` can be changed. */
  binary: 'nova-compute' | (string & {});
}

/** The body of {@link disableComputeService}. */
export interface DisableComputeServiceInput extends ComputeServiceHostInput {
  /** Why the service is disabled; sent to `disable-log-reason` instead of `disable`. */
  disabled_reason?: string;
}

/** The body of {@link forceDownComputeService}. */
export interface ForceDownComputeServiceInput extends ComputeServiceHostInput {
  forced_down: boolean;
}

/** Lists the Nova services (not the API services) with their state. Admin only. All in one page. */
export function listComputeServices(client: ComputeClient, query: ListComputeServicesQuery = {}, options?: CallOptions): Paged<ComputeService> {
  return paginate<ComputeService>(client, () => ({ path: servicesPath(), query: { ...query }, itemsKey: 'services', strategy: singlePage() }), options);
}

/**
 * Enables or disables scheduling to a nova-compute service, records why, or sets its
 * `forced_down` flag; returns the service. Admin only. Requires microversion 2.53, where the ID
 * is the service's UUID; before 2.53 use {@link enableComputeService},
 * {@link disableComputeService} and {@link forceDownComputeService}. Other binaries are refused (400).
 */
export async function updateComputeService(client: ComputeClient, id: string, input: UpdateComputeServiceInput, options?: CallOptions): Promise<ComputeService> {
  client.requireMicroversion('2.53', 'Updating a service by ID', options);
  if (input.disabled_reason !== undefined && input.status !== 'disabled') {
    throw new InvalidInputError("disabled_reason goes only with status: 'disabled'", 'disabled_reason');
  }
  return client.request<ComputeService>({ method: 'PUT', path: servicePath(id), json: input, expectStatus: [200], unwrap: 'service' }, options);
}

async function legacyUpdate(
  client: ComputeClient,
  action: Parameters<typeof serviceLegacyActionPath>[0],
  body: ComputeServiceHostInput & Record<string, unknown>,
  options: CallOptions | undefined,
): Promise<ComputeServiceChange> {
  if (typeof body.host !== 'string' || body.host === '') throw new InvalidInputError('host must be a non-empty string', 'host');
  if (typeof body.binary !== 'string' || body.binary === '') throw new InvalidInputError('binary must be a non-empty string', 'binary');
  return client.request<ComputeServiceChange>(
    { method: 'PUT', path: serviceLegacyActionPath(action), json: body, expectStatus: [200], unwrap: 'service' },
    options,
  );
}

/**
 * Enables scheduling to a nova-compute service named by host and binary (`PUT
 * /os-services/enable`). Admin only. Microversions before 2.53 only (refused before sending from
 * 2.53): use {@link updateComputeService} then.
 */
export async function enableComputeService(client: ComputeClient, input: ComputeServiceHostInput, options?: CallOptions): Promise<ComputeServiceChange> {
  client.requireMicroversionBelow('2.53', 'Enabling a service by host and binary', options);
  return legacyUpdate(client, 'enable', { ...input }, options);
}

/**
 * Disables scheduling to a nova-compute service named by host and binary (`PUT
 * /os-services/disable`, or `disable-log-reason` with a reason). Admin only. Microversions before
 * 2.53 only (refused before sending from 2.53): use {@link updateComputeService} then.
 */
export async function disableComputeService(client: ComputeClient, input: DisableComputeServiceInput, options?: CallOptions): Promise<ComputeServiceChange> {
  client.requireMicroversionBelow('2.53', 'Disabling a service by host and binary', options);
  return legacyUpdate(client, input.disabled_reason === undefined ? 'disable' : 'disable-log-reason', { ...input }, options);
}

/**
 * Sets or clears the `forced_down` flag of a nova-compute service named by host and binary (`PUT
 * /os-services/force-down`). Admin only. Requires microversion 2.11, and is refused before
 * sending from 2.53: use {@link updateComputeService} then.
 */
export async function forceDownComputeService(client: ComputeClient, input: ForceDownComputeServiceInput, options?: CallOptions): Promise<ComputeServiceChange> {
  client.requireMicroversion('2.11', 'Forcing a service down', options);
  client.requireMicroversionBelow('2.53', 'Forcing a service down by host and binary', options);
  return legacyUpdate(client, 'force-down', { ...input }, options);
}

/**
 * Deletes a service record: a UUID from microversion 2.53, an integer ID before. Admin only.
 * Stop the service first. Deleting a nova-compute service also removes its host from every
 * aggregate and its resource provider; Nova refuses (409) while it hosts servers or migrations.
 */
export async function deleteComputeService(client: ComputeClient, id: string | number, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: servicePath(id), expectStatus: [204] }, options);
}
