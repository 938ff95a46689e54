import { InvalidInputError } from '@openstack-ts/core';
import { segment } from '@openstack-ts/core/internal';
import { serverPath } from '../servers/urls.js';

/** A migration ID (an integer) as a path segment; numeric strings are accepted too. */
function migrationId(id: number | string): string {
  if (typeof id === 'number') {
    if (!Number.isSafeInteger(id) || id < 0) throw new InvalidInputError(`migrationId must be a non-negative integer, got ${String(id)}`, 'migrationId');
    return String(id);
  }
  return segment(id, 'migrationId');
}

export const migrationsPath = (): string => 'os-migrations';
export const serverMigrationsPath = (serverId: string): string => `${serverPath(serverId)}/migrations`;
export const serverMigrationPath = (serverId: string, id: number | string): string => `${serverMigrationsPath(serverId)}/${migrationId(id)}`;
export const serverMigrationActionPath = (serverId: string, id: number | string): string => `${serverMigrationPath(serverId, id)}/action`;
