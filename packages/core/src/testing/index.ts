export { checkOperationContract } from './contract.js';
export type { ContractViolation, OperationContractOptions } from './contract.js';
export { FakeCloud, createFakeCloud } from './fake-cloud.js';
export type { FakeCloudOptions, FakeHandler, FakeReply, RecordedRequest } from './fake-cloud.js';
export { rejectionOf } from './thrown.js';
