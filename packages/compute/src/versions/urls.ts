import { segment } from '@openstack-ts/core/internal';

const VERSION_SEGMENT = /^v\d+(\.\d+)?$/;

function pathSegments(endpoint: string): { origin: string; segments: string[]; versionIndex: number } {
  const url = new URL(endpoint);
  const segments = url.pathname.split('/').filter((part) => part !== '');
  return { origin: url.origin, segments, versionIndex: segments.findIndex((part) => VERSION_SEGMENT.test(part)) };
}

const join = (origin: string, segments: string[]): string => `${origin}/${segments.map((part) => `${part}/`).join('')}`;

/**
 * The compute service's root, where `GET /` lists the versions: the endpoint cut before its
 * version segment (`http://host:8774/v2.1/` → `http://host:8774/`, `https://cloud/compute/v2.1/` →
 * `https://cloud/compute/`); an endpoint without one is taken as the root.
 */
export function computeRootUrl(endpoint: string): string {
  const { origin, segments, versionIndex } = pathSegments(endpoint);
  return join(origin, versionIndex === -1 ? segments : segments.slice(0, versionIndex));
}

/**
 * The URL of one version's document: `apiVersion` under the root, or by default the endpoint's
 * own version (without a trailing project ID).
 */
export function computeVersionUrl(endpoint: string, apiVersion?: string): string {
  if (apiVersion !== undefined) return `${computeRootUrl(endpoint)}${segment(apiVersion, 'apiVersion')}/`;
  const { origin, segments, versionIndex } = pathSegments(endpoint);
  return join(origin, versionIndex === -1 ? segments : segments.slice(0, versionIndex + 1));
}
