export {
  addRouterExtraRoutes,
  addRouterInterface,
  createRouter,
  deleteRouter,
  findRouterId,
  getRouter,
  listRouters,
  removeRouterExtraRoutes,
  removeRouterInterface,
  updateRouter,
} from './requests.js';
export type {
  AddRouterInterfaceInput,
  CreateRouterInput,
  ListRoutersQuery,
  RemoveRouterInterfaceInput,
  RouterGatewayInput,
  UpdateRouterInput,
} from './requests.js';
export type { Router, RouterExternalFixedIp, RouterGatewayInfo, RouterInterface, RouterRoute } from './results.js';
export { waitForRouterInterface } from './waiters.js';
export type { RouterInterfaceSelector, WaitForRouterInterfaceOptions } from './waiters.js';
