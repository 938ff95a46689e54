export { listServerAddresses, listServerAddressesByNetwork } from './requests.js';
export type { ServerIpAddress } from './results.js';
