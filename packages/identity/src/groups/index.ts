export {
  addUserToGroup,
  createGroup,
  deleteGroup,
  findGroupId,
  getGroup,
  isUserInGroup,
  listGroupUsers,
  listGroups,
  removeUserFromGroup,
  updateGroup,
} from './requests.js';
export type { CreateGroupInput, FindGroupQuery, ListGroupUsersQuery, ListGroupsQuery, UpdateGroupInput } from './requests.js';
export type { Group } from './results.js';
