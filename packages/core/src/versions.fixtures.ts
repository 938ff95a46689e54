/**
 * Version documents and a service catalog recorded with curl from a real OpenStack Zed cloud
 * (Debian packages) on 127.0.0.1, with `Accept: application/json`. Status, request ID and body
 * are what came back; `withToken` says whether the request carried the demo user's token
 * (discovery sends one). Several roots answer 300 Multiple Choices, and not every URL a
 * discoverer might try holds a version document: those answers are recorded too.
 */
import type { CatalogEntry } from './catalog.js';

/** The demo project, whose ID ends the Cinder, Heat and Swift catalog URLs. */
export const PROJECT_ID = '6c1f99be220b4e0b9a487a65645d7843';

/** One recorded GET. */
export interface RecordedDocument {
  url: string;
  withToken: boolean;
  status: number;
  contentType: string;
  requestId: string | undefined;
  /** The `Location` header, when there was one. */
  location?: string;
  body: unknown;
}

/** Nova root: every API version. No request id on this reply. */
export const computeRoot = {
  url: 'http://127.0.0.1:8774/',
  withToken: false,
  status: 200,
  contentType: 'application/json',
  requestId: undefined,
  body: {
    versions: [
      {
        id: 'v2.0',
        status: 'SUPPORTED',
        version: '',
        min_version: '',
        updated: '2011-01-21T11:33:21Z',
        links: [{ rel: 'self', href: 'http://127.0.0.1:8774/v2/' }],
      },
      {
        id: 'v2.1',
        status: 'CURRENT',
        version: '2.93',
        min_version: '2.1',
        updated: '2013-07-23T11:33:21Z',
        links: [{ rel: 'self', href: 'http://127.0.0.1:8774/v2.1/' }],
      },
    ],
  },
} satisfies RecordedDocument;

/** Nova v2.1 root, as the catalog endpoint answers it. */
export const computeV21 = {
  url: 'http://127.0.0.1:8774/v2.1/',
  withToken: false,
  status: 200,
  contentType: 'application/json',
  requestId: 'req-56d3d81e-3fd0-4265-b049-cdf3cebbad72',
  body: {
    version: {
      id: 'v2.1',
      status: 'CURRENT',
      version: '2.93',
      min_version: '2.1',
      updated: '2013-07-23T11:33:21Z',
      links: [
        { rel: 'self', href: 'http://127.0.0.1:8774/v2.1/' },
        { rel: 'describedby', type: 'text/html', href: 'http://docs.openstack.org/' },
      ],
      'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.compute+json;version=2.1' }],
    },
  },
} satisfies RecordedDocument;

/** Cinder root: 300 Multiple Choices. */
export const blockStorageRoot = {
  url: 'http://127.0.0.1:8776/',
  withToken: false,
  status: 300,
  contentType: 'application/json',
  requestId: 'req-76dc0573-fa4c-4839-bf14-5f1ae60f71dd',
  body: {
    versions: [
      {
        id: 'v3.0',
        status: 'CURRENT',
        version: '3.70',
        min_version: '3.0',
        updated: '2022-08-31T00:00:00Z',
        links: [
          { rel: 'describedby', type: 'text/html', href: 'https://docs.openstack.org/' },
          { rel: 'self', href: 'http://127.0.0.1:8776/v3/' },
        ],
        'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.volume+json;version=3' }],
      },
    ],
  },
} satisfies RecordedDocument;

/** Cinder /v3/ without a token: 401, Cinder protects its version root. */
export const blockStorageV3Unauthenticated = {
  url: 'http://127.0.0.1:8776/v3/',
  withToken: false,
  status: 401,
  contentType: 'application/json',
  requestId: 'req-f5243263-5050-43f8-9374-9a76d18dc2b2',
  body: {
    error: { code: 401, title: 'Unauthorized', message: 'The request you have made requires authentication.' },
  },
} satisfies RecordedDocument;

