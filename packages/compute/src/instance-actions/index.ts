export { getInstanceAction, listInstanceActions } from './requests.js';
export type { ListInstanceActionsQuery } from './requests.js';
export type { InstanceAction, InstanceActionDetails, InstanceActionEvent } from './results.js';
