export { abortServerMigration, forceCompleteServerMigration, getServerMigration, listMigrations, listServerMigrations } from './requests.js';
export type { ListMigrationsQuery } from './requests.js';
export type { Migration, MigrationStatus, MigrationType, ServerMigration } from './results.js';
