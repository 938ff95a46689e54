export {
  addFlavorAccess,
  createFlavor,
  deleteFlavor,
  deleteFlavorExtraSpec,
  findFlavorId,
  getFlavor,
  getFlavorExtraSpec,
  getFlavorExtraSpecs,
  listFlavorAccess,
  listFlavors,
  listFlavorSummaries,
  removeFlavorAccess,
  setFlavorExtraSpecs,
  updateFlavor,
  updateFlavorExtraSpec,
} from './requests.js';
export type { CreateFlavorInput, ListFlavorsQuery, UpdateFlavorInput } from './requests.js';
export type { Flavor, FlavorAccess, FlavorSummary } from './results.js';
