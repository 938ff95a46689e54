export { addSubnetPoolPrefixes, createSubnetPool, deleteSubnetPool, getSubnetPool, listSubnetPools, removeSubnetPoolPrefixes, updateSubnetPool } from './requests.js';
export type { CreateSubnetPoolInput, ListSubnetPoolsQuery, UpdateSubnetPoolInput } from './requests.js';
export type { SubnetPool } from './results.js';
