import type { BlockStorageClient } from '../client.js';
import { InvalidInputError, linkedPages, paginate, singlePage, type CallOptions, type Paged } from '@openstack-ts/core';
import { isRecord, requireId } from '@openstack-ts/core/internal';
import type { SortDirection } from '../common.js';
import type { QosConsumer, QosSpec, QosSpecAssociation } from './results.js';
import {
  qosSpecAssociatePath,
  qosSpecAssociationsPath,
  qosSpecDeleteKeysPath,
  qosSpecDisassociateAllPath,
  qosSpecDisassociatePath,
  qosSpecPath,
  qosSpecsPath,
} from './urls.js';

/** Query of {@link listQosSpecs}: paging and order; each field is the query parameter of the same name. */
export interface ListQosSpecsQuery {
  /**
   * Sort keys with directions, `created_at:desc` (Cinder's `sort`); refused together with
   * `sort_key` or `sort_dir`. Cinder sorts QoS specs by `id` or `created_at`, and refuses `name` (400).
   */
  sort?: string;
  sort_key?: string;
  sort_dir?: SortDirection;
  /** Page size; the listing still yields every QoS spec. */
  limit?: number;
  marker?: string;
  /** QoS specs to skip before the first page. */
  offset?: number;
}

/** The input of {@link createQosSpec}. */
export interface CreateQosSpecInput {
  name: string;
  /** Default `back-end`. */
  consumer?: QosConsumer;
  /**
   * The limits, key to value (`read_iops_sec: '1000'`). Convenience: Cinder takes them beside
   * `name` and `consumer` in one flat object; they are sent so.
   */
  specs?: Record<string, string>;
}

/** Options of {@link deleteQosSpec}, sent as query parameters. */
export interface DeleteQosSpecQuery {
  /** Delete QoS specs still associated with volume types (disassociating them); without it Cinder refuses (400). */
  force?: boolean;
}

/**
 * Lists QoS specs (`GET /qos-specs`), following `qos_specs_links`. Admin only. Sends nothing until
 * iteration starts; `sort` with `sort_key` or `sort_dir` rejects the iteration before any request.
 */
export function listQosSpecs(client: BlockStorageClient, query: ListQosSpecsQuery = {}, options?: CallOptions): Paged<QosSpec> {
  return paginate<QosSpec>(
    client,
    () => {
      if (query.sort !== undefined && (query.sort_key !== undefined || query.sort_dir !== undefined)) {
        throw new InvalidInputError('Cinder refuses sort together with sort_key or sort_dir: give the directions in sort (created_at:desc)', 'sort');
      }
      return { path: qosSpecsPath(), query: { ...query }, itemsKey: 'qos_specs', strategy: linkedPages('qos_specs_links') };
    },
    options,
  );
}

/** Shows one QoS spec. Admin only. */
export async function getQosSpec(client: BlockStorageClient, id: string, options?: CallOptions): Promise<QosSpec> {
  return client.request<QosSpec>({ method: 'GET', path: qosSpecPath(id), expectStatus: [200], unwrap: 'qos_specs' }, options);
}

function toCreateQosSpecBody(input: CreateQosSpecInput): Record<string, unknown> {
  const { specs, ...rest } = input;
  return { qos_specs: { ...specs, ...rest } };
}

/** Creates QoS specs. Admin only. */
export async function createQosSpec(client: BlockStorageClient, input: CreateQosSpecInput, options?: CallOptions): Promise<QosSpec> {
  if (!isRecord(input)) throw new InvalidInputError('createQosSpec needs an input object', 'input');
  requireId(input.name, 'name');
  return client.request<QosSpec>({ method: 'POST', path: qosSpecsPath(), json: toCreateQosSpecBody(input), expectStatus: [200], unwrap: 'qos_specs' }, options);
}

/**
 * Deletes QoS specs. Admin only. Cinder refuses (400) QoS specs still associated with a volume
 * type unless `force` is set.
 */
export async function deleteQosSpec(client: BlockStorageClient, id: string, query: DeleteQosSpecQuery = {}, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: qosSpecPath(id), query: { force: query.force }, expectStatus: [202] }, options);
}

/**
 * Creates or overwrites keys of QoS specs (`PUT /qos-specs/{id}`); the other keys stay. Returns the
 * keys sent, as Cinder does. Admin only.
 */
export async function setQosSpecKeys(client: BlockStorageClient, id: string, specs: Record<string, string>, options?: CallOptions): Promise<Record<string, string>> {
  if (!isRecord(specs)) throw new InvalidInputError('setQosSpecKeys needs a map of keys to values', 'specs');
  return client.request<Record<string, string>>({ method: 'PUT', path: qosSpecPath(id), json: { qos_specs: specs }, expectStatus: [200], unwrap: 'qos_specs' }, options);
}

/** Removes keys from QoS specs (`PUT /qos-specs/{id}/delete_keys`). Admin only. */
export async function unsetQosSpecKeys(client: BlockStorageClient, id: string, keys: readonly string[], options?: CallOptions): Promise<void> {
  if (!Array.isArray(keys) || keys.length === 0 || !keys.every((key) => typeof key === 'string' && key !== '')) {
    throw new InvalidInputError('unsetQosSpecKeys needs a non-empty list of keys', 'keys');
  }
  return client.execute({ method: 'PUT', path: qosSpecDeleteKeysPath(id), json: { keys }, expectStatus: [202] }, options);
}

/** Lists the volume types the QoS specs are associated with. Admin only. All in one page. */
export function listQosSpecAssociations(client: BlockStorageClient, id: string, options?: CallOptions): Paged<QosSpecAssociation> {
  return paginate<QosSpecAssociation>(client, () => ({ path: qosSpecAssociationsPath(id), itemsKey: 'qos_associations', strategy: singlePage() }), options);
}

/**
 * Associates QoS specs with a volume type (`GET /qos-specs/{id}/associate?vol_type_id=…`, a GET
 * as Cinder has it). Admin only; a type carries at most one QoS spec.
 */
export async function associateQosSpec(client: BlockStorageClient, id: string, volumeTypeId: string, options?: CallOptions): Promise<void> {
  requireId(volumeTypeId, 'volumeTypeId');
  return client.execute({ method: 'GET', path: qosSpecAssociatePath(id), query: { vol_type_id: volumeTypeId }, expectStatus: [202] }, options);
}

/** Dissociates QoS specs from one volume type (a GET, as Cinder has it). Admin only. */
export async function disassociateQosSpec(client: BlockStorageClient, id: string, volumeTypeId: string, options?: CallOptions): Promise<void> {
  requireId(volumeTypeId, 'volumeTypeId');
  return client.execute({ method: 'GET', path: qosSpecDisassociatePath(id), query: { vol_type_id: volumeTypeId }, expectStatus: [202] }, options);
}

/** Dissociates QoS specs from every volume type (`disassociate_all`, a GET as Cinder has it). Admin only. */
export async function disassociateQosSpecFromAllTypes(client: BlockStorageClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'GET', path: qosSpecDisassociateAllPath(id), expectStatus: [202] }, options);
}
