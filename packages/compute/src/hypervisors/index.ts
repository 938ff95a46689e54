export {
  getHypervisor,
  getHypervisorStatistics,
  getHypervisorUptime,
  listHypervisorServers,
  listHypervisorSummaries,
  listHypervisors,
  searchHypervisors,
} from './requests.js';
export type { GetHypervisorQuery, ListHypervisorsQuery } from './requests.js';
export type { Hypervisor, HypervisorServer, HypervisorService, HypervisorStatistics, HypervisorSummary, HypervisorUptime } from './results.js';
