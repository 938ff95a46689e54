import { containerPath } from '../containers/urls.js';

/**
 * A Dynamic Large Object's `X-Object-Manifest`: the segment container and the segments' common
 * prefix, each encoded as in a path (Swift unquotes the header).
 */
export const segmentPath = (segmentContainer: string, prefix: string): string =>
  `${containerPath(segmentContainer)}/${prefix.split('/').map(encodeURIComponent).join('/')}`;
