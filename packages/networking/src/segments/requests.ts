import { linkedPages, paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import { joinListFilters } from '@openstack-ts/core/internal';
import type { NetworkingClient } from '../client.js';
import { TAG_FILTERS, type NeutronListQuery } from '../common.js';
import type { Segment } from './results.js';
import { segmentPath, segmentsPath } from './urls.js';

/**
 * Filters of {@link listSegments}; each field is the query parameter of the same name. Arrays match
 * any value. Segments have no tags and no project; `segmentation_id`, though documented, is not a
 * filter (Neutron answers 400).
 */
export interface ListSegmentsQuery extends Omit<NeutronListQuery, 'tags' | 'tags-any' | 'not-tags' | 'not-tags-any' | 'project_id'> {
  id?: string | string[];
  network_id?: string | string[];
  name?: string | string[];
  network_type?: Segment['network_type'];
  physical_network?: string;
}

/** The body of {@link createSegment}. */
export interface CreateSegmentInput {
  network_id: string;
  network_type: Segment['network_type'];
  /** Required for flat and VLAN segments, refused for tunnelled types. */
  physical_network?: string;
  /** The VLAN or tunnel ID; allocated from the configured ranges when left out. */
  segmentation_id?: number;
  name?: string | null;
  description?: string;
}

/** The body of {@link updateSegment}: only the name and description can change. */
export interface UpdateSegmentInput {
  name?: string | null;
  description?: string;
}

/**
 * Lists network segments. Admin only by default policy: other callers get an empty list. Sends
 * nothing until iteration starts.
 */
export function listSegments(client: NetworkingClient, query: ListSegmentsQuery = {}, options?: CallOptions): Paged<Segment> {
  return paginate<Segment>(client, () => ({ path: segmentsPath(), query: joinListFilters(query, TAG_FILTERS), itemsKey: 'segments', strategy: linkedPages('segments_links') }), options);
}

/** Shows one segment. Admin only by default policy. */
export async function getSegment(client: NetworkingClient, id: string, options?: CallOptions): Promise<Segment> {
  return client.request<Segment>({ method: 'GET', path: segmentPath(id), expectStatus: [200], unwrap: 'segment' }, options);
}

/**
 * Adds a segment to a network. Admin only. The network's MTU must fit the new segment (a VXLAN
 * segment carries less than a VLAN). A network has at most one segment per network type and
 * physical network: a second is a 409 `NeutronDbObjectDuplicateEntry`, which Neutron (Zed) sends
 * only after minutes of retrying its database insert.
 */
export async function createSegment(client: NetworkingClient, input: CreateSegmentInput, options?: CallOptions): Promise<Segment> {
  return client.request<Segment>({ method: 'POST', path: segmentsPath(), json: { segment: input }, expectStatus: [201], unwrap: 'segment' }, options);
}

/** Renames or redescribes a segment; its type and IDs are read-only. Admin only. */
export async function updateSegment(client: NetworkingClient, id: string, input: UpdateSegmentInput, options?: CallOptions): Promise<Segment> {
  return client.request<Segment>({ method: 'PUT', path: segmentPath(id), json: { segment: input }, expectStatus: [200], unwrap: 'segment' }, options);
}

/** Deletes a segment. Admin only; a 409 `SegmentInUse` while subnets are on it. */
export async function deleteSegment(client: NetworkingClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: segmentPath(id), expectStatus: [204] }, options);
}
