/**
 * Microversions: parsing, comparing, negotiating, and the header each service expects.
 */
import { InvalidInputError, MicroversionError } from './errors.js';

/** A microversion as `major.minor`, e.g. `2.79`, or `latest` (the server's maximum). */
export type Microversion = `${number}.${number}` | 'latest';

/** Parsed microversion. */
export interface MicroversionParts {
  /** The part before the dot: 2 in `2.79`. */
  major: number;
  /** The part after the dot, compared as a number: 79 in `2.79`, so `2.10` comes after `2.9`. */
  minor: number;
}

const PATTERN = /^(\d{1,4})\.(\d{1,4})$/;

/** Parses `2.79` into `{ major: 2, minor: 79 }`; throws {@link InvalidInputError} for anything else. */
export function parseMicroversion(version: string): MicroversionParts {
  const match = PATTERN.exec(version.trim());
  if (match === null) {
    throw new InvalidInputError(`Not a microversion: ${JSON.stringify(version)} (expected MAJOR.MINOR such as 2.79)`, 'microversion');
  }
  return { major: Number(match[1]), minor: Number(match[2]) };
}

/** Compares two microversions: negative when `a < b`, zero when equal, positive when `a > b`. */
export function compareMicroversions(a: string, b: string): number {
  const x = parseMicroversion(a);
  const y = parseMicroversion(b);
  return x.major === y.major ? x.minor - y.minor : x.major - y.major;
}

/** A closed range of microversions. */
export interface MicroversionRange {
  /** The lowest microversion in the range, included, as `major.minor`. */
  min: string;
  /** The highest microversion in the range, included, as `major.minor`. */
  max: string;
}

/**
 * Picks the highest microversion both the client (`wanted`) and the server (`server`) support.
 * Throws {@link MicroversionError} when the ranges do not overlap.
 */
export function negotiateMicroversion(wanted: MicroversionRange, server: MicroversionRange): string {
  if (compareMicroversions(wanted.min, wanted.max) > 0) {
    throw new InvalidInputError(`Microversion range ${wanted.min}..${wanted.max} is empty`, 'microversion');
  }
  const low = compareMicroversions(wanted.min, server.min) >= 0 ? wanted.min : server.min;
  const high = compareMicroversions(wanted.max, server.max) <= 0 ? wanted.max : server.max;
  if (compareMicroversions(low, high) > 0 || parseMicroversion(low).major !== parseMicroversion(high).major) {
    throw new MicroversionError(
      `No common microversion: the client supports ${wanted.min}..${wanted.max}, the server ${server.min}..${server.max}`,
    );
  }
  return high;
}

/** Legacy per-service headers, sent in addition to the standard `OpenStack-API-Version`. */
const LEGACY_HEADER: Record<string, string> = {
  compute: 'X-OpenStack-Nova-API-Version',
  baremetal: 'X-OpenStack-Ironic-API-Version',
  'shared-file-system': 'X-OpenStack-Manila-API-Version',
};

/** Services whose only microversion header is the legacy one. */
const LEGACY_ONLY = new Set(['baremetal', 'shared-file-system']);

/** The service name the standard header carries, where it differs from the service type. */
const HEADER_SERVICE: Record<string, string> = {
  'block-storage': 'volume',
  'container-infrastructure-management': 'container-infra',
  'application-container': 'container',
};

/**
 * The headers that ask `serviceType` (an official type from the Service Types Authority) for
 * `version`: `OpenStack-API-Version: volume 3.70`, `X-OpenStack-Nova-API-Version: 2.79`, …
 */
export function microversionHeaders(serviceType: string, version: string): Record<string, string> {
  if (version !== 'latest') parseMicroversion(version);
  const headers: Record<string, string> = {};
  const legacy = LEGACY_HEADER[serviceType];
  if (legacy !== undefined) headers[legacy] = version;
  if (!LEGACY_ONLY.has(serviceType)) {
    headers['OpenStack-API-Version'] = `${HEADER_SERVICE[serviceType] ?? serviceType} ${version}`;
  }
  return headers;
}