/** Cinder /v3/ with a token: a versions list, not a single version. */
export const blockStorageV3 = {
  url: 'http://127.0.0.1:8776/v3/',
  withToken: true,
  status: 200,
  contentType: 'application/json',
  requestId: 'req-9c311880-b89d-4330-a99c-73f95d182272',
  body: {
    versions: [
      {
        id: 'v3.0',
        status: 'CURRENT',
        version: '3.70',
        min_version: '3.0',
        updated: '2022-08-31T00:00:00Z',
        links: [
          { rel: 'describedby', type: 'text/html', href: 'https://docs.openstack.org/' },
          { rel: 'self', href: 'http://127.0.0.1:8776/v3/' },
        ],
        'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.volume+json;version=3' }],
      },
    ],
  },
} satisfies RecordedDocument;

/** The catalog endpoint itself (/v3/<project_id>/) with a token: 404. */
export const blockStorageProjectEndpoint = {
  url: `http://127.0.0.1:8776/v3/${PROJECT_ID}/`,
  withToken: true,
  status: 404,
  contentType: 'application/json',
  requestId: 'req-b6ccc58b-f6ec-45f3-b7e0-b3adb27fab24',
  body: {
    message: 'The resource could not be found.<br /><br />\n\n\n',
    code: '404 Not Found',
    title: 'Not Found',
  },
} satisfies RecordedDocument;

/** Placement root (the catalog endpoint). The self link is empty. */
export const placementRoot = {
  url: 'http://127.0.0.1:8778/',
  withToken: false,
  status: 200,
  contentType: 'application/json',
  requestId: 'req-6cc9a3a5-7e6f-4962-a09e-1ca1f13d5ebf',
  body: {
    versions: [
      {
        id: 'v1.0',
        max_version: '1.39',
        min_version: '1.0',
        status: 'CURRENT',
        links: [{ rel: 'self', href: '' }],
      },
    ],
  },
} satisfies RecordedDocument;

/** Glance root: 300, one entry per v2 minor version, all pointing at /v2/. No request id. */
export const imageRoot = {
  url: 'http://127.0.0.1:9292/',
  withToken: false,
  status: 300,
  contentType: 'application/json',
  requestId: undefined,
  body: {
    versions: [
      { id: 'v2.15', status: 'CURRENT', links: [{ rel: 'self', href: 'http://127.0.0.1:9292/v2/' }] },
      { id: 'v2.13', status: 'SUPPORTED', links: [{ rel: 'self', href: 'http://127.0.0.1:9292/v2/' }] },
      { id: 'v2.12', status: 'SUPPORTED', links: [{ rel: 'self', href: 'http://127.0.0.1:9292/v2/' }] },
      { id: 'v2.11', status: 'SUPPORTED', links: [{ rel: 'self', href: 'http://127.0.0.1:9292/v2/' }] },
      { id: 'v2.10', status: 'SUPPORTED', links: [{ rel: 'self', href: 'http://127.0.0.1:9292/v2/' }] },
      { id: 'v2.9', status: 'SUPPORTED', links: [{ rel: 'self', href: 'http://127.0.0.1:9292/v2/' }] },
      { id: 'v2.8', status: 'SUPPORTED', links: [{ rel: 'self', href: 'http://127.0.0.1:9292/v2/' }] },
      { id: 'v2.7', status: 'SUPPORTED', links: [{ rel: 'self', href: 'http://127.0.0.1:9292/v2/' }] },
      { id: 'v2.6', status: 'SUPPORTED', links: [{ rel: 'self', href: 'http://127.0.0.1:9292/v2/' }] },
      { id: 'v2.5', status: 'SUPPORTED', links: [{ rel: 'self', href: 'http://127.0.0.1:9292/v2/' }] },
      { id: 'v2.4', status: 'SUPPORTED', links: [{ rel: 'self', href: 'http://127.0.0.1:9292/v2/' }] },
      { id: 'v2.3', status: 'SUPPORTED', links: [{ rel: 'self', href: 'http://127.0.0.1:9292/v2/' }] },
      { id: 'v2.2', status: 'SUPPORTED', links: [{ rel: 'self', href: 'http://127.0.0.1:9292/v2/' }] },
      { id: 'v2.1', status: 'SUPPORTED', links: [{ rel: 'self', href: 'http://127.0.0.1:9292/v2/' }] },
      { id: 'v2.0', status: 'SUPPORTED', links: [{ rel: 'self', href: 'http://127.0.0.1:9292/v2/' }] },
    ],
  },
} satisfies RecordedDocument;

