export {
  createApplicationCredential,
  deleteAccessRule,
  deleteApplicationCredential,
  getAccessRule,
  getApplicationCredential,
  listAccessRules,
  listApplicationCredentials,
} from './requests.js';
export type { AccessRuleInput, ApplicationCredentialRoleRef, CreateApplicationCredentialInput, ListApplicationCredentialsQuery } from './requests.js';
export type { AccessRule, ApplicationCredential, ApplicationCredentialRole, CreatedApplicationCredential } from './results.js';
