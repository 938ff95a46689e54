export { createGroup, createGroupFromSource, deleteGroup, getGroup, listGroupSummaries, listGroups, updateGroup } from './requests.js';
export type { CreateGroupFromSourceInput, CreateGroupInput, DeleteGroupOptions, ListGroupsQuery, UpdateGroupInput } from './requests.js';
export type { Group, GroupStatus, GroupSummary } from './results.js';
