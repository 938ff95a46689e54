import { InvalidInputError } from '@openstack-ts/core';
import { segment } from '@openstack-ts/core/internal';

/** A hypervisor ID as a path segment: an integer before microversion 2.53, a UUID from 2.53. */
function hypervisorId(id: number | string): string {
  if (typeof id === 'number') {
    if (!Number.isSafeInteger(id) || id < 0) throw new InvalidInputError(`hypervisorId must be a non-negative integer, got ${String(id)}`, 'hypervisorId');
    return String(id);
  }
  return segment(id, 'hypervisorId');
}

export const hypervisorsPath = (): string => 'os-hypervisors';
export const hypervisorsDetailPath = (): string => 'os-hypervisors/detail';
export const hypervisorStatisticsPath = (): string => 'os-hypervisors/statistics';
export const hypervisorPath = (id: number | string): string => `os-hypervisors/${hypervisorId(id)}`;
export const hypervisorUptimePath = (id: number | string): string => `${hypervisorPath(id)}/uptime`;
export const hypervisorSearchPath = (pattern: string): string => `os-hypervisors/${segment(pattern, 'pattern')}/search`;
export const hypervisorServersPath = (pattern: string): string => `os-hypervisors/${segment(pattern, 'pattern')}/servers`;
