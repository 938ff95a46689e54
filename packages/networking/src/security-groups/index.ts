export { createSecurityGroup, deleteSecurityGroup, findSecurityGroupId, getSecurityGroup, listSecurityGroups, updateSecurityGroup } from './requests.js';
export type { CreateSecurityGroupInput, ListSecurityGroupsQuery, UpdateSecurityGroupInput } from './requests.js';
export type { SecurityGroup } from './results.js';
