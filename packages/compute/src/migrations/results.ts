import type { Link } from '../common.js';

/** A migration's status. The in-progress ones of a live migration are `queued`, `preparing`, `running` and `post-migrating`. */
export type MigrationStatus =
  | 'accepted' | 'pre-migrating' | 'migrating' | 'post-migrating' | 'finished' | 'confirming' | 'confirmed' | 'reverting'
  | 'reverted' | 'queued' | 'preparing' | 'running' | 'completed' | 'cancelled' | 'failed' | 'error' | 'done'
  | (string & {});

/** The kind of a migration. */
export type MigrationType = 'migration' | 'resize' | 'live-migration' | 'evacuation' | (string & {});

/** A migration as `GET /os-migrations` lists it. Hosts are `null` until known, or when policy hides them. */
export interface Migration {
  /** The migration's ID, an integer; the one the server migration operations take. */
  id: number;
  /** Microversion 2.59 and later. */
  uuid?: string;
  /** The server's ID. */
  instance_uuid: string;
  status: MigrationStatus;
  /** Microversion 2.23 and later. */
  migration_type?: MigrationType;
  source_compute: string | null;
  source_node: string | null;
  dest_compute: string | null;
  dest_node: string | null;
  /** The destination host's IP address. */
  dest_host: string | null;
  /** Nova's internal flavor ID (not the flavor's API ID) before the migration. */
  old_instance_type_id: number | null;
  /** Nova's internal flavor ID after the migration (the same as the old one except for a resize). */
  new_instance_type_id: number | null;
  /**
   * Links to the server migration. Microversion 2.23 and later, and only for a live migration in
   * progress.
   */
  links?: Link[];
  /** Who started the migration. Microversion 2.80 and later. */
  user_id?: string;
  /** Microversion 2.80 and later. */
  project_id?: string;
  created_at: string;
  updated_at: string | null;
}

/**
 * An in-progress live migration of a server, with its progress counters (`null` until the driver
 * reports them). Hosts are `null` when policy hides them.
 */
export interface ServerMigration {
  id: number;
  /** Microversion 2.59 and later. */
  uuid?: string;
  server_uuid: string;
  status: MigrationStatus;
  source_compute: string | null;
  source_node: string | null;
  dest_compute: string | null;
  dest_node: string | null;
  dest_host: string | null;
  memory_total_bytes: number | null;
  memory_processed_bytes: number | null;
  memory_remaining_bytes: number | null;
  disk_total_bytes: number | null;
  disk_processed_bytes: number | null;
  disk_remaining_bytes: number | null;
  /** Microversion 2.80 and later. */
  user_id?: string;
  /** Microversion 2.80 and later. */
  project_id?: string;
  created_at: string;
  updated_at: string | null;
}
