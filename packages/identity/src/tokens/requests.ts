import { InvalidInputError, isHttpError, type CallOptions } from '@openstack-ts/core';
import type { IdentityClient } from '../client.js';
import type { Token } from './results.js';
import { tokensPath } from './urls.js';

/** Options of {@link validateToken}; each field is the query parameter of the same name. */
export interface ValidateTokenQuery {
  /** Leave the service catalog out of the answer. */
  nocatalog?: boolean;
  /** Accept a token that expired within Keystone's `[token] allow_expired_window` (for services finishing long operations). */
  allow_expired?: boolean;
}

/** The token travels in `X-Subject-Token`, a header core treats as secret: it never appears in an error or a hook. */
function subject(token: string): Record<string, string> {
  if (typeof token !== 'string' || token === '') throw new InvalidInputError('The subject token must be a non-empty string', 'subjectToken');
  return { 'X-Subject-Token': token };
}

/** Flags are sent as bare query parameters (`?nocatalog`), as Keystone reads them. */
function flags(query: ValidateTokenQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value === true) params.append(key, '');
  return params;
}

/**
 * Validates a token (`GET /v3/auth/tokens` with `X-Subject-Token`) and returns what it grants:
 * user, scope, roles, expiry and (unless `nocatalog`) the catalog. Anyone may validate their own
 * token; validating another user's needs the `admin` role (or the `service` role, as services do).
 * An invalid, expired or revoked token is a 404 `HttpError` ("Failed to validate token"); the token
 * itself never appears in the error.
 */
export async function validateToken(client: IdentityClient, subjectToken: string, query: ValidateTokenQuery = {}, options?: CallOptions): Promise<Token> {
  return client.request<Token>({ method: 'GET', path: tokensPath(), headers: subject(subjectToken), query: flags(query), expectStatus: [200], unwrap: 'token' }, options);
}

/**
 * Checks a token (`HEAD /v3/auth/tokens`): true when Keystone finds it valid, false when it answers
 * 404 (invalid, expired or revoked). Other failures, such as a 403 for a caller who may not check
 * others' tokens, are thrown. Same permissions as {@link validateToken}.
 */
export async function checkToken(client: IdentityClient, subjectToken: string, options?: CallOptions): Promise<boolean> {
  try {
    await client.execute({ method: 'HEAD', path: tokensPath(), headers: subject(subjectToken), expectStatus: [200, 204] }, options);
    return true;
  } catch (error) {
    if (isHttpError(error, 404)) return false;
    throw error;
  }
}

/**
 * Revokes a token (`DELETE /v3/auth/tokens`): Keystone refuses it from then on. Anyone may revoke
 * their own token; revoking another user's needs the `admin` role. Revoking a token that is already
 * invalid is a 404 `HttpError`.
 */
export async function revokeToken(client: IdentityClient, subjectToken: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: tokensPath(), headers: subject(subjectToken), expectStatus: [204] }, options);
}
