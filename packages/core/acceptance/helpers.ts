/**
 * Helpers for core's acceptance tests: the credentials of the member and admin clouds (to build
 * providers with other methods and scopes than the cloud's), and a way to catch an `HttpError`.
 */
import { expect } from '@jest/globals';
import { isHttpError, type AuthOptions, type HttpError } from '@openstack-ts/core';
// Core cannot depend on config (config depends on core), so `@openstack-ts/config` does not resolve
// from here; the test tsconfig references the config project, so its sources are imported by path.
import { loadCloudConfig } from '@openstack-ts/config';

/** The auth options of the member or admin cloud, as its clouds.yaml entry gives them. */
export async function cloudAuth(role: 'member' | 'admin'): Promise<AuthOptions> {
  const variable = role === 'member' ? 'OSTS_MEMBER_CLOUD' : 'OSTS_ADMIN_CLOUD';
  const cloud = process.env[variable];
  if (cloud === undefined || cloud === '') throw new Error(`${variable} is not set: run acceptance tests with \`pnpm test:acceptance\``);
  const config = await loadCloudConfig(cloud);
  return { ...config.auth };
}

/**
 * The user's password credentials from a cloud's auth options, without any scope: the starting
 * point for tests that choose their own method and scope.
 */
export async function passwordCredentials(role: 'member' | 'admin'): Promise<AuthOptions & { password: string }> {
  const auth = await cloudAuth(role);
  const { password } = auth;
  if (password === undefined || password === '') {
    throw new Error(`The ${role} cloud does not authenticate with a password; these tests need one`);
  }
  return {
    authUrl: auth.authUrl,
    userId: auth.userId,
    username: auth.username,
    userDomainId: auth.userDomainId,
    userDomainName: auth.userDomainName,
    password,
  };
}

/** Awaits `promise`, which must reject with an `HttpError`, and returns that error. */
export async function httpErrorOf(promise: Promise<unknown>): Promise<HttpError> {
  try {
    await promise;
  } catch (error) {
    if (isHttpError(error)) return error;
    throw error;
  }
  throw new Error('Expected an HttpError, but the request succeeded');
}

/** What an `HttpError` from a real service must show. */
export interface ExpectedFault {
  status: number;
  method: string;
  /** A fragment of the service's own message. */
  fragment: string | RegExp;
  /** The service's error type, when it names one. */
  type?: string | undefined;
}

/**
 * Checks an `HttpError` from a real service: status, method, the service's own message (also
 * found in the raw body, so it is not a status text made up by the SDK), a request ID, and a
 * message that reads like a log line (`GET http://…: 404 … (req-…)`).
 */
export function expectServiceFault(error: HttpError, expected: ExpectedFault): void {
  expect(isHttpError(error, expected.status)).toBe(true);
  expect(error.status).toBe(expected.status);
  expect(error.method).toBe(expected.method);
  expect(error.serviceMessage ?? '').not.toBe('');
  expect(error.serviceMessage).toMatch(expected.fragment);
  expect(error.body).toMatch(expected.fragment);
  if (expected.type !== undefined) expect(error.serviceErrorType).toBe(expected.type);
  expect(error.requestId).toMatch(/^req-|^tx/);
  expect(error.message).toContain(`${expected.method} `);
  expect(error.message).toContain(`: ${String(expected.status)} `);
  expect(error.message).toContain(error.serviceMessage);
  expect(error.message).toContain(`(${error.requestId ?? 'no request id'})`);
}
