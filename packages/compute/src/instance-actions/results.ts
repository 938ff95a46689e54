/** An action taken on a server (`create`, `reboot`, `resize`, …), identified by the request that started it. */
export interface InstanceAction {
  /** The action's name, such as `create`, `stop`, `resize` or `live-migration`. */
  action: 'create' | 'delete' | 'reboot' | 'rebuild' | 'resize' | 'confirmResize' | 'revertResize' | 'migrate' | 'live-migration' | 'stop' | 'start' | (string & {});
  /** The server's ID. */
  instance_uuid: string;
  /** The ID of the API request that started the action (`req-…`): the key of {@link InstanceActionDetails}. */
  request_id: string;
  user_id: string | null;
  project_id: string | null;
  start_time: string;
  /** `Error` when the action failed, otherwise `null`. */
  message: string | null;
  /** Microversion 2.58 and later. */
  updated_at?: string | null;
}

/** One step of an instance action, as the services that performed it recorded it. */
export interface InstanceActionEvent {
  /** The step, such as `compute__do_build_and_run_instance` or `conductor_migrate_server`. */
  event: string;
  start_time: string;
  finish_time: string | null;
  result: 'Success' | 'Error' | (string & {}) | null;
  /** The failure's traceback (`null` on success). Admin only by default. */
  traceback?: string | null;
  /** The host the step ran on. Admin only by default; microversion 2.62 and later. */
  host?: string;
  /**
   * An obfuscated ID of that host, hashed with the project ID (an empty string without a host).
   * Microversion 2.62 and later.
   */
  hostId?: string;
  /** What went wrong, in words a user may see, or `null`. Microversion 2.84 and later (admin by default). */
  details?: string | null;
}

/** An instance action with the events that make it up. */
export interface InstanceActionDetails extends InstanceAction {
  /**
   * Newest first. Before microversion 2.51 only admins (by default) get events; from 2.51 the
   * server's owner gets them too, without tracebacks.
   */
  events?: InstanceActionEvent[];
}
