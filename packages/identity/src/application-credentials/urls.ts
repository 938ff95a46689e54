import { segment } from '@openstack-ts/core/internal';

const userPath = (userId: string): string => `users/${segment(userId, 'userId')}`;
export const applicationCredentialsPath = (userId: string): string => `${userPath(userId)}/application_credentials`;
export const applicationCredentialPath = (userId: string, id: string): string =>
  `${applicationCredentialsPath(userId)}/${segment(id, 'applicationCredentialId')}`;
export const accessRulesPath = (userId: string): string => `${userPath(userId)}/access_rules`;
export const accessRulePath = (userId: string, id: string): string => `${accessRulesPath(userId)}/${segment(id, 'accessRuleId')}`;
