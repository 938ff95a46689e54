/**
 * The Keystone service catalog and endpoint selection, with the Service Types Authority aliases.
 */
import { EndpointNotFoundError, InvalidInputError, type OfferedEndpoint } from './errors.js';

/** One endpoint of a catalog entry, as Keystone v3 returns it. */
export interface CatalogEndpoint {
  /** The endpoint's ID in Keystone. */
  id?: string;
  /** Who the URL is for: `public` for anyone, `internal` for clients inside the cloud's network, `admin` for operators. */
  interface: 'public' | 'internal' | 'admin' | (string & {});
  /** The legacy name of `region_id`, which Keystone still fills with the same value; `null` when the endpoint has no region. */
  region?: string | null;
  /** The region's ID (Keystone v3; `region` is the legacy name); `null` when the endpoint has no region. */
  region_id?: string | null;
  /** The endpoint's URL, with the project ID already in it where the service wants one (`…/v3/<project_id>` for Cinder). */
  url: string;
}

/** One service of the catalog, as Keystone v3 returns it. */
export interface CatalogEntry {
  /** The service's ID in Keystone. */
  id?: string;
  /** The service type as registered: the official type (`block-storage`) or an alias (`volumev3`). */
  type: string;
  /** The service's name (`nova`, `cinderv3`), which tells apart several services of one type. */
  name?: string;
  /** The service's endpoints, usually one per interface and region. */
  endpoints: CatalogEndpoint[];
}

/** An endpoint interface. */
export type EndpointInterface = 'public' | 'internal' | 'admin';

/** How to pick one endpoint of one service from the catalog. */
export interface EndpointOptions {
  /** The service type, official (`block-storage`) or an alias (`volumev3`). */
  type: string;
  /** The catalog entry's name (`nova`, `cinderv3`), when a cloud has several of one type. */
  name?: string | undefined;
  /** The region; any region when absent. */
  region?: string | undefined;
  /** The interface, or interfaces in order of preference. Defaults to `public`. */
  interface?: EndpointInterface | readonly EndpointInterface[] | undefined;
  /**
   * Use this URL instead of the catalog's (openstacksdk's `*_endpoint_override`).
   * `%(project_id)s` and `$(project_id)s` are replaced by the token's project ID.
   */
  endpointOverride?: string | undefined;
}

/** Official service type → historical aliases, in the Service Types Authority's order. */
const ALIASES: Record<string, readonly string[]> = {
  'block-storage': ['volumev3', 'volumev2', 'volume', 'block-store'],
  'shared-file-system': ['sharev2', 'share'],
  baremetal: ['bare-metal'],
  clustering: ['resource-cluster', 'cluster'],
  'resource-optimization': ['infra-optim'],
  message: ['messaging'],
  'container-infrastructure-management': ['container-infrastructure', 'container-infra'],
  workflow: ['workflowv2'],
  'operator-policy': ['policy'],
  alarm: ['alarming'],
  meter: ['metering', 'telemetry'],
  event: ['events'],
  'application-deployment': ['application_deployment'],
  'multi-region-network-automation': ['tricircle'],
  'application-container': ['container'],
  'root-cause-analysis': ['rca'],
  'monitoring-logging': ['monitoring-log-api'],
  'instance-ha': ['ha'],
  'admin-logic': ['registration'],
};

const OFFICIAL: Record<string, string> = Object.fromEntries(
  Object.entries(ALIASES).flatMap(([official, aliases]) => aliases.map((alias) => [alias, official])),
);

/** The official service type for a type or alias: `volumev3` → `block-storage`. Unknown types are returned as given. */
export function officialServiceType(type: string): string {
  return OFFICIAL[type] ?? type;
}

/**
 * Every catalog type that may stand for `type`, in order of preference: the type asked for,
 * then the official type, then the aliases in the authority's order.
 */
export function serviceTypeCandidates(type: string): string[] {
  const official = officialServiceType(type);
  return [...new Set([type, official, ...(ALIASES[official] ?? [])])];
}

function interfaces(value: EndpointOptions['interface']): readonly EndpointInterface[] {
  if (value === undefined) return ['public'];
  const list = typeof value === 'string' ? [value] : value;
  for (const item of list as readonly string[]) {
    if (item !== 'public' && item !== 'internal' && item !== 'admin') {
      throw new InvalidInputError(`Unknown endpoint interface ${JSON.stringify(item)} (public, internal or admin)`, 'interface');
    }
  }
  return list;
}

/** Accepts `publicURL`-style interface names as openstacksdk does. */
export function normalizeInterface(value: string): EndpointInterface {
  const lower = value.toLowerCase().replace(/url$/, '');
  if (lower === 'public' || lower === 'internal' || lower === 'admin') return lower;
  throw new InvalidInputError(`Unknown endpoint interface ${JSON.stringify(value)} (public, internal or admin)`, 'interface');
}

/** Replaces `%(project_id)s` / `$(project_id)s` placeholders in an endpoint override. */
export function expandEndpointTemplate(url: string, projectId: string | undefined): string {
  return url.replace(/[%$]\((project_id|tenant_id)\)s/g, () => {
    if (projectId === undefined) {
      throw new InvalidInputError(`Endpoint override ${url} needs a project ID, but the token is not project-scoped`, 'endpointOverride');
    }
    return projectId;
  });
}

/**
 * Picks the endpoint URL for a service from a Keystone v3 catalog. Throws
 * {@link EndpointNotFoundError}, listing every endpoint the catalog offered, when none matches.
 */
export function selectEndpoint(catalog: readonly CatalogEntry[], options: EndpointOptions): string {
  if (typeof options.type !== 'string' || options.type === '') {
    throw new InvalidInputError('A service type is required to pick an endpoint', 'type');
  }
  const wantedInterfaces = interfaces(options.interface);
  const types = serviceTypeCandidates(options.type);
  for (const iface of wantedInterfaces) {
    for (const type of types) {
      for (const entry of catalog) {
        if (entry.type !== type) continue;
        if (options.name !== undefined && entry.name !== options.name) continue;
        for (const endpoint of entry.endpoints) {
          if (endpoint.interface !== iface) continue;
          if (options.region !== undefined && endpoint.region !== options.region && endpoint.region_id !== options.region) continue;
          return endpoint.url;
        }
      }
    }
  }
  const offered: OfferedEndpoint[] = catalog.flatMap((entry) =>
    entry.endpoints.map((endpoint) => ({
      type: entry.type,
      name: entry.name ?? '',
      interface: endpoint.interface,
      region: endpoint.region ?? endpoint.region_id ?? '',
      url: endpoint.url,
    })),
  );
  throw new EndpointNotFoundError(
    { type: options.type, name: options.name, region: options.region, interface: wantedInterfaces },
    offered,
    types,
  );
}
