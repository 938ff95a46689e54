import { segment } from '@openstack-ts/core/internal';

export const portForwardingsPath = (floatingIpId: string): string => `floatingips/${segment(floatingIpId, 'floatingIpId')}/port_forwardings`;
export const portForwardingPath = (floatingIpId: string, id: string): string => `${portForwardingsPath(floatingIpId)}/${segment(id, 'portForwardingId')}`;
