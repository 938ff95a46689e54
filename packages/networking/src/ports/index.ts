export { createPort, createPorts, deletePort, findPortId, getPort, listPorts, updatePort } from './requests.js';
export type {
  CreatePortInput,
  ListPortsQuery,
  PortAllowedAddressPairInput,
  PortExtraDhcpOptionInput,
  PortFixedIpFilter,
  PortFixedIpInput,
  UpdatePortInput,
} from './requests.js';
export type {
  Port,
  PortAllowedAddressPair,
  PortDnsAssignment,
  PortExtraDhcpOption,
  PortFixedIp,
  PortNumaAffinityPolicy,
  PortResourceRequest,
  PortResourceRequestGroup,
  PortStatus,
  PortTrunkDetails,
  PortTrunkSubport,
  PortVnicType,
} from './results.js';
export { waitForPortStatus } from './waiters.js';
