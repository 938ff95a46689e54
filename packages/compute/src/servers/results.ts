import type { Link } from '../common.js';

/** A server as `GET /servers` lists it. */
export interface ServerSummary {
  id: string;
  name: string;
  links: Link[];
}

/** One address of a server on one network. */
export interface ServerAddress {
  addr: string;
  version: 4 | 6;
  'OS-EXT-IPS:type'?: 'fixed' | 'floating' | (string & {});
  'OS-EXT-IPS-MAC:mac_addr'?: string;
}

/** The flavor a server was built with: a link before microversion 2.47, a copy of it from 2.47. */
export interface ServerFlavor {
  /** Before microversion 2.47. */
  id?: string;
  links?: Link[];
  /** From microversion 2.47 on, the flavor as it was when the server was built. */
  original_name?: string;
  vcpus?: number;
  ram?: number;
  disk?: number;
  ephemeral?: number;
  swap?: number;
  extra_specs?: Record<string, string>;
}

/** A server's status. */
export type ServerStatus =
  | 'ACTIVE' | 'BUILD' | 'DELETED' | 'ERROR' | 'HARD_REBOOT' | 'MIGRATING' | 'PASSWORD' | 'PAUSED' | 'REBOOT'
  | 'REBUILD' | 'RESCUE' | 'RESIZE' | 'REVERT_RESIZE' | 'SHELVED' | 'SHELVED_OFFLOADED' | 'SHUTOFF' | 'SOFT_DELETED'
  | 'SUSPENDED' | 'UNKNOWN' | 'VERIFY_RESIZE' | (string & {});

/** A server with its details. Field names are the API's own; admin-only fields are optional. */
export interface Server extends ServerSummary {
  status: ServerStatus;
  tenant_id: string;
  user_id: string;
  metadata: Record<string, string>;
  hostId: string;
  /** An empty string when the server boots from a volume. */
  image: { id: string; links?: Link[] } | '';
  flavor: ServerFlavor;
  created: string;
  updated: string;
  addresses: Record<string, ServerAddress[]>;
  accessIPv4: string;
  accessIPv6: string;
  'OS-DCF:diskConfig'?: 'AUTO' | 'MANUAL';
  progress?: number;
  'OS-EXT-AZ:availability_zone'?: string;
  config_drive?: string;
  key_name: string | null;
  'OS-SRV-USG:launched_at'?: string | null;
  'OS-SRV-USG:terminated_at'?: string | null;
  security_groups?: { name: string }[];
  'OS-EXT-STS:task_state'?: string | null;
  'OS-EXT-STS:vm_state'?: string;
  'OS-EXT-STS:power_state'?: number;
  'os-extended-volumes:volumes_attached'?: { id: string; delete_on_termination?: boolean }[];
  /** Present when the server is in ERROR (and for some failed actions). */
  fault?: { code: number; created: string; message: string; details?: string };
  /** Microversion 2.9 and later. */
  locked?: boolean;
  /** Microversion 2.73 and later. */
  locked_reason?: string | null;
  /** Microversion 2.19 and later. */
  description?: string | null;
  /** Microversion 2.26 and later. */
  tags?: string[];
  /** Microversion 2.63 and later. */
  trusted_image_certificates?: string[] | null;
  /** Microversion 2.71 and later. */
  server_groups?: string[];
  /** Microversion 2.96 and later. */
  pinned_availability_zone?: string | null;
  /** Admin only (any microversion); the hostname from 2.90 for everyone. */
  'OS-EXT-SRV-ATTR:hostname'?: string;
  'OS-EXT-SRV-ATTR:host'?: string | null;
  'OS-EXT-SRV-ATTR:hypervisor_hostname'?: string | null;
  'OS-EXT-SRV-ATTR:instance_name'?: string;
  'OS-EXT-SRV-ATTR:reservation_id'?: string;
  'OS-EXT-SRV-ATTR:launch_index'?: number;
  'OS-EXT-SRV-ATTR:kernel_id'?: string;
  'OS-EXT-SRV-ATTR:ramdisk_id'?: string;
  'OS-EXT-SRV-ATTR:root_device_name'?: string | null;
  'OS-EXT-SRV-ATTR:user_data'?: string | null;
  host_status?: 'UP' | 'DOWN' | 'MAINTENANCE' | 'UNKNOWN' | '' | (string & {});
}

/** What `POST /servers` answers: the new server's ID, links and (unless disabled) its admin password. */
export interface CreatedServer {
  id: string;
  links: Link[];
  'OS-DCF:diskConfig'?: 'AUTO' | 'MANUAL';
  security_groups?: { name: string }[];
  /** The generated (or given) admin password; only in this answer. */
  adminPass?: string;
}
