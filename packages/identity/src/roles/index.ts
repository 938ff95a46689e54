export {
  assignRole,
  checkImpliedRole,
  checkRoleAssignment,
  createImpliedRole,
  createRole,
  deleteImpliedRole,
  deleteRole,
  findRoleId,
  getImpliedRole,
  getImpliedRoles,
  getRole,
  listRoleAssignments,
  listRoleInferences,
  listRoles,
  listRolesForActor,
  unassignRole,
  updateRole,
} from './requests.js';
export type {
  CreateRoleInput,
  FindRoleQuery,
  ListRoleAssignmentsQuery,
  ListRolesQuery,
  RoleAssignmentTarget,
  RoleGrant,
  UpdateRoleInput,
} from './requests.js';
export type { ImpliedRole, NamedReference, Role, RoleAssignment, RoleInferenceRule, RoleReference } from './results.js';
