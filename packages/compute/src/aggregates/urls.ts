import { InvalidInputError } from '@openstack-ts/core';
import { segment } from '@openstack-ts/core/internal';

/** An aggregate ID (an integer) as a path segment; numeric strings are accepted too. */
function aggregateId(id: number | string): string {
  if (typeof id === 'number') {
    if (!Number.isSafeInteger(id) || id < 0) throw new InvalidInputError(`aggregateId must be a non-negative integer, got ${String(id)}`, 'aggregateId');
    return String(id);
  }
  return segment(id, 'aggregateId');
}

export const aggregatesPath = (): string => 'os-aggregates';
export const aggregatePath = (id: number | string): string => `os-aggregates/${aggregateId(id)}`;
export const aggregateActionPath = (id: number | string): string => `${aggregatePath(id)}/action`;
export const aggregateImagesPath = (id: number | string): string => `${aggregatePath(id)}/images`;
