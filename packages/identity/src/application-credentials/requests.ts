import { paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import type { IdentityClient } from '../client.js';
import { keystonePages } from '../common.js';
import type { AccessRule, ApplicationCredential, CreatedApplicationCredential } from './results.js';
import { accessRulePath, accessRulesPath, applicationCredentialPath, applicationCredentialsPath } from './urls.js';

/** Filters of {@link listApplicationCredentials}; each field is the query parameter of the same name. */
export interface ListApplicationCredentialsQuery {
  name?: string;
}

/** A role to delegate, by ID or by name (a subset of the creating token's roles on its project). */
export type ApplicationCredentialRoleRef = { id: string; name?: string } | { name: string; id?: string };

/** An access rule for {@link createApplicationCredential}: a new rule, or an existing one of the user by ID. */
export type AccessRuleInput = { service: string; path: string; method: AccessRule['method']; id?: string } | { id: string };

/** The body of {@link createApplicationCredential}. */
export interface CreateApplicationCredentialInput {
  /** Unique among the user's application credentials. */
  name: string;
  description?: string;
  /**
   * The secret to authenticate with; Keystone generates one when absent. Either way, the create
   * answer is the only place it appears.
   */
  secret?: string;
  /** ISO 8601 timestamp; absent or `null` for a credential that never expires. */
  expires_at?: string | null;
  /** The roles to delegate; all of the token's roles on its project when absent. */
  roles?: ApplicationCredentialRoleRef[];
  /** `true` lets the credential create application credentials and trusts (Keystone's default is `false`). */
  unrestricted?: boolean;
  /** Restrict the credential to these API calls. */
  access_rules?: AccessRuleInput[];
}

/**
 * Lists a user's application credentials (without secrets). Keystone's default policy lets users list
 * their own; others' need a system-scoped admin or reader.
 */
export function listApplicationCredentials(client: IdentityClient, userId: string, query: ListApplicationCredentialsQuery = {}, options?: CallOptions): Paged<ApplicationCredential> {
  return paginate<ApplicationCredential>(client, () => ({ path: applicationCredentialsPath(userId), query: { ...query }, itemsKey: 'application_credentials', strategy: keystonePages() }), options);
}

/** Shows one of a user's application credentials (never its secret). */
export async function getApplicationCredential(client: IdentityClient, userId: string, id: string, options?: CallOptions): Promise<ApplicationCredential> {
  return client.request<ApplicationCredential>({ method: 'GET', path: applicationCredentialPath(userId, id), unwrap: 'application_credential' }, options);
}

/**
 * Creates an application credential for the user, scoped to the token's project, and returns it
 * with its `secret` (generated when the input has none). The answer is the only time the secret is
 * returned. A user may only create their own; Keystone refuses (403) when the token itself comes
 * from a restricted application credential or a trust.
 */
export async function createApplicationCredential(client: IdentityClient, userId: string, input: CreateApplicationCredentialInput, options?: CallOptions): Promise<CreatedApplicationCredential> {
  return client.request<CreatedApplicationCredential>(
    { method: 'POST', path: applicationCredentialsPath(userId), json: { application_credential: input }, expectStatus: [201], unwrap: 'application_credential' },
    options,
  );
}

/** Deletes an application credential; tokens obtained with it are revoked. */
export async function deleteApplicationCredential(client: IdentityClient, userId: string, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: applicationCredentialPath(userId, id), expectStatus: [204] }, options);
}

/** Lists the access rules of a user's application credentials. */
export function listAccessRules(client: IdentityClient, userId: string, options?: CallOptions): Paged<AccessRule> {
  return paginate<AccessRule>(client, () => ({ path: accessRulesPath(userId), itemsKey: 'access_rules', strategy: keystonePages() }), options);
}

/** Shows one of a user's access rules. */
export async function getAccessRule(client: IdentityClient, userId: string, id: string, options?: CallOptions): Promise<AccessRule> {
  return client.request<AccessRule>({ method: 'GET', path: accessRulePath(userId, id), unwrap: 'access_rule' }, options);
}

/** Deletes an access rule; Keystone answers 403 ("May not delete access rule in use") while an application credential uses it. */
export async function deleteAccessRule(client: IdentityClient, userId: string, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: accessRulePath(userId, id), expectStatus: [204] }, options);
}
