export { createGroupSnapshot, deleteGroupSnapshot, getGroupSnapshot, listGroupSnapshotSummaries, listGroupSnapshots } from './requests.js';
export type { CreateGroupSnapshotInput, ListGroupSnapshotsQuery } from './requests.js';
export type { CreatedGroupSnapshot, GroupSnapshot, GroupSnapshotSummary } from './results.js';
