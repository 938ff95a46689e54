export { createNetwork, createNetworks, deleteNetwork, findNetworkId, getNetwork, listNetworks, updateNetwork } from './requests.js';
export type { CreateNetworkInput, ListNetworksQuery, UpdateNetworkInput } from './requests.js';
export type { Network, NetworkSegment } from './results.js';
