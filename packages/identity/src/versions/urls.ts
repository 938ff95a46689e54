const VERSION_SEGMENT = /^v\d+(\.\d+)?$/;

/**
 * Keystone's root, where `GET /` lists the versions: the endpoint cut before its version segment
 * (`http://host:5000/v3/` → `http://host:5000/`, `https://cloud/identity/v3` → `https://cloud/identity/`).
 */
export function identityRootUrl(endpoint: string): string {
  const url = new URL(endpoint);
  const segments = url.pathname.split('/').filter((part) => part !== '');
  const versionIndex = segments.findIndex((part) => VERSION_SEGMENT.test(part));
  const kept = versionIndex === -1 ? segments : segments.slice(0, versionIndex);
  return `${url.origin}/${kept.map((part) => `${part}/`).join('')}`;
}

/** The v3 document, `GET /v3` under the root. */
export const identityV3Url = (endpoint: string): string => `${identityRootUrl(endpoint)}v3`;