/** Glance /v2/ with a token: 404, there is no version document there. */
export const imageV2 = {
  url: 'http://127.0.0.1:9292/v2/',
  withToken: true,
  status: 404,
  contentType: 'application/json',
  requestId: 'req-d5dba033-6d0f-4bf8-971b-96eb2d70d871',
  body: {
    message: 'The resource could not be found.<br /><br />\n\n\n',
    code: '404 Not Found',
    title: 'Not Found',
  },
} satisfies RecordedDocument;

/** Neutron root. No request id. */
export const networkRoot = {
  url: 'http://127.0.0.1:9696/',
  withToken: false,
  status: 200,
  contentType: 'application/json',
  requestId: undefined,
  body: {
    versions: [{ id: 'v2.0', status: 'CURRENT', links: [{ rel: 'self', href: 'http://127.0.0.1:9696/v2.0/' }] }],
  },
} satisfies RecordedDocument;

/** Neutron /v2.0/ with a token: the resource list, not a version document. */
export const networkV20 = {
  url: 'http://127.0.0.1:9696/v2.0/',
  withToken: true,
  status: 200,
  contentType: 'application/json',
  requestId: 'req-22de8619-4014-46a6-84b9-4336a5d5e0e3',
  body: {
    resources: [
      {
        name: 'network',
        collection: 'networks',
        links: [{ rel: 'self', href: 'http://127.0.0.1:9696/v2.0/networks' }],
      },
      {
        name: 'subnet',
        collection: 'subnets',
        links: [{ rel: 'self', href: 'http://127.0.0.1:9696/v2.0/subnets' }],
      },
      {
        name: 'subnetpool',
        collection: 'subnetpools',
        links: [{ rel: 'self', href: 'http://127.0.0.1:9696/v2.0/subnetpools' }],
      },
      {
        name: 'port',
        collection: 'ports',
        links: [{ rel: 'self', href: 'http://127.0.0.1:9696/v2.0/ports' }],
      },
    ],
  },
} satisfies RecordedDocument;

/** Keystone root: 300 with a Location header. */
export const identityRoot = {
  url: 'http://127.0.0.1:5000/',
  withToken: false,
  status: 300,
  contentType: 'application/json',
  requestId: 'req-84fabd27-21ef-45b6-a615-dc9365332f4c',
  location: 'http://127.0.0.1:5000/v3/',
  body: {
    versions: {
      values: [
        {
          id: 'v3.14',
          status: 'stable',
          updated: '2020-04-07T00:00:00Z',
          links: [{ rel: 'self', href: 'http://127.0.0.1:5000/v3/' }],
          'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.identity-v3+json' }],
        },
      ],
    },
  },
} satisfies RecordedDocument;

/** Keystone /v3 (no trailing slash). */
export const identityV3 = {
  url: 'http://127.0.0.1:5000/v3',
  withToken: false,
  status: 200,
  contentType: 'application/json',
  requestId: 'req-29e834c2-0ead-4932-9a91-2f1339e65a93',
  body: {
    version: {
      id: 'v3.14',
      status: 'stable',
      updated: '2020-04-07T00:00:00Z',
      links: [{ rel: 'self', href: 'http://127.0.0.1:5000/v3/' }],
      'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.identity-v3+json' }],
    },
  },
} satisfies RecordedDocument;

/** Keystone /v3/ (the catalog endpoint) with a token. */
export const identityV3Slash = {
  url: 'http://127.0.0.1:5000/v3/',
  withToken: true,
  status: 200,
  contentType: 'application/json',
  requestId: 'req-874cc276-2c18-4eb5-be62-68a7b9344d1d',
  body: {
    version: {
      id: 'v3.14',
      status: 'stable',
      updated: '2020-04-07T00:00:00Z',
      links: [{ rel: 'self', href: 'http://127.0.0.1:5000/v3/' }],
      'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.identity-v3+json' }],
    },
  },
} satisfies RecordedDocument;

