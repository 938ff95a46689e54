/**
 * Unit-test helpers for code that uses openstack-ts: {@link createFakeCloud} (a fake Keystone and
 * service endpoint that answers from fixtures and records what was sent), {@link rejectionOf}
 * (the error an operation rejects with, failing on a synchronous throw) and
 * {@link checkOperationContract} (every operation of a module is async and never throws).
 * No network, no module mocking.
 *
 * @packageDocumentation
 * @module @openstack-ts/core/testing
 */
export { checkOperationContract } from './contract.js';
export type { ContractViolation, OperationContractOptions } from './contract.js';
export { FakeCloud, createFakeCloud } from './fake-cloud.js';
export type { FakeCloudOptions, FakeHandler, FakeReply, RecordedRequest } from './fake-cloud.js';
export { rejectionOf } from './thrown.js';
