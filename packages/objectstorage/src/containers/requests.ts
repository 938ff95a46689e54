import { InvalidInputError, markerPages, paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import type { ObjectStorageClient } from '../client.js';
import { boolHeader, headerRecord, inputBag, intHeader, putMetadataHeaders, readMetadata, requireCount, textHeader, toHeaderValue } from '../common.js';
import type { Container, ContainerSummary } from './results.js';
import { containerPath, containersPath } from './urls.js';

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

/**
 * Lists the account's containers, following Swift's marker paging. Sends nothing until iteration
 * starts; a bad `limit` rejects the first page.
 */
export function listContainers(client: ObjectStorageClient, query?: ListContainersQuery, options?: CallOptions): Paged<ContainerSummary> {
  return paginate<ContainerSummary>(
    client,
    () => {
      const filters = inputBag(query);
      if (filters.limit !== undefined) requireCount(filters.limit, 'limit');
      return {
        path: containersPath(),
        query: { format: 'json', ...filters, reverse: filters.reverse === undefined ? undefined : String(filters.reverse) },
        itemsKey: null,
        strategy: markerPages('name'),
      };
    },
    options,
  );
}

/**
 * Settings a container can be updated with. Other headers go in the call options' `headers`.
 */
export interface UpdateContainerInput {
  /** User metadata to set (`X-Container-Meta-*`); other keys are kept. */
  metadata?: Readonly<Record<string, string>> | undefined;
  /** Metadata keys to remove (`X-Remove-Container-Meta-*`). */
  remove_metadata?: readonly string[] | undefined;
  /** The read ACL (`X-Container-Read`), e.g. `.r:*,.rlistings` to make the container public; `''` removes it. */
  read?: string | undefined;
  /** The write ACL (`X-Container-Write`), e.g. `project:user`; `''` removes it. */
  write?: string | undefined;
  /** Turn object versioning on or off (Swift 2.24+, `X-Versions-Enabled`). */
  versions_enabled?: boolean | undefined;
  /** Legacy "stack" versioning into this container (`X-Versions-Location`); `''` turns it off. */
  versions_location?: string | undefined;
  /** Legacy "history" versioning into this container (`X-History-Location`); `''` turns it off. */
  history_location?: string | undefined;
  /** Quota in bytes (`X-Container-Meta-Quota-Bytes`); `null` removes it. */
  quota_bytes?: number | null | undefined;
  /** Quota in objects (`X-Container-Meta-Quota-Count`); `null` removes it. */
  quota_count?: number | null | undefined;
  /** The container's temp URL keys (`X-Container-Meta-Temp-URL-Key`, `-Key-2`); `''` removes one. */
  temp_url_key?: string | undefined;
  /** The second key (`X-Container-Meta-Temp-URL-Key-2`); `''` removes it. */
  temp_url_key_2?: string | undefined;
}

/** Settings of a new container. */
export interface CreateContainerInput extends Omit<UpdateContainerInput, 'remove_metadata'> {
  /** The storage policy's name (`X-Storage-Policy`, fixed at creation). */
  storage_policy?: string | undefined;
}

function settingHeaders(input: UpdateContainerInput & { storage_policy?: string | undefined }): Record<string, string> {
  const headers: Record<string, string> = {};
  putMetadataHeaders(headers, 'Container', input.metadata, input.remove_metadata);
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
  return headers;
}

/**
 * Creates a container (`PUT`). Swift answers 202 when it already exists and then applies the
 * settings given to it, so this also works as "ensure".
 */
export async function createContainer(client: ObjectStorageClient, container: string, input?: CreateContainerInput, options?: CallOptions): Promise<void> {
  const path = containerPath(container);
  const settings = inputBag(input);
  if ((settings as UpdateContainerInput).remove_metadata !== undefined) {
    throw new InvalidInputError('remove_metadata belongs to updateContainer', 'remove_metadata');
  }
  await client.execute({ method: 'PUT', path, headers: settingHeaders(settings), expectStatus: [201, 202] }, options);
}

/** Reads a container's metadata and settings (`HEAD`). */
export async function getContainer(client: ObjectStorageClient, container: string, options?: CallOptions): Promise<Container> {
  const response = await client.send({ method: 'HEAD', path: containerPath(container) }, options);
  const metadata = readMetadata(response.headers, 'container');
  return {
    name: container,
    object_count: intHeader(response, 'x-container-object-count'),
    bytes_used: intHeader(response, 'x-container-bytes-used'),
    read: textHeader(response, 'x-container-read'),
    write: textHeader(response, 'x-container-write'),
    storage_policy: textHeader(response, 'x-storage-policy'),
    versions_enabled: boolHeader(response, 'x-versions-enabled'),
    versions_location: textHeader(response, 'x-versions-location'),
    history_location: textHeader(response, 'x-history-location'),
    quota_bytes: intHeader(response, 'x-container-meta-quota-bytes'),
    quota_count: intHeader(response, 'x-container-meta-quota-count'),
    temp_url_key: metadata['temp-url-key'],
    temp_url_key_2: metadata['temp-url-key-2'],
    sync_to: textHeader(response, 'x-container-sync-to'),
    timestamp: textHeader(response, 'x-timestamp'),
    metadata,
    headers: headerRecord(response.headers),
  };
}

/** Changes a container's metadata and settings (`POST`); what is not given is kept. */
export async function updateContainer(client: ObjectStorageClient, container: string, input: UpdateContainerInput, options?: CallOptions): Promise<void> {
  const path = containerPath(container);
  const headers = settingHeaders(inputBag(input, true));
  await client.execute({ method: 'POST', path, headers, expectStatus: [204] }, options);
}

/** Deletes an empty container. Swift answers 409 while it holds objects (see `bulkDelete`). */
export async function deleteContainer(client: ObjectStorageClient, container: string, options?: CallOptions): Promise<void> {
  await client.execute({ method: 'DELETE', path: containerPath(container) }, options);
}
