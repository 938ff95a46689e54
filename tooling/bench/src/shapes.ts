/**
 * The bodies the fake endpoint answers with, shaped like what Keystone, Nova and Neutron send
 * (field for field from the recorded fixtures of the service packages, with realistic values).
 */

/** The credentials every workload authenticates with. */
export const CREDENTIALS = {
  username: 'bench',
  password: 'bench-secret',
  userDomainName: 'Default',
  projectName: 'bench',
  projectDomainName: 'Default',
} as const;

export const PROJECT_ID = '56a1734a387a4a25a56ee940578c82dd';
export const USER_ID = '5ce87aa153d147269f85b1f397a18dd1';

/** A Fernet-sized token (Keystone's are 180-250 characters). */
export const TOKEN =
  'gAAAAABnR2hT0e5Rk2uVq4m7lL4oGq1bLwA8PgnkBvRZ8u3wN6ZJfS1pYtN0X2e9rJqk7cQ1mXhF5eK3pD8sT6vB4nW0yL2aR9gU7iO1zE3tC5xV8bN2mQ4kJ6hG0fD9sA7pL3oK5iU1yT8rE2wQ4zX6cV0bN9mM-benchmarkTOKENvalue0123456789';

/** The catalog Keystone returns, every endpoint pointing at `base` (no trailing slash). */
export function catalog(base: string): unknown[] {
  const entry = (type: string, name: string, url: string, id: string): unknown => ({
    type,
    name,
    id,
    endpoints: [
      { id: `${id}-pub`, interface: 'public', region_id: 'RegionOne', region: 'RegionOne', url },
      { id: `${id}-int`, interface: 'internal', region_id: 'RegionOne', region: 'RegionOne', url },
    ],
  });
  return [
    entry('identity', 'keystone', `${base}/v3`, '0a0e7d3c1f8b4f6e9f2d6a1b3c4d5e6f'),
    entry('compute', 'nova', `${base}/v2.1`, '1b1f8e4d2a9c4a7f8e3e7b2c4d5e6f70'),
    entry('network', 'neutron', `${base}/`, '2c2a9f5e3b0d4b808f4f8c3d5e6f7081'),
    entry('object-store', 'swift', `${base}/v1/AUTH_${PROJECT_ID}`, '3d3b0a6f4c1e4c919a5a9d4e6f708192'),
    entry('image', 'glance', `${base}/image`, '4e4c1b7a5d2f4da2ab6bae5f708192a3'),
    entry('block-storage', 'cinder', `${base}/volume/v3/${PROJECT_ID}`, '5f5d2c8b6e3a4eb3bc7cbf608192a3b4'),
    entry('placement', 'placement', `${base}/placement`, '606e3d9c7f4b4fc4cd8dc07192a3b4c5'),
    entry('load-balancer', 'octavia', `${base}/load-balancer`, '717f4e0d8a5c40d5de9ed182a3b4c5d6'),
  ];
}

/** The body of `POST /v3/auth/tokens` (201), with the catalog. */
export function tokenBody(base: string, now = Date.now()): unknown {
  return {
    token: {
      methods: ['password'],
      user: { domain: { id: 'default', name: 'Default' }, id: USER_ID, name: CREDENTIALS.username, password_expires_at: null },
      audit_ids: ['3T2dc1CGQxyJsHdDu1xkcw'],
      expires_at: new Date(now + 3_600_000).toISOString().replace('Z', '000Z'),
      issued_at: new Date(now).toISOString().replace('Z', '000Z'),
      project: { domain: { id: 'default', name: 'Default' }, id: PROJECT_ID, name: CREDENTIALS.projectName },
      is_domain: false,
      roles: [
        { id: '51cc68287d524c759f47c811e6463340', name: 'member' },
        { id: '7f5c5b4e6d3f4e7a8b9c0d1e2f3a4b5c', name: 'reader' },
      ],
      catalog: catalog(base),
    },
  };
}

/** Nova's versions document for `GET /v2.1/`. */
export function novaVersion(base: string): unknown {
  return {
    version: {
      id: 'v2.1',
      status: 'CURRENT',
      version: '2.96',
      min_version: '2.1',
      updated: '2013-07-23T11:33:21Z',
      links: [
        { rel: 'self', href: `${base}/v2.1/` },
        { rel: 'describedby', type: 'text/html', href: 'http://docs.openstack.org/' },
      ],
      'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.compute+json;version=2.1' }],
    },
  };
}

function uuid(prefix: string, index: number): string {
  return `${prefix}-${String(index).padStart(12, '0')}`;
}

