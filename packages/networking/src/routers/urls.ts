import { segment } from '@openstack-ts/core/internal';

export const routersPath = (): string => 'routers';
export const routerPath = (id: string): string => `routers/${segment(id, 'routerId')}`;
/** A router action: `add_router_interface`, `remove_router_interface`, `add_extraroutes`, `remove_extraroutes`. */
export const routerActionPath = (id: string, action: string): string => `${routerPath(id)}/${action}`;
