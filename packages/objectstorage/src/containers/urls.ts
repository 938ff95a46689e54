import { InvalidInputError } from '@openstack-ts/core';

const encoder = new TextEncoder();

/** The account's listing of containers: the storage URL itself. */
export const containersPath = (): string => '';

/** Validates a container name (Swift: 1 to 256 bytes of UTF-8, no `/`) and encodes it for a path. */
export function containerPath(container: string): string {
  if (typeof container !== 'string' || container === '') {
    throw new InvalidInputError('container must be a non-empty string', 'container');
  }
  if (container.includes('/')) throw new InvalidInputError(`A container name cannot contain "/": ${JSON.stringify(container)}`, 'container');
  if (container === '.' || container === '..') throw new InvalidInputError(`A container cannot be named "${container}": URLs resolve it as a dot segment`, 'container');
  if (encoder.encode(container).length > 256) throw new InvalidInputError('A container name is at most 256 bytes of UTF-8', 'container');
  return encodeURIComponent(container);
}
