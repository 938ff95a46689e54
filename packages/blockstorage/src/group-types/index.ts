export {
  createGroupType,
  deleteGroupSpec,
  deleteGroupType,
  getDefaultGroupType,
  getGroupSpec,
  getGroupSpecs,
  getGroupType,
  listGroupTypes,
  setGroupSpec,
  updateGroupSpecs,
  updateGroupType,
} from './requests.js';
export type { CreateGroupTypeInput, ListGroupTypesQuery, UpdateGroupTypeInput } from './requests.js';
export type { GroupType } from './results.js';
