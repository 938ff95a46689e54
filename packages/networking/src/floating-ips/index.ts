export { createFloatingIp, deleteFloatingIp, getFloatingIp, listFloatingIps, updateFloatingIp } from './requests.js';
export type { CreateFloatingIpInput, ListFloatingIpsQuery, UpdateFloatingIpInput } from './requests.js';
export type { FloatingIp, FloatingIpPortDetails, FloatingIpPortForwarding } from './results.js';
export { waitForFloatingIpStatus } from './waiters.js';
