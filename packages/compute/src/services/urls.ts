import { InvalidInputError } from '@openstack-ts/core';
import { segment } from '@openstack-ts/core/internal';

/** A service ID as a path segment: a UUID from microversion 2.53, an integer before. */
function serviceId(id: string | number): string {
  if (typeof id === 'number') {
    if (!Number.isSafeInteger(id) || id < 0) throw new InvalidInputError(`serviceId must be a non-negative integer, got ${String(id)}`, 'serviceId');
    return String(id);
  }
  return segment(id, 'serviceId');
}

export const servicesPath = (): string => 'os-services';
export const servicePath = (id: string | number): string => `os-services/${serviceId(id)}`;
/** The paths of the calls of microversions before 2.53. */
export const serviceLegacyActionPath = (action: 'enable' | 'disable' | 'disable-log-reason' | 'force-down'): string => `os-services/${action}`;
