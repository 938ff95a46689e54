import { InvalidInputError, markerPages, paginate, type CallOptions, type Paged, type ServiceClient } from '@openstack-ts/core';
import {
  boolHeader,
  containerPath,
  headerRecord,
  intHeader,
  putMetadataHeaders,
  readMetadata,
  requireCount,
  textHeader,
  toHeaderValue,
  withExtraHeaders,
} from '../common.js';
import type { Container, ContainerSummary } from './results.js';

/** Filters of {@link listContainers}. Listings are in name order (UTF-8 bytes). */
export interface ListContainersQuery {
  /** Containers per page (Swift's default and maximum is 10,000). */
  limit?: number | undefined;
  /** Start after this name. */
  marker?: string | undefined;
  /** Stop before this name. */
  end_marker?: string | undefined;
  /** Only names that start with this. */
  prefix?: string | undefined;
  /** Newest name first. */
  reverse?: boolean | undefined;
}

/** Lists the account's containers, following Swift's marker paging. */
export function listContainers(client: ServiceClient, query: ListContainersQuery = {}, options: CallOptions = {}): Paged<ContainerSummary> {
  if (query.limit !== undefined) requireCount(query.limit, 'limit');
  return paginate<ContainerSummary>(
    client,
    {
      path: '',
      query: { format: 'json', ...query, reverse: query.reverse === undefined ? undefined : String(query.reverse) },
      itemsKey: null,
      strategy: markerPages('name'),
    },
    options,
  );
}

/** Settings a container can be updated with. */
export interface UpdateContainerInput {
  /** User metadata to set (`X-Container-Meta-*`); other keys are kept. */
  metadata?: Readonly<Record<string, string>> | undefined;
  /** Metadata keys to remove. */
  removeMetadata?: readonly string[] | undefined;
  /** The read ACL, e.g. `.r:*,.rlistings` to make the container public; `''` removes it. */
  read?: string | undefined;
  /** The write ACL, e.g. `project:user`; `''` removes it. */
  write?: string | undefined;
  /** Turn object versioning on or off (Swift 2.24+, `X-Versions-Enabled`). */
  versions_enabled?: boolean | undefined;
  /** Legacy "stack" versioning into this container; `''` turns it off. */
  versions_location?: string | undefined;
  /** Legacy "history" versioning into this container; `''` turns it off. */
  history_location?: string | undefined;
  /** Quota in bytes; `null` removes it. */
  quota_bytes?: number | null | undefined;
  /** Quota in objects; `null` removes it. */
  quota_count?: number | null | undefined;
  /** The container's temp URL keys; `''` removes one. */
  temp_url_key?: string | undefined;
  temp_url_key_2?: string | undefined;
  /** Any other header to send. */
  headers?: Readonly<Record<string, string>> | undefined;
}

/** Settings of a new container. */
export interface CreateContainerInput extends Omit<UpdateContainerInput, 'removeMetadata'> {
  /** The storage policy's name (fixed at creation). */
  storage_policy?: string | undefined;
}

function settingHeaders(input: UpdateContainerInput & { storage_policy?: string | undefined }): Record<string, string> {
  const headers: Record<string, string> = {};
  putMetadataHeaders(headers, 'Container', input.metadata, input.removeMetadata);
  const acl = (value: string | undefined, set: string, remove: string, field: string): void => {
    if (value === undefined) return;
    if (value === '') headers[remove] = 'x';
    else headers[set] = toHeaderValue(value, field);
  };
  acl(input.read, 'X-Container-Read', 'X-Remove-Container-Read', 'read');
  acl(input.write, 'X-Container-Write', 'X-Remove-Container-Write', 'write');
  acl(input.versions_location, 'X-Versions-Location', 'X-Remove-Versions-Location', 'versions_location');
  acl(input.history_location, 'X-History-Location', 'X-Remove-History-Location', 'history_location');
  acl(input.temp_url_key, 'X-Container-Meta-Temp-URL-Key', 'X-Remove-Container-Meta-Temp-URL-Key', 'temp_url_key');
  acl(input.temp_url_key_2, 'X-Container-Meta-Temp-URL-Key-2', 'X-Remove-Container-Meta-Temp-URL-Key-2', 'temp_url_key_2');
  if (input.versions_enabled !== undefined) headers['X-Versions-Enabled'] = String(input.versions_enabled);
  const quota = (value: number | null | undefined, name: string, field: string): void => {
    if (value === undefined) return;
    if (value === null) headers[`X-Remove-Container-Meta-${name}`] = 'x';
    else headers[`X-Container-Meta-${name}`] = String(requireCount(value, field));
  };
  quota(input.quota_bytes, 'Quota-Bytes', 'quota_bytes');
  quota(input.quota_count, 'Quota-Count', 'quota_count');
  if (input.storage_policy !== undefined) headers['X-Storage-Policy'] = toHeaderValue(input.storage_policy, 'storage_policy');
  return withExtraHeaders(headers, input.headers);
}

/**
 * Creates a container (`PUT`). Swift answers 202 when it already exists and then applies the
 * settings given to it, so this also works as "ensure".
 */
export async function createContainer(client: ServiceClient, name: string, input: CreateContainerInput = {}, options: CallOptions = {}): Promise<void> {
  const path = containerPath(name);
  const anyInput = input as { removeMetadata?: unknown };
  if (anyInput.removeMetadata !== undefined) throw new InvalidInputError('removeMetadata belongs to updateContainer', 'removeMetadata');
  await client.execute({ method: 'PUT', path, headers: settingHeaders(input), expectStatus: [201, 202] }, options);
}

/** Reads a container's metadata and settings (`HEAD`). */
export async function getContainer(client: ServiceClient, name: string, options: CallOptions = {}): Promise<Container> {
  const path = containerPath(name);
  const response = await client.send({ method: 'HEAD', path }, options);
  await response.body?.cancel();
  const context = { method: 'HEAD', url: client.url(path) };
  const metadata = readMetadata(response.headers, 'container');
  return {
    name,
    object_count: intHeader(response, 'x-container-object-count', context),
    bytes_used: intHeader(response, 'x-container-bytes-used', context),
    read: textHeader(response, 'x-container-read'),
    write: textHeader(response, 'x-container-write'),
    storage_policy: textHeader(response, 'x-storage-policy'),
    versions_enabled: boolHeader(response, 'x-versions-enabled'),
    versions_location: textHeader(response, 'x-versions-location'),
    history_location: textHeader(response, 'x-history-location'),
    quota_bytes: intHeader(response, 'x-container-meta-quota-bytes', context),
    quota_count: intHeader(response, 'x-container-meta-quota-count', context),
    temp_url_key: metadata['temp-url-key'],
    temp_url_key_2: metadata['temp-url-key-2'],
    sync_to: textHeader(response, 'x-container-sync-to'),
    timestamp: textHeader(response, 'x-timestamp'),
    metadata,
    headers: headerRecord(response.headers),
  };
}

/** Changes a container's metadata and settings (`POST`); what is not given is kept. */
export async function updateContainer(client: ServiceClient, name: string, input: UpdateContainerInput, options: CallOptions = {}): Promise<void> {
  const path = containerPath(name);
  await client.execute({ method: 'POST', path, headers: settingHeaders(input), expectStatus: [204] }, options);
}

/** Deletes an empty container. Swift answers 409 while it holds objects (see `bulkDelete`). */
export async function deleteContainer(client: ServiceClient, name: string, options: CallOptions = {}): Promise<void> {
  await client.execute({ method: 'DELETE', path: containerPath(name) }, options);
}
