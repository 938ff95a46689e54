export {
  addAggregateHost,
  cacheAggregateImages,
  createAggregate,
  deleteAggregate,
  getAggregate,
  listAggregates,
  removeAggregateHost,
  setAggregateMetadata,
  updateAggregate,
} from './requests.js';
export type { CreateAggregateInput, UpdateAggregateInput } from './requests.js';
export type { Aggregate, CreatedAggregate } from './results.js';
