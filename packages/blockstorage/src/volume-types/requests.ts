import type { BlockStorageClient } from '../client.js';
import { InvalidInputError, findIdOrName, linkedPages, paginate, singlePage, type CallOptions, type FoundId, type Paged, type QueryValue } from '@openstack-ts/core';
import { isRecord, requireId } from '@openstack-ts/core/internal';
import type { SortDirection } from '../common.js';
import type { EncryptionControlLocation, VolumeType, VolumeTypeAccess, VolumeTypeEncryption, VolumeTypeExtraSpecs } from './results.js';
import {
  defaultVolumeTypePath,
  encryptionItemPath,
  encryptionPath,
  extraSpecPath,
  extraSpecsPath,
  volumeTypeAccessPath,
  volumeTypeActionPath,
  volumeTypePath,
  volumeTypesPath,
} from './urls.js';

/** Filters of {@link listVolumeTypes}; each field is the query parameter of the same name. */
export interface ListVolumeTypesQuery {
  /**
   * Admin: `true` (the default) lists public types, `false` private ones, `'None'` both. A member
   * sees the public types and the private ones its project was given access to.
   */
  is_public?: boolean | 'None';
  /** Types with every one of these extra specs; sent as one JSON object. Microversion 3.52 and later. */
  extra_specs?: Record<string, string>;
  /** Sort keys with directions, `name:asc` (Cinder's `sort`); refused together with `sort_key` or `sort_dir`. */
  sort?: string;
  sort_key?: string;
  sort_dir?: SortDirection;
  /** Page size; the listing still yields every type. */
  limit?: number;
  marker?: string;
  /** Types to skip before the first page. */
  offset?: number;
}

/** The input of {@link createVolumeType}. Field names are the API's own. */
export interface CreateVolumeTypeInput {
  name: string;
  description?: string;
  /** Whether every project may use the type (default `true`); a private type is used by the projects given access. */
  'os-volume-type-access:is_public'?: boolean;
  extra_specs?: Record<string, string>;
}

/** The input of {@link updateVolumeType}. */
export interface UpdateVolumeTypeInput {
  name?: string;
  description?: string | null;
  /** Makes the type public or private. */
  is_public?: boolean;
}

/** The input of {@link createVolumeTypeEncryption}. */
export interface CreateVolumeTypeEncryptionInput {
  /** The encryptor: `luks`, `plain`, or a class name. */
  provider: string;
  control_location: EncryptionControlLocation;
  cipher?: string | null;
  /** In bits. */
  key_size?: number | null;
}

/** The input of {@link updateVolumeTypeEncryption}: the fields to change. */
export type UpdateVolumeTypeEncryptionInput = Partial<CreateVolumeTypeEncryptionInput>;

/** The query of a type listing; refuses (when the listing starts) a filter the microversion lacks. */
function toListQuery(client: BlockStorageClient, query: ListVolumeTypesQuery, options: CallOptions | undefined): Record<string, QueryValue> {
  if (query.extra_specs !== undefined) client.requireMicroversion('3.52', 'The extra_specs filter', options);
  if (query.sort !== undefined && (query.sort_key !== undefined || query.sort_dir !== undefined)) {
    throw new InvalidInputError('Cinder refuses sort together with sort_key or sort_dir: give the directions in sort (name:asc)', 'sort');
  }
  const out: Record<string, QueryValue> = {};
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (value === undefined) continue;
    out[key] = key === 'extra_specs' ? JSON.stringify(value) : (value as QueryValue);
  }
  return out;
}

/**
 * Lists volume types (`GET /types`), following `volume_type_links`. Sends nothing until iteration
 * starts; an `extra_specs` filter before microversion 3.52, or `sort` with `sort_key` or `sort_dir`,
 * rejects the iteration before any request.
 */
export function listVolumeTypes(client: BlockStorageClient, query: ListVolumeTypesQuery = {}, options?: CallOptions): Paged<VolumeType> {
  return paginate<VolumeType>(
    client,
    () => ({ path: volumeTypesPath(), query: toListQuery(client, query, options), itemsKey: 'volume_types', strategy: linkedPages('volume_type_links') }),
    options,
  );
}

