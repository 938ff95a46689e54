export {
  changeUserPassword,
  createUser,
  deleteUser,
  findUserId,
  getUser,
  listUserGroups,
  listUserProjects,
  listUsers,
  updateUser,
} from './requests.js';
export type { ChangeUserPasswordInput, CreateUserInput, FindUserQuery, ListUsersQuery, UpdateUserInput } from './requests.js';
export type { User } from './results.js';
