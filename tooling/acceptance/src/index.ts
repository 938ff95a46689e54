/**
 * Helpers for acceptance tests: providers for the member and admin clouds, unique names, cleanup
 * that runs even when a test fails, and suites that skip (visibly) when the cloud lacks a service.
 */
import { afterAll, describe } from '@jest/globals';
import { providerFromCloud } from '@openstack-ts/config';
import { isHttpError, type ProviderClient } from '@openstack-ts/core';
import { serviceTypeCandidates } from '@openstack-ts/core/internal';
import { PREFIX } from './cloud.js';

export { PREFIX, resolveClouds } from './cloud.js';
export type { AcceptanceClouds } from './cloud.js';

const runId = process.env.OSTS_RUN_ID ?? Date.now().toString(36);
let counter = 0;

/** A name no other test or run uses: `osts-acc-<kind>-<run>-<n>`. The leftover check finds it. */
export function uniqueName(kind: string): string {
  counter += 1;
  return `${PREFIX}${kind}-${runId}-${String(counter)}-${Math.random().toString(36).slice(2, 6)}`;
}

let member: Promise<ProviderClient> | undefined;
let admin: Promise<ProviderClient> | undefined;

/** The member (non-admin) cloud's provider, authenticated once per test file. */
export async function memberProvider(): Promise<ProviderClient> {
  member ??= providerFromCloud(requiredEnv('OSTS_MEMBER_CLOUD'));
  return member;
}

/** The admin cloud's provider. Tests that need it use {@link describeAsAdmin}. */
export async function adminProvider(): Promise<ProviderClient> {
  admin ??= providerFromCloud(requiredEnv('OSTS_ADMIN_CLOUD'));
  return admin;
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`${name} is not set: run acceptance tests with \`pnpm test:acceptance\``);
  return value;
}

/** True when the cloud's catalog has the service (by official type or any alias). */
export function cloudHas(type: string): boolean {
  const offered = new Set((process.env.OSTS_SERVICES ?? '').split(',').filter((t) => t !== ''));
  return serviceTypeCandidates(type).some((candidate) => offered.has(candidate));
}

/** `describe` when the cloud has the service; otherwise a skipped suite whose title says why. */
export function describeWithService(type: string, name: string, fn: () => void): void {
  if (cloudHas(type)) describe(name, fn);
  else describe.skip(`${name} (skipped: the cloud's catalog has no ${type} service)`, fn);
}

/** `describe` when an admin cloud is available; otherwise a skipped suite whose title says why. */
export function describeAsAdmin(name: string, fn: () => void): void {
  if ((process.env.OSTS_ADMIN_CLOUD ?? '') !== '') describe(name, fn);
  else describe.skip(`${name} (skipped: no admin cloud; set OS_CLOUD_ADMIN)`, fn);
}

/** Deletions to run after the tests of a file, in reverse order, whatever the tests did. */
export class Cleanup {
  readonly #steps: { what: string; run: () => Promise<unknown> }[] = [];

  /** Registers a deletion. A 404 when it runs counts as already deleted. */
  add(what: string, run: () => Promise<unknown>): void {
    this.#steps.push({ what, run });
  }

  /** Runs every registered deletion, newest first; throws one error listing those that failed. */
  async run(): Promise<void> {
    const failures: string[] = [];
    for (const step of this.#steps.splice(0).reverse()) {
      try {
        await step.run();
      } catch (error) {
        if (isHttpError(error, 404)) continue;
        failures.push(`${step.what}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (failures.length > 0) throw new Error(`cleanup failed for ${String(failures.length)} resource(s):\n${failures.join('\n')}`);
  }
}

/** A {@link Cleanup} whose deletions run in `afterAll` of the calling file or suite. */
export function useCleanup(): Cleanup {
  const cleanup = new Cleanup();
  afterAll(async () => cleanup.run(), 300_000);
  return cleanup;
}
