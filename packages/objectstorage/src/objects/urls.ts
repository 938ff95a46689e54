import { InvalidInputError } from '@openstack-ts/core';
import { containerPath } from '../containers/urls.js';

const encoder = new TextEncoder();

/**
 * Validates an object name (Swift: 1 to 1024 bytes of UTF-8; `/` allowed and kept as is; no `.`
 * or `..` segment, which a URL cannot carry) and returns `container/object` encoded for a path.
 */
export function objectPath(container: string, name: string): string {
  const base = containerPath(container);
  if (typeof name !== 'string' || name === '') throw new InvalidInputError('object name must be a non-empty string', 'name');
  if (encoder.encode(name).length > 1024) throw new InvalidInputError('An object name is at most 1024 bytes of UTF-8', 'name');
  // Swift allows `a/../b`, but every URL parser (fetch's included) resolves `.` and `..` segments,
  // even percent-encoded: the request would go to another object, or another account.
  if (name.split('/').some((part) => part === '.' || part === '..')) {
    throw new InvalidInputError(`An object name with a "." or ".." segment cannot be addressed by URL: ${JSON.stringify(name)}`, 'name');
  }
  return `${base}/${name.split('/').map(encodeURIComponent).join('/')}`;
}
