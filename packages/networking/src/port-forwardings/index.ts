export { createPortForwarding, deletePortForwarding, getPortForwarding, listPortForwardings, updatePortForwarding } from './requests.js';
export type { CreatePortForwardingInput, ListPortForwardingsQuery, UpdatePortForwardingInput } from './requests.js';
export type { PortForwarding, PortForwardingProtocol } from './results.js';
