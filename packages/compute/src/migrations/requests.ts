import type { ComputeClient } from '../client.js';
import { linkedPages, paginate, singlePage, type CallOptions, type Paged } from '@openstack-ts/core';
import type { Migration, MigrationStatus, MigrationType, ServerMigration } from './results.js';
import { migrationsPath, serverMigrationActionPath, serverMigrationPath, serverMigrationsPath } from './urls.js';

/**
 * Filters and paging of {@link listMigrations}; each field is the query parameter of the same
 * name. (The API's `hidden` filter is left out: Nova never sets the flag it filters on.)
 */
export interface ListMigrationsQuery {
  /** Migrations from or to this compute host. */
  host?: string;
  /** Migrations from this compute host. */
  source_compute?: string;
  status?: MigrationStatus;
  migration_type?: MigrationType;
  /** Migrations of this server. */
  instance_uuid?: string;
  /** Changed after this ISO 8601 time (UTC without an offset). Microversion 2.59 and later. */
  'changes-since'?: string;
  /** Changed at or before this ISO 8601 time. Microversion 2.66 and later. */
  'changes-before'?: string;
  /** Migrations started by this user. Microversion 2.80 and later. */
  user_id?: string;
  /** Migrations started in this project. Microversion 2.80 and later. */
  project_id?: string;
  /** Page size; the listing still yields every migration. Microversion 2.59 and later. */
  limit?: number;
  /** Start after the migration with this UUID. Microversion 2.59 and later. */
  marker?: string;
}

function toListQuery(client: ComputeClient, query: ListMigrationsQuery, options: CallOptions | undefined): Record<string, string | number | undefined> {
  // Before 2.59 Nova ignores changes-since, limit and marker rather than refusing them: fail here instead.
  if (query['changes-since'] !== undefined) client.requireMicroversion('2.59', 'The changes-since filter', options);
  if (query.limit !== undefined || query.marker !== undefined) client.requireMicroversion('2.59', 'Paging migrations', options);
  if (query['changes-before'] !== undefined) client.requireMicroversion('2.66', 'The changes-before filter', options);
  if (query.user_id !== undefined || query.project_id !== undefined) client.requireMicroversion('2.80', 'The user_id and project_id filters', options);
  return { ...query };
}

/**
 * Lists the migrations (cold, resize, live, evacuation) of every server, newest first from
 * microversion 2.59. Admin only by default. Sends nothing until iteration starts; what the
 * microversion lacks rejects the iteration before any request.
 */
export function listMigrations(client: ComputeClient, query: ListMigrationsQuery = {}, options?: CallOptions): Paged<Migration> {
  return paginate<Migration>(
    client,
    () => ({ path: migrationsPath(), query: toListQuery(client, query, options), itemsKey: 'migrations', strategy: linkedPages('migrations_links') }),
    options,
  );
}

/**
 * Lists a server's live migrations in progress (an empty list when none is). Admin only by
 * default; requires microversion 2.23 (an older one rejects the iteration before any request).
 * All in one page.
 */
export function listServerMigrations(client: ComputeClient, serverId: string, options?: CallOptions): Paged<ServerMigration> {
  return paginate<ServerMigration>(
    client,
    () => {
      client.requireMicroversion('2.23', 'Listing server migrations', options);
      return { path: serverMigrationsPath(serverId), itemsKey: 'migrations', strategy: singlePage() };
    },
    options,
  );
}

/**
 * Shows a live migration of a server while it is in progress; Nova answers 404 for one that is
 * not a live migration or not in progress. Admin only by default; requires microversion 2.23.
 */
export async function getServerMigration(client: ComputeClient, serverId: string, id: number | string, options?: CallOptions): Promise<ServerMigration> {
  client.requireMicroversion('2.23', 'Showing a server migration', options);
  return client.request<ServerMigration>({ method: 'GET', path: serverMigrationPath(serverId, id), expectStatus: [200], unwrap: 'migration' }, options);
}

/**
 * Forces a running live migration to complete (`force_complete` action), pausing the server if
 * the driver needs to. The server must be ACTIVE with task state `migrating` (else 409) and the
 * migration `running` (else 400); not every driver supports it. Asynchronous: poll the server.
 * Admin only by default; requires microversion 2.22.
 */
export async function forceCompleteServerMigration(client: ComputeClient, serverId: string, id: number | string, options?: CallOptions): Promise<void> {
  client.requireMicroversion('2.22', 'Forcing a live migration to complete', options);
  return client.execute(
    { method: 'POST', path: serverMigrationActionPath(serverId, id), json: { force_complete: null }, expectStatus: [202] },
    options,
  );
}

/**
 * Aborts a live migration in progress. The server's task state must be `migrating` (else 409);
 * the migration must be `running`, or from microversion 2.65 also `queued` or `preparing` (else
 * 400). Asynchronous: poll the server or the migration. Admin only by default; requires
 * microversion 2.24.
 */
export async function abortServerMigration(client: ComputeClient, serverId: string, id: number | string, options?: CallOptions): Promise<void> {
  client.requireMicroversion('2.24', 'Aborting a live migration', options);
  return client.execute({ method: 'DELETE', path: serverMigrationPath(serverId, id), expectStatus: [202] }, options);
}
