import { segment } from '@openstack-ts/core/internal';

/** The collection: `volume-transfers` from microversion 3.55, `os-volume-transfer` before. */
export const transfersPath = (modern: boolean): string => (modern ? 'volume-transfers' : 'os-volume-transfer');
export const transfersDetailPath = (modern: boolean): string => `${transfersPath(modern)}/detail`;
export const transferPath = (modern: boolean, id: string): string => `${transfersPath(modern)}/${segment(id, 'transferId')}`;
export const transferAcceptPath = (modern: boolean, id: string): string => `${transferPath(modern, id)}/accept`;