/** Heat root: 300. */
export const orchestrationRoot = {
  url: 'http://127.0.0.1:8004/',
  withToken: false,
  status: 300,
  contentType: 'application/json',
  requestId: 'req-b93b1590-550b-4c89-8594-2c9e537e8235',
  body: {
    versions: [{ id: 'v1.0', status: 'CURRENT', links: [{ rel: 'self', href: 'http://127.0.0.1:8004/v1/' }] }],
  },
} satisfies RecordedDocument;

/** Heat /v1/ with a token: 404. */
export const orchestrationV1 = {
  url: 'http://127.0.0.1:8004/v1/',
  withToken: true,
  status: 404,
  contentType: 'application/json',
  requestId: 'req-885a62c2-b920-4581-bcd7-e4511e52e9d0',
  body: {
    message: 'The resource could not be found.<br /><br />\n\n\n',
    code: '404 Not Found',
    title: 'Not Found',
  },
} satisfies RecordedDocument;

/** The catalog endpoint itself (/v1/<project_id>/) with a token: 404. */
export const orchestrationProjectEndpoint = {
  url: `http://127.0.0.1:8004/v1/${PROJECT_ID}/`,
  withToken: true,
  status: 404,
  contentType: 'application/json',
  requestId: 'req-d4865813-11f7-4aeb-bf93-fa503c3c8f16',
  body: {
    message: 'The resource could not be found.<br /><br />\n\n\n',
    code: '404 Not Found',
    title: 'Not Found',
  },
} satisfies RecordedDocument;

/**
 * The catalog of a token scoped to the demo project (`POST /v3/auth/tokens` as demo), in the order
 * Keystone returned it. Cinder is registered twice (`volumev3`/`cinderv3` and `block-storage`/`cinder`),
 * Heat's CloudFormation API too (`cloudformation`/`heat-cfn`), and only Keystone has an `admin` interface.
 */
