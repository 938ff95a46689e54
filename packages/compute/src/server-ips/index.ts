export { getServerAddresses, listServerAddressesByNetwork } from './requests.js';
export type { ServerIpAddress } from './results.js';
