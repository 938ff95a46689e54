import { InvalidInputError, paginate, singlePage, type CallOptions, type Paged } from '@openstack-ts/core';
import { isRecord } from '@openstack-ts/core/internal';
import type { BlockStorageClient } from '../client.js';
import type { BlockStorageService, BlockStorageServiceChange } from './results.js';
import { serviceActionPath, servicesPath } from './urls.js';

/** Filters of {@link listServices}. */
export interface ListServicesQuery {
  host?: string;
  binary?: string;
}

/** Which service to enable or disable: its host (`host@backend` for a volume service) and binary. */
export interface ServiceHostInput {
  host: string;
  binary: string;
}

/** The input of {@link disableService}. */
export interface DisableServiceInput extends ServiceHostInput {
  /** Why; sent with Cinder's `disable-log-reason` and shown in the listing's `disabled_reason`. */
  disabled_reason?: string;
}

function requireHost(input: unknown, needsBinary: boolean): void {
  if (!isRecord(input) || typeof input.host !== 'string' || input.host === '') throw new InvalidInputError('A service call needs a host', 'host');
  if (needsBinary && (typeof input.binary !== 'string' || input.binary === '')) throw new InvalidInputError('A service call needs a binary', 'binary');
}

/** Lists the Cinder services (`GET /os-services`), all in one page. Admin only. */
export function listServices(client: BlockStorageClient, query: ListServicesQuery = {}, options?: CallOptions): Paged<BlockStorageService> {
  return paginate<BlockStorageService>(client, () => ({ path: servicesPath(), query: { ...query }, expectStatus: [200], itemsKey: 'services', strategy: singlePage() }), options);
}

/** Enables a service (`PUT /os-services/enable`). Admin only; an unknown host or binary answers 404. */
export async function enableService(client: BlockStorageClient, input: ServiceHostInput, options?: CallOptions): Promise<BlockStorageServiceChange> {
  requireHost(input, true);
  return client.request<BlockStorageServiceChange>(
    { method: 'PUT', path: serviceActionPath('enable'), json: { host: input.host, binary: input.binary }, expectStatus: [200] },
    options,
  );
}

/**
 * Disables a service (`PUT /os-services/disable`, or `disable-log-reason` with a reason): the
 * scheduler stops placing volumes or backups on it. Admin only.
 */
export async function disableService(client: BlockStorageClient, input: DisableServiceInput, options?: CallOptions): Promise<BlockStorageServiceChange> {
  requireHost(input, true);
  const withReason = input.disabled_reason !== undefined;
  const body = withReason ? { host: input.host, binary: input.binary, disabled_reason: input.disabled_reason } : { host: input.host, binary: input.binary };
  return client.request<BlockStorageServiceChange>(
    { method: 'PUT', path: serviceActionPath(withReason ? 'disable-log-reason' : 'disable'), json: body, expectStatus: [200] },
    options,
  );
}

/**
 * Freezes a volume host (`PUT /os-services/freeze`): Cinder refuses management operations
 * (create, delete, …) on its volumes until {@link thawHost}. Meant for replication failover.
 * Admin only; a host with no service answers 400.
 */
export async function freezeHost(client: BlockStorageClient, host: string, options?: CallOptions): Promise<void> {
  requireHost({ host }, false);
  return client.execute({ method: 'PUT', path: serviceActionPath('freeze'), json: { host }, expectStatus: [200] }, options);
}

/** Thaws a frozen volume host (`PUT /os-services/thaw`). Admin only; a host with no service answers 400. */
export async function thawHost(client: BlockStorageClient, host: string, options?: CallOptions): Promise<void> {
  requireHost({ host }, false);
  return client.execute({ method: 'PUT', path: serviceActionPath('thaw'), json: { host }, expectStatus: [200] }, options);
}
