export { createServerGroup, deleteServerGroup, getServerGroup, listServerGroups } from './requests.js';
export type { CreateServerGroupInput, ListServerGroupsQuery } from './requests.js';
export type { ServerGroup, ServerGroupPolicy, ServerGroupRules } from './results.js';
