export { createEndpoint, deleteEndpoint, getEndpoint, listEndpoints, updateEndpoint } from './requests.js';
export type { CreateEndpointInput, ListEndpointsQuery, UpdateEndpointInput } from './requests.js';
export type { Endpoint, EndpointInterface } from './results.js';
