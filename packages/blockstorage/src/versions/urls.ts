const VERSION_SEGMENT = /^v\d+(\.\d+)?$/;

/**
 * Cinder's root, where `GET /` lists the versions: the endpoint cut before its version segment
 * (`http://host:8776/v3/{project_id}` → `http://host:8776/`, `https://cloud/volume/v3/…` →
 * `https://cloud/volume/`); an endpoint without one is taken as the root.
 */
export function blockStorageRootUrl(endpoint: string): string {
  const url = new URL(endpoint);
  const segments = url.pathname.split('/').filter((part) => part !== '');
  const versionIndex = segments.findIndex((part) => VERSION_SEGMENT.test(part));
  const kept = versionIndex === -1 ? segments : segments.slice(0, versionIndex);
  return `${url.origin}/${kept.map((part) => `${part}/`).join('')}`;
}
