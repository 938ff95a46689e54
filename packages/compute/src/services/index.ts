export {
  deleteComputeService,
  disableComputeService,
  enableComputeService,
  forceDownComputeService,
  listComputeServices,
  updateComputeService,
} from './requests.js';
export type {
  ComputeServiceHostInput,
  DisableComputeServiceInput,
  ForceDownComputeServiceInput,
  ListComputeServicesQuery,
  UpdateComputeServiceInput,
} from './requests.js';
export type { ComputeService, ComputeServiceChange } from './results.js';
