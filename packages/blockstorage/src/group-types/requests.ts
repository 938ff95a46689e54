import { InvalidInputError, paginate, singlePage, type CallOptions, type Paged } from '@openstack-ts/core';
import { isRecord } from '@openstack-ts/core/internal';
import type { BlockStorageClient } from '../client.js';
import type { SortDirection } from '../common.js';
import type { GroupType } from './results.js';
import { defaultGroupTypePath, groupSpecPath, groupSpecsPath, groupTypePath, groupTypesPath } from './urls.js';

const GROUP_TYPES = '3.11';

/** Filters of {@link listGroupTypes}. */
export interface ListGroupTypesQuery {
  /** Admin: `true` public types only, `false` private only; members see public ones. */
  is_public?: boolean;
  sort?: string;
  sort_key?: string;
  sort_dir?: SortDirection;
  limit?: number;
  marker?: string;
  offset?: number;
}

/** The input of {@link createGroupType}. */
export interface CreateGroupTypeInput {
  name: string;
  description?: string;
  is_public?: boolean;
  group_specs?: Record<string, string>;
}

/** The input of {@link updateGroupType}. */
export interface UpdateGroupTypeInput {
  name?: string;
  description?: string | null;
  is_public?: boolean;
}

function need(client: BlockStorageClient, options: CallOptions | undefined): void {
  client.requireMicroversion(GROUP_TYPES, 'Group types', options);
}

/** Lists group types (`GET /group_types`), all in one page. Microversion 3.11 and later. */
export function listGroupTypes(client: BlockStorageClient, query: ListGroupTypesQuery = {}, options?: CallOptions): Paged<GroupType> {
  return paginate<GroupType>(
    client,
    () => {
      need(client, options);
      return { path: groupTypesPath(), query: { ...query }, expectStatus: [200], itemsKey: 'group_types', strategy: singlePage() };
    },
    options,
  );
}

/** Shows one group type. Microversion 3.11 and later. */
export async function getGroupType(client: BlockStorageClient, id: string, options?: CallOptions): Promise<GroupType> {
  need(client, options);
  return client.request<GroupType>({ method: 'GET', path: groupTypePath(id), expectStatus: [200], unwrap: 'group_type' }, options);
}

/** Shows the cloud's default group type (`default_group_type`); 404 when none is configured. Microversion 3.11 and later. */
export async function getDefaultGroupType(client: BlockStorageClient, options?: CallOptions): Promise<GroupType> {
  need(client, options);
  return client.request<GroupType>({ method: 'GET', path: defaultGroupTypePath(), expectStatus: [200], unwrap: 'group_type' }, options);
}

/** Creates a group type (202, answering it with its specs). Admin only; microversion 3.11 and later. */
export async function createGroupType(client: BlockStorageClient, input: CreateGroupTypeInput, options?: CallOptions): Promise<GroupType> {
  need(client, options);
  if (!isRecord(input) || typeof input.name !== 'string' || input.name === '') throw new InvalidInputError('createGroupType needs a name', 'name');
  return client.request<GroupType>({ method: 'POST', path: groupTypesPath(), json: { group_type: input }, expectStatus: [202], unwrap: 'group_type' }, options);
}

/** Updates a group type's name, description or visibility. Admin only; microversion 3.11 and later. */
export async function updateGroupType(client: BlockStorageClient, id: string, input: UpdateGroupTypeInput, options?: CallOptions): Promise<GroupType> {
  need(client, options);
  return client.request<GroupType>({ method: 'PUT', path: groupTypePath(id), json: { group_type: input }, expectStatus: [200], unwrap: 'group_type' }, options);
}

/** Deletes a group type (202); refused while groups use it. Admin only; microversion 3.11 and later. */
export async function deleteGroupType(client: BlockStorageClient, id: string, options?: CallOptions): Promise<void> {
  need(client, options);
  return client.execute({ method: 'DELETE', path: groupTypePath(id), expectStatus: [202] }, options);
}

/** Reads all group specs of a group type. Admin only; microversion 3.11 and later. */
export async function getGroupSpecs(client: BlockStorageClient, id: string, options?: CallOptions): Promise<Record<string, string>> {
  need(client, options);
  return client.request<Record<string, string>>({ method: 'GET', path: groupSpecsPath(id), expectStatus: [200], unwrap: 'group_specs' }, options);
}

/** Creates or overwrites group specs (the others stay); answers (202) the ones sent. Admin only; microversion 3.11 and later. */
export async function updateGroupSpecs(client: BlockStorageClient, id: string, specs: Record<string, string>, options?: CallOptions): Promise<Record<string, string>> {
  need(client, options);
  if (!isRecord(specs)) throw new InvalidInputError('updateGroupSpecs needs a map of specs', 'specs');
  return client.request<Record<string, string>>({ method: 'POST', path: groupSpecsPath(id), json: { group_specs: specs }, expectStatus: [202], unwrap: 'group_specs' }, options);
}

/** Shows one group spec as `{ [key]: value }`. Admin only; microversion 3.11 and later. */
export async function getGroupSpec(client: BlockStorageClient, id: string, key: string, options?: CallOptions): Promise<Record<string, string>> {
  need(client, options);
  return client.request<Record<string, string>>({ method: 'GET', path: groupSpecPath(id, key), expectStatus: [200] }, options);
}

/** Sets one group spec; answers it as `{ [key]: value }`. Admin only; microversion 3.11 and later. */
export async function setGroupSpec(client: BlockStorageClient, id: string, key: string, value: string, options?: CallOptions): Promise<Record<string, string>> {
  need(client, options);
  if (typeof value !== 'string') throw new InvalidInputError('A group spec value must be a string', 'value');
  return client.request<Record<string, string>>({ method: 'PUT', path: groupSpecPath(id, key), json: { [key]: value }, expectStatus: [200] }, options);
}

/** Deletes one group spec (202). Admin only; microversion 3.11 and later. */
export async function deleteGroupSpec(client: BlockStorageClient, id: string, key: string, options?: CallOptions): Promise<void> {
  need(client, options);
  return client.execute({ method: 'DELETE', path: groupSpecPath(id, key), expectStatus: [202] }, options);
}
