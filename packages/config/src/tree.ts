/**
 * Helpers for the plain-object trees that YAML files and `OS_*` variables turn into. Not part of
 * the public surface.
 */

import { isRecord as coreIsRecord } from '@openstack-ts/core/internal';

/** A mapping read from a YAML file or built from the environment. */
export type ConfigTree = Record<string, unknown>;

/** True for a mapping (not `null`, not a list): core's check, typed for config trees. */
export const isRecord: (value: unknown) => value is ConfigTree = coreIsRecord;

/** Sets an own property, so a YAML key named `__proto__` stays a plain key. */
function put(target: ConfigTree, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Merges `over` onto `base` the way openstacksdk's `merge_clouds` does: mappings merge key by
 * key, anything else (lists included) is replaced. Neither input is modified.
 */
export function deepMerge(base: ConfigTree, over: ConfigTree): ConfigTree {
  const out: ConfigTree = {};
  for (const [key, value] of Object.entries(base)) put(out, key, value);
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    put(out, key, isRecord(value) && isRecord(current) ? deepMerge(current, value) : value);
  }
  return out;
}

/** Returns a copy with `-` replaced by `_` in every key, at every depth (openstacksdk's `normalize_keys`). */
export function normalizeKeys(tree: ConfigTree): ConfigTree {
  const out: ConfigTree = {};
  for (const [key, value] of Object.entries(tree)) put(out, key.replace(/-/g, '_'), normalizeValue(value));
  return out;
}

function normalizeValue(value: unknown): unknown {
  if (isRecord(value)) return normalizeKeys(value);
  if (Array.isArray(value)) return value.map(normalizeValue);
  return value;
}

/** Returns a copy without the given keys. */
export function without(tree: ConfigTree, keys: readonly string[]): ConfigTree {
  const out: ConfigTree = {};
  for (const [key, value] of Object.entries(tree)) {
    if (!keys.includes(key)) put(out, key, value);
  }
  return out;
}