/** Shows one volume type. A private type the project has no access to answers 404. */
export async function getVolumeType(client: BlockStorageClient, id: string, options?: CallOptions): Promise<VolumeType> {
  return client.request<VolumeType>({ method: 'GET', path: volumeTypePath(id), expectStatus: [200], unwrap: 'volume_type' }, options);
}

/**
 * Shows the volume type a volume gets when its creation names none (the project's default, else
 * the cloud's). Requires microversion 3.62.
 */
export async function getDefaultVolumeType(client: BlockStorageClient, options?: CallOptions): Promise<VolumeType> {
  client.requireMicroversion('3.62', 'The default volume type', options);
  return client.request<VolumeType>({ method: 'GET', path: defaultVolumeTypePath(), expectStatus: [200], unwrap: 'volume_type' }, options);
}

/** Creates a volume type. Admin only. */
export async function createVolumeType(client: BlockStorageClient, input: CreateVolumeTypeInput, options?: CallOptions): Promise<VolumeType> {
  if (!isRecord(input)) throw new InvalidInputError('createVolumeType needs an input object', 'input');
  requireId(input.name, 'name');
  return client.request<VolumeType>({ method: 'POST', path: volumeTypesPath(), json: { volume_type: input }, expectStatus: [200], unwrap: 'volume_type' }, options);
}

/** Updates a volume type's name, description or visibility; returns the type. Admin only. */
export async function updateVolumeType(client: BlockStorageClient, id: string, input: UpdateVolumeTypeInput, options?: CallOptions): Promise<VolumeType> {
  return client.request<VolumeType>({ method: 'PUT', path: volumeTypePath(id), json: { volume_type: input }, expectStatus: [200], unwrap: 'volume_type' }, options);
}

/** Deletes a volume type. Admin only; Cinder refuses (400) while volumes use it or it is the default type. */
export async function deleteVolumeType(client: BlockStorageClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: volumeTypePath(id), expectStatus: [202] }, options);
}

/**
 * Resolves a volume type ID or name to its ID: tried as an ID first (`GET /types/{id}`), then as
 * the name of exactly one type the caller can see (public, or private: an admin sees all, a member
 * those its project has access to). Rejects with `NameLookupError` when neither matches, with
 * `InvalidInputError` for an empty input.
 */
export async function findVolumeTypeId(client: BlockStorageClient, nameOrId: string, options?: CallOptions): Promise<FoundId> {
  return findIdOrName<VolumeType>({
    nameOrId,
    what: 'volume type',
    get: async (id) => getVolumeType(client, id, options),
    list: () => listVolumeTypes(client, { is_public: 'None' }, options),
  });
}

/** Reads a volume type's extra specs, as one map of key to value (a member sees only the user-visible ones). */
export async function getVolumeTypeExtraSpecs(client: BlockStorageClient, id: string, options?: CallOptions): Promise<VolumeTypeExtraSpecs> {
  return client.request<VolumeTypeExtraSpecs>({ method: 'GET', path: extraSpecsPath(id), expectStatus: [200], unwrap: 'extra_specs' }, options);
}

/**
 * Creates or overwrites extra specs of a volume type (`POST /types/{id}/extra_specs`); the other
 * specs stay. Returns the specs sent. Admin only.
 */
export async function setVolumeTypeExtraSpecs(client: BlockStorageClient, id: string, specs: VolumeTypeExtraSpecs, options?: CallOptions): Promise<VolumeTypeExtraSpecs> {
  return client.request<VolumeTypeExtraSpecs>(
    { method: 'POST', path: extraSpecsPath(id), json: { extra_specs: specs }, expectStatus: [200], unwrap: 'extra_specs' },
    options,
  );
}

/** Shows one extra spec of a volume type as `{ [key]: value }`. A key the type does not have answers 404. */
export async function getVolumeTypeExtraSpec(client: BlockStorageClient, id: string, key: string, options?: CallOptions): Promise<VolumeTypeExtraSpecs> {
  return client.request<VolumeTypeExtraSpecs>({ method: 'GET', path: extraSpecPath(id, key), expectStatus: [200] }, options);
}

/** Creates or replaces one extra spec of a volume type; returns it as `{ [key]: value }`. Admin only. */
export async function updateVolumeTypeExtraSpec(client: BlockStorageClient, id: string, key: string, value: string, options?: CallOptions): Promise<VolumeTypeExtraSpecs> {
  if (typeof value !== 'string') throw new InvalidInputError('An extra spec value must be a string', 'value');
  return client.request<VolumeTypeExtraSpecs>({ method: 'PUT', path: extraSpecPath(id, key), json: { [key]: value }, expectStatus: [200] }, options);
}

