/** A Cinder service (`cinder-volume`, `cinder-scheduler`, `cinder-backup`) on a host. */
export interface BlockStorageService {
  binary: 'cinder-volume' | 'cinder-scheduler' | 'cinder-backup' | (string & {});
  /** `host` for the scheduler and backup, `host@backend` for a volume service. */
  host: string;
  zone: string;
  status: 'enabled' | 'disabled' | (string & {});
  state: 'up' | 'down' | (string & {});
  updated_at: string | null;
  disabled_reason: string | null;
  /** Microversion 3.7 and later. */
  cluster?: string | null;
  /** Volume services, microversion 3.49 and later. */
  backend_state?: 'up' | 'down' | (string & {});
  /** Volume services only. */
  replication_status?: string;
  active_backend_id?: string | null;
  frozen?: boolean;
}

/** What enabling or disabling a service answers. */
export interface BlockStorageServiceChange {
  host: string;
  binary: string;
  /** Cinder's legacy field: always an empty string here. */
  service: string;
  disabled: boolean;
  status: 'enabled' | 'disabled' | (string & {});
  /** When disabled with a reason. */
  disabled_reason?: string;
}
