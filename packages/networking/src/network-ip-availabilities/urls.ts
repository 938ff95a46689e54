import { segment } from '@openstack-ts/core/internal';

export const networkIpAvailabilitiesPath = (): string => 'network-ip-availabilities';
export const networkIpAvailabilityPath = (networkId: string): string => `network-ip-availabilities/${segment(networkId, 'networkId')}`;
