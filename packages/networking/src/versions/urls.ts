const VERSION_SEGMENT = /^v\d+(\.\d+)?$/;

/**
 * The networking service's root, where `GET /` lists the API versions: the endpoint cut before its
 * version segment (`http://host:9696/v2.0/` → `http://host:9696/`, `https://cloud/network/v2.0/` →
 * `https://cloud/network/`). An endpoint without a version segment is taken as the root.
 */
export function networkingRootUrl(endpoint: string): string {
  const url = new URL(endpoint);
  const segments = url.pathname.split('/').filter((part) => part !== '');
  const versionIndex = segments.findIndex((part) => VERSION_SEGMENT.test(part));
  const kept = versionIndex === -1 ? segments : segments.slice(0, versionIndex);
  return `${url.origin}/${kept.map((part) => `${part}/`).join('')}`;
}

/** The v2.0 document listing the core resources: the client's endpoint itself. */
export const resourcesPath = (): string => '';
