export {
  createLimits,
  createRegisteredLimits,
  deleteLimit,
  deleteRegisteredLimit,
  getLimit,
  getLimitModel,
  getRegisteredLimit,
  listLimits,
  listRegisteredLimits,
  updateLimit,
  updateRegisteredLimit,
} from './requests.js';
export type {
  CreateLimitInput,
  CreateRegisteredLimitInput,
  ListLimitsQuery,
  ListRegisteredLimitsQuery,
  UpdateLimitInput,
  UpdateRegisteredLimitInput,
} from './requests.js';
export type { Limit, LimitModel, RegisteredLimit } from './results.js';
