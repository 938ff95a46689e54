export { createSubnet, createSubnets, deleteSubnet, findSubnetId, getSubnet, listSubnets, updateSubnet } from './requests.js';
export type { CreateSubnetInput, ListSubnetsQuery, UpdateSubnetInput } from './requests.js';
export type { AllocationPool, HostRoute, Ipv6Mode, Subnet } from './results.js';