export const localCatalog: CatalogEntry[] = [
  {
    endpoints: [
      {
        id: '0e193380963f4c37a80d44ec4548956a',
        interface: 'internal',
        region_id: 'RegionOne',
        url: 'http://127.0.0.1:9292',
        region: 'RegionOne',
      },
      {
        id: '3f16f3acad774b58b6e73b0cfff3b18b',
        interface: 'public',
        region_id: 'RegionOne',
        url: 'http://127.0.0.1:9292',
        region: 'RegionOne',
      },
    ],
    id: '3a722b38b27e49298ffb53b9ae157ea6',
    type: 'image',
    name: 'glance',
  },
  {
    endpoints: [
      {
        id: '10212ebc91bb4410bbab250ffcb67316',
        interface: 'public',
        region_id: 'RegionOne',
        url: `http://127.0.0.1:8004/v1/${PROJECT_ID}`,
        region: 'RegionOne',
      },
      {
        id: 'a633cd7a46624954aedc91eaff5ab7d4',
        interface: 'internal',
        region_id: 'RegionOne',
        url: `http://127.0.0.1:8004/v1/${PROJECT_ID}`,
        region: 'RegionOne',
      },
    ],
    id: '54f8c319a94048e4902b6947a267f5d8',
    type: 'orchestration',
    name: 'heat',
  },
  {
    endpoints: [
      {
        id: '091625bed06443f18adfd2daff13c03c',
        interface: 'public',
        region_id: 'RegionOne',
        url: `http://127.0.0.1:8776/v3/${PROJECT_ID}`,
        region: 'RegionOne',
      },
      {
        id: '22a10f7896584d809dde501b80d80b8e',
        interface: 'internal',
        region_id: 'RegionOne',
        url: `http://127.0.0.1:8776/v3/${PROJECT_ID}`,
        region: 'RegionOne',
      },
    ],
    id: '8a385c90b766480e96fda3f299374f15',
    type: 'volumev3',
    name: 'cinderv3',
  },
  {
    endpoints: [
      {
        id: 'acb44fa932054bc5a91ab0eeaefdd757',
        interface: 'public',
        region_id: 'RegionOne',
        url: `http://127.0.0.1:8080/v1/AUTH_${PROJECT_ID}`,
        region: 'RegionOne',
      },
      {
        id: 'd8d3c55a8556498c8825dae79c4664e8',
        interface: 'internal',
        region_id: 'RegionOne',
        url: `http://127.0.0.1:8080/v1/AUTH_${PROJECT_ID}`,
        region: 'RegionOne',
      },
    ],
    id: '9361427f08234f858c680c005af8c4dc',
    type: 'object-store',
    name: 'swift',
  },
  {
    endpoints: [
      {
        id: '740bb680996245beb678665b0039dd8c',
        interface: 'public',
        region_id: 'RegionOne',
        url: 'http://127.0.0.1:9696',
        region: 'RegionOne',
      },
      {
        id: '95a3627ad3e14e9ea23bad12fef230e7',
        interface: 'internal',
        region_id: 'RegionOne',
        url: 'http://127.0.0.1:9696',
        region: 'RegionOne',
      },
    ],
    id: 'bc525098579a4df8810b02f0d9585f01',
    type: 'network',
    name: 'neutron',
  },
  {
    endpoints: [
      {
        id: '8229d91588d94b139d134617cbc2a5b2',
        interface: 'public',
        region_id: 'RegionOne',
        url: 'http://127.0.0.1:8774/v2.1',
        region: 'RegionOne',
      },
      {
        id: 'b36258c9608b4328a0e57d9299478d41',
        interface: 'internal',
        region_id: 'RegionOne',
        url: 'http://127.0.0.1:8774/v2.1',
        region: 'RegionOne',
      },
    ],
    id: 'dfbf22c893e54f048fbe06c55d06dcd5',
    type: 'compute',
    name: 'nova',
  },
  {
    endpoints: [
      {
        id: '249a06a323544e38915df00912c8d5df',
        interface: 'internal',
        region_id: 'RegionOne',
        url: 'http://127.0.0.1:8000/v1',
        region: 'RegionOne',
      },
      {
        id: '9eaa6a3382f1417ca5d3f676f6a86584',
        interface: 'public',
        region_id: 'RegionOne',
        url: 'http://127.0.0.1:8000/v1',
        region: 'RegionOne',
      },
    ],
    id: 'e366845ff2694efe9d2111bc78a43fdc',
    type: 'cloudformation',
    name: 'heat-cfn',
  },
  {
    endpoints: [
      {
        id: '5f8578396900409ba4e1dd72ab388c0d',
        interface: 'admin',
        region_id: 'RegionOne',
        url: 'http://127.0.0.1:5000/v3/',
        region: 'RegionOne',
      },
      {
        id: 'bc3d80ad4baa4dfd8f1290f8d747fa2a',
        interface: 'internal',
        region_id: 'RegionOne',
        url: 'http://127.0.0.1:5000/v3/',
        region: 'RegionOne',
      },
      {
        id: 'f2999b4a926b47de9f80b22e636fae05',
        interface: 'public',
        region_id: 'RegionOne',
        url: 'http://127.0.0.1:5000/v3/',
        region: 'RegionOne',
      },
    ],
    id: 'e7b9c1cccb7543b89ef4f0e99e3a0481',
    type: 'identity',
    name: 'keystone',
  },
  {
    endpoints: [
      {
        id: 'acaf312fa3864dccb5be021b597cf334',
        interface: 'public',
        region_id: 'RegionOne',
        url: `http://127.0.0.1:8776/v3/${PROJECT_ID}`,
        region: 'RegionOne',
      },
      {
        id: 'eda00ab157924681b2b729e56f13b383',
        interface: 'internal',
        region_id: 'RegionOne',
        url: `http://127.0.0.1:8776/v3/${PROJECT_ID}`,
        region: 'RegionOne',
      },
    ],
    id: 'f29a82d36f2d49b4b4eb9a2782a0a135',
    type: 'block-storage',
    name: 'cinder',
  },
  {
    endpoints: [
      {
        id: '51ecdb9a9b4f404d911032092d324067',
        interface: 'public',
        region_id: 'RegionOne',
        url: 'http://127.0.0.1:8778',
        region: 'RegionOne',
      },
      {
        id: 'bb0baf2747cb472fa449caffaf28949c',
        interface: 'internal',
        region_id: 'RegionOne',
        url: 'http://127.0.0.1:8778',
        region: 'RegionOne',
      },
    ],
    id: 'fbb3e41cf48e427996f34d02848e8a93',
    type: 'placement',
    name: 'placement',
  },
];