/** One server as `GET /v2.1/servers/detail` shows it at microversion 2.96. */
function server(base: string, index: number): unknown {
  const id = uuid('9b0016ea-49f9-495f-b2e9', index);
  return {
    id,
    name: `bench-server-${String(index)}`,
    status: 'ACTIVE',
    tenant_id: PROJECT_ID,
    user_id: USER_ID,
    metadata: { purpose: 'bench', owner: 'team-a' },
    hostId: '66072281f6c069b761f29e68c485b354a4d0b0d7233a527bf7060679',
    image: { id: '2e672fb9-010a-4cad-b7ca-440bbcd99c7e', links: [{ rel: 'bookmark', href: `${base}/images/2e672fb9-010a-4cad-b7ca-440bbcd99c7e` }] },
    flavor: { vcpus: 1, ram: 512, disk: 1, ephemeral: 0, swap: 0, original_name: 'm1.tiny', extra_specs: { 'hw_rng:allowed': 'True' } },
    created: '2026-11-27T14:02:29Z',
    updated: '2026-11-27T14:02:30Z',
    addresses: {
      private: [
        { version: 4, addr: `10.0.${String(index >> 8)}.${String(index & 255)}`, 'OS-EXT-IPS:type': 'fixed', 'OS-EXT-IPS-MAC:mac_addr': 'fa:16:3e:17:4c:ad' },
        { version: 6, addr: `fd5e:7a6b:1a62:0:f816:3eff:fe17:${(index & 0xffff).toString(16)}`, 'OS-EXT-IPS:type': 'fixed', 'OS-EXT-IPS-MAC:mac_addr': 'fa:16:3e:17:4c:ad' },
      ],
    },
    accessIPv4: '',
    accessIPv6: '',
    links: [
      { rel: 'self', href: `${base}/v2.1/servers/${id}` },
      { rel: 'bookmark', href: `${base}/servers/${id}` },
    ],
    'OS-DCF:diskConfig': 'MANUAL',
    progress: 0,
    'OS-EXT-AZ:availability_zone': 'nova',
    config_drive: '',
    key_name: 'bench-key',
    'OS-SRV-USG:launched_at': '2026-11-27T14:02:30.000000',
    'OS-SRV-USG:terminated_at': null,
    'OS-EXT-STS:task_state': null,
    'OS-EXT-STS:vm_state': 'active',
    'OS-EXT-STS:power_state': 1,
    'os-extended-volumes:volumes_attached': [],
    locked: false,
    locked_reason: null,
    description: null,
    tags: [],
    trusted_image_certificates: null,
    server_groups: [],
    pinned_availability_zone: null,
    security_groups: [{ name: 'default' }],
  };
}

/** The body of `GET /v2.1/servers/detail`: `count` servers, no next link (Nova's default page is 1000). */
export function serversDetail(base: string, count: number): unknown {
  return { servers: Array.from({ length: count }, (_, index) => server(base, index)) };
}

/** The ID of port number `index`; {@link portIndex} reads the number back from a marker. */
export function portId(index: number): string {
  return uuid('7cc2c311-c3c2-4d33-b30a', index);
}

/** The port number of a {@link portId}, or `undefined` for an ID the fake did not make. */
export function portIndex(id: string): number | undefined {
  const match = /^7cc2c311-c3c2-4d33-b30a-(\d{12})$/.exec(id);
  return match === null ? undefined : Number(match[1]);
}

// Placeholders: `@@` never occurs in the template otherwise, and JSON.stringify leaves it alone.
const ID = '@@ID@@';
const MAC = '@@MAC@@';
const IP = '@@IP@@';
const NAME = '@@NAME@@';

/**
 * A Neutron port as an admin sees it (binding fields, fixed IPs, DNS assignment, tags), with
 * placeholders for what differs between ports. Its JSON is about 1.3 KB.
 */
const PORT_TEMPLATE = JSON.stringify({
  id: ID,
  name: NAME,
  network_id: '735c11ca-8350-45fb-aa77-1e658821be5a',
  tenant_id: PROJECT_ID,
  mac_address: MAC,
  admin_state_up: true,
  status: 'ACTIVE',
  device_id: '9b0016ea-49f9-495f-b2e9-b6b239fd97e7',
  device_owner: 'compute:nova',
  fixed_ips: [
    { subnet_id: '85212c43-c982-46b9-8a55-8b0ebf38cbb9', ip_address: IP },
    { subnet_id: 'c7e7a6b2-4d1f-4a3e-9b8c-2f1e0d9c8b7a', ip_address: 'fd5e:7a6b:1a62:0:f816:3eff:fe77:10' },
  ],
  project_id: PROJECT_ID,
  'binding:host_id': 'compute-01.bench.test',
  'binding:profile': {},
  'binding:vif_details': { connectivity: 'l2', port_filter: true, ovs_hybrid_plug: false, datapath_type: 'system', bridge_name: 'br-int' },
  'binding:vif_type': 'ovs',
  'binding:vnic_type': 'normal',
  port_security_enabled: true,
  security_groups: ['d5be7046-4a7b-4c77-a8e4-d0a9d0b5babd'],
  allowed_address_pairs: [],
  extra_dhcp_opts: [],
  qos_policy_id: null,
  qos_network_policy_id: null,
  dns_name: '',
  dns_assignment: [{ ip_address: IP, hostname: 'host-bench', fqdn: 'host-bench.openstack-ts.test.' }],
  dns_domain: '',
  ip_allocation: 'immediate',
  propagate_uplink_status: false,
  resource_request: null,
  description: '',
  tags: ['bench'],
  created_at: '2026-11-27T14:43:47Z',
  updated_at: '2026-11-27T14:43:49Z',
  revision_number: 3,
});

const PORT_PIECES = PORT_TEMPLATE.split('@@');

/** The JSON text of port number `index`: the template's pieces with its ID, name, MAC and address. */
export function portJson(index: number): string {
  const ip = `10.${String((index >> 16) & 255)}.${String((index >> 8) & 255)}.${String(index & 255)}`;
  const mac = `fa:16:3e:${hex(index >> 16)}:${hex(index >> 8)}:${hex(index)}`;
  let out = '';
  for (let i = 0; i < PORT_PIECES.length; i++) {
    const piece = PORT_PIECES[i] ?? '';
    // Odd pieces are placeholder names (the template was split on the `@@` around them).
    if (i % 2 === 0) out += piece;
    else if (piece === 'ID') out += portId(index);
    else if (piece === 'NAME') out += `port-${String(index)}`;
    else if (piece === 'MAC') out += mac;
    else out += ip;
  }
  return out;
}

function hex(value: number): string {
  return (value & 255).toString(16).padStart(2, '0');
}
