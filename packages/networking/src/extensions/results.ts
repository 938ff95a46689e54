import type { Link } from '../common.js';

/** An API extension the Neutron server has loaded. */
export interface Extension {
  /** The short name that identifies it (`router`, `dns-integration`); other docs name extensions by it. */
  alias: string;
  name: string;
  description: string;
  /** When the extension was last changed, as the extension declares it (formats vary). */
  updated: string;
  links: Link[];
}
