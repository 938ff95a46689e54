import type { Link } from '../common.js';

/** An image as Nova's (deprecated) image proxy lists it. */
export interface ImageSummary {
  id: string;
  name: string;
  links: Link[];
}

/** An image with the details Nova's image proxy shows. */
export interface Image extends ImageSummary {
  minRam: number;
  minDisk: number;
  metadata: Record<string, string>;
  created: string;
  updated: string;
  status: 'ACTIVE' | 'SAVING' | 'DELETED' | 'ERROR' | 'UNKNOWN' | (string & {});
  progress: number;
  'OS-EXT-IMG-SIZE:size'?: number;
  /** The server a snapshot was taken from. */
  server?: { id: string; links: Link[] };
}