/** Deletes one extra spec of a volume type. Admin only. */
export async function deleteVolumeTypeExtraSpec(client: BlockStorageClient, id: string, key: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: extraSpecPath(id, key), expectStatus: [202] }, options);
}

/** Lists the projects that may use a private volume type. Admin only. All in one page. */
export function listVolumeTypeAccess(client: BlockStorageClient, id: string, options?: CallOptions): Paged<VolumeTypeAccess> {
  return paginate<VolumeTypeAccess>(client, () => ({ path: volumeTypeAccessPath(id), itemsKey: 'volume_type_access', strategy: singlePage() }), options);
}

/** Lets a project use a private volume type (`addProjectAccess`). Admin only. */
export async function addVolumeTypeAccess(client: BlockStorageClient, id: string, project: string, options?: CallOptions): Promise<void> {
  requireId(project, 'project');
  return client.execute({ method: 'POST', path: volumeTypeActionPath(id), json: { addProjectAccess: { project } }, expectStatus: [202] }, options);
}

/** Takes a project's access to a private volume type away (`removeProjectAccess`). Admin only. */
export async function removeVolumeTypeAccess(client: BlockStorageClient, id: string, project: string, options?: CallOptions): Promise<void> {
  requireId(project, 'project');
  return client.execute({ method: 'POST', path: volumeTypeActionPath(id), json: { removeProjectAccess: { project } }, expectStatus: [202] }, options);
}

/**
 * Reads the encryption a volume type gives its volumes, or `null` when the type has none (Cinder
 * answers an empty object). Admin only.
 */
export async function getVolumeTypeEncryption(client: BlockStorageClient, id: string, options?: CallOptions): Promise<VolumeTypeEncryption | null> {
  const body = await client.request<unknown>({ method: 'GET', path: encryptionPath(id), expectStatus: [200] }, options);
  return isRecord(body) && typeof body.encryption_id === 'string' ? (body as unknown as VolumeTypeEncryption) : null;
}

/** Shows one field of a volume type's encryption as `{ [key]: value }` (`GET /types/{id}/encryption/{key}`). Admin only. */
export async function getVolumeTypeEncryptionSpec(client: BlockStorageClient, id: string, key: string, options?: CallOptions): Promise<Record<string, unknown>> {
  return client.request<Record<string, unknown>>({ method: 'GET', path: encryptionItemPath(id, key, 'key'), expectStatus: [200] }, options);
}

/** Makes a volume type encrypted; returns the encryption with its `encryption_id`. Admin only; refused while volumes use the type. */
export async function createVolumeTypeEncryption(
  client: BlockStorageClient,
  id: string,
  input: CreateVolumeTypeEncryptionInput,
  options?: CallOptions,
): Promise<VolumeTypeEncryption> {
  if (!isRecord(input)) throw new InvalidInputError('createVolumeTypeEncryption needs an input object', 'input');
  requireId(input.provider, 'provider');
  requireId(input.control_location, 'control_location');
  return client.request<VolumeTypeEncryption>({ method: 'POST', path: encryptionPath(id), json: { encryption: input }, expectStatus: [200], unwrap: 'encryption' }, options);
}

/** Changes a volume type's encryption; returns the fields changed, as Cinder does. Admin only; refused while volumes use the type. */
export async function updateVolumeTypeEncryption(
  client: BlockStorageClient,
  id: string,
  encryptionId: string,
  input: UpdateVolumeTypeEncryptionInput,
  options?: CallOptions,
): Promise<UpdateVolumeTypeEncryptionInput> {
  return client.request<UpdateVolumeTypeEncryptionInput>(
    { method: 'PUT', path: encryptionItemPath(id, encryptionId, 'encryptionId'), json: { encryption: input }, expectStatus: [200], unwrap: 'encryption' },
    options,
  );
}

/** Removes a volume type's encryption. Admin only; refused while volumes use the type. */
export async function deleteVolumeTypeEncryption(client: BlockStorageClient, id: string, encryptionId: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: encryptionItemPath(id, encryptionId, 'encryptionId'), expectStatus: [202] }, options);
}
