export { FakeCloud, createFakeCloud } from './fake-cloud.js';
export type { FakeCloudOptions, FakeHandler, FakeReply, RecordedRequest } from './fake-cloud.js';
export { thrownBy } from './thrown.js';
