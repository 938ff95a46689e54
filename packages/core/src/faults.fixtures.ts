/**
 * Error replies recorded with curl from a real OpenStack Zed cloud (Debian packages) on 127.0.0.1,
 * with `Accept: application/json` as the SDK sends it. Bodies, content types and request IDs are
 * exactly what came back; the project ID in URLs is the demo project's. Nothing here is edited.
 *
 * `requestId` is the `x-openstack-request-id` header (Nova and Cinder also send the same value in
 * `x-compute-request-id`; Swift sends its transaction ID in both `x-trans-id` and
 * `x-openstack-request-id`). `undefined` means the reply carried none of these headers.
 *
 * The last two entries, {@link referenceFaults}, are NOT recordings: those services were not running.
 */

/** One recorded error reply. */
export interface RecordedFault {
  service: 'nova' | 'neutron' | 'keystone' | 'cinder' | 'glance' | 'swift' | 'heat' | 'placement';
  /** What was sent, and as whom (`demo` unless it says admin). */
  description: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The URL requested. */
  url: string;
  status: number;
  contentType: string;
  requestId: string | undefined;
  /** The response body, byte for byte. */
  body: string;
}

/** Recorded error replies by name: service, then status. */
export const faults = {
  // Nova (compute)
  nova400: {
    service: 'nova',
    description: 'POST a server without imageRef/flavorRef',
    method: 'POST',
    url: 'http://127.0.0.1:8774/v2.1/servers',
    status: 400,
    contentType: 'application/json; charset=UTF-8',
    requestId: 'req-cd648496-86e4-4011-9610-4ad2cb4609c2',
    body: '{"badRequest": {"code": 400, "message": "Invalid input for field/attribute server. Value: {\'name\': \'rec-400\'}. \'flavorRef\' is a required property"}}',
  },
  nova401: {
    service: 'nova',
    description: 'GET servers with a bad token',
    method: 'GET',
    url: 'http://127.0.0.1:8774/v2.1/servers',
    status: 401,
    contentType: 'application/json',
    requestId: 'req-dea5234e-5928-46e8-81de-2d717454949b',
    body: '{"error": {"code": 401, "title": "Unauthorized", "message": "The request you have made requires authentication."}}',
  },
  nova403: {
    service: 'nova',
    description: 'GET /os-hypervisors as demo (admin-only)',
    method: 'GET',
    url: 'http://127.0.0.1:8774/v2.1/os-hypervisors',
    status: 403,
    contentType: 'application/json; charset=UTF-8',
    requestId: 'req-5e895459-576e-4850-9eff-8b8dbdeb4fde',
    body: '{"forbidden": {"code": 403, "message": "Policy doesn\'t allow os_compute_api:os-hypervisors:list to be performed."}}',
  },
  nova404: {
    service: 'nova',
    description: 'GET a server that does not exist',
    method: 'GET',
    url: 'http://127.0.0.1:8774/v2.1/servers/00000000-0000-0000-0000-000000000000',
    status: 404,
    contentType: 'application/json; charset=UTF-8',
    requestId: 'req-a3f07bf8-1143-417e-8373-f9021633dcfb',
    body: '{"itemNotFound": {"code": 404, "message": "Instance 00000000-0000-0000-0000-000000000000 could not be found."}}',
  },
  nova404flavor: {
    service: 'nova',
    description: 'DELETE a flavor a second time (admin)',
    method: 'DELETE',
    url: 'http://127.0.0.1:8774/v2.1/flavors/7b0c086c-e7c2-4b47-8391-3b90ecb2d863',
    status: 404,
    contentType: 'application/json; charset=UTF-8',
    requestId: 'req-c5b4fed0-0a4a-4961-9b80-8b225fd1d00f',
    body: '{"itemNotFound": {"code": 404, "message": "Flavor 7b0c086c-e7c2-4b47-8391-3b90ecb2d863 could not be found."}}',
  },
  nova404mv: {
    service: 'nova',
    description: 'GET a server that does not exist, with OpenStack-API-Version: compute 2.90',
    method: 'GET',
    url: 'http://127.0.0.1:8774/v2.1/servers/00000000-0000-0000-0000-000000000000',
    status: 404,
    contentType: 'application/json; charset=UTF-8',
    requestId: 'req-abcf6221-3d5c-423f-b7ae-5490cd1c427d',
    body: '{"itemNotFound": {"code": 404, "message": "Instance 00000000-0000-0000-0000-000000000000 could not be found."}}',
  },
  nova406mv: {
    service: 'nova',
    description: 'GET servers with OpenStack-API-Version: compute 9.99',
    method: 'GET',
    url: 'http://127.0.0.1:8774/v2.1/servers',
    status: 406,
    contentType: 'application/json; charset=UTF-8',
    requestId: 'req-4dd76566-1a7e-49aa-b4b2-7785e47ef67c',
    body: '{"computeFault": {"code": 406, "message": "Version 9.99 is not supported by the API. Minimum is 2.1 and maximum is 2.93."}}',
  },
  nova409keypair: {
    service: 'nova',
    description: 'POST a keypair whose name is taken',
    method: 'POST',
    url: 'http://127.0.0.1:8774/v2.1/os-keypairs',
    status: 409,
    contentType: 'application/json; charset=UTF-8',
    requestId: 'req-e41f9658-8176-4837-8d1c-d709c70f5e63',
    body: '{"conflictingRequest": {"code": 409, "message": "Key pair \'rec-409\' already exists."}}',
  },
  nova409flavor: {
    service: 'nova',
    description: 'POST a flavor named m1.tiny, which exists (admin)',
    method: 'POST',
    url: 'http://127.0.0.1:8774/v2.1/flavors',
    status: 409,
    contentType: 'application/json; charset=UTF-8',
    requestId: 'req-174a5b8b-dfc3-4530-925c-39343bd01f15',
    body: '{"conflictingRequest": {"code": 409, "message": "Flavor with name m1.tiny already exists."}}',
  },

  // Neutron (network)
  neutron400: {
    service: 'neutron',
    description: 'POST a network with admin_state_up "maybe"',
    method: 'POST',
    url: 'http://127.0.0.1:9696/v2.0/networks',
    status: 400,
    contentType: 'application/json',
    requestId: 'req-cb99c9a5-7a1e-4f93-a65e-0c5c6370034b',
    body: '{"NeutronError": {"type": "InvalidInput", "message": "Invalid input for operation: \'maybe\' cannot be converted to boolean.", "detail": ""}}',
  },
  neutron401: {
    service: 'neutron',
    description: 'GET networks with a bad token',
    method: 'GET',
    url: 'http://127.0.0.1:9696/v2.0/networks',
    status: 401,
    contentType: 'application/json',
    requestId: 'req-691c14d5-8a50-4bcd-9746-d81604b88452',
    body: '{"error": {"code": 401, "title": "Unauthorized", "message": "The request you have made requires authentication."}}',
  },
  neutron403: {
    service: 'neutron',
    description: 'POST a network with provider attributes as demo',
    method: 'POST',
    url: 'http://127.0.0.1:9696/v2.0/networks',
    status: 403,
    contentType: 'application/json',
    requestId: 'req-8a679858-58f2-440f-9484-2dbe482f02d6',
    body: '{"NeutronError": {"type": "PolicyNotAuthorized", "message": "(((rule:create_network and rule:create_network:provider:network_type) and rule:create_network:provider:physical_network) and rule:create_network:provider:segmentation_id) is disallowed by policy", "detail": ""}}',
  },
  neutron404: {
    service: 'neutron',
    description: 'GET a network that does not exist',
    method: 'GET',
    url: 'http://127.0.0.1:9696/v2.0/networks/00000000-0000-0000-0000-000000000000',
    status: 404,
    contentType: 'application/json',
    requestId: 'req-a7093f1b-ce60-4012-9b7e-04d1084d2859',
    body: '{"NeutronError": {"type": "NetworkNotFound", "message": "Network 00000000-0000-0000-0000-000000000000 could not be found.", "detail": ""}}',
  },
  neutron409: {
    service: 'neutron',
    description: 'DELETE a network that a port still uses',
    method: 'DELETE',
    url: 'http://127.0.0.1:9696/v2.0/networks/b649fc10-348a-4270-b847-4a5cbe229d70',
    status: 409,
    contentType: 'application/json',
    requestId: 'req-577ecec8-8b0b-474b-943a-d4bf203290d8',
    body: '{"NeutronError": {"type": "NetworkInUse", "message": "Unable to complete operation on network b649fc10-348a-4270-b847-4a5cbe229d70. There are one or more ports still in use on the network, id for these ports is: 5d7f98c8-85df-49d7-8f03-73d7b830633d.", "detail": ""}}',
  },

  // Keystone (identity)
  keystone400: {
    service: 'keystone',
    description: 'POST a project without a name (admin)',
    method: 'POST',
    url: 'http://127.0.0.1:5000/v3/projects',
    status: 400,
    contentType: 'application/json',
    requestId: 'req-bebff203-3313-42b1-80cb-279da54d615a',
    body: '{"error":{"code":400,"message":"\'name\' is a required property\\n\\nFailed validating \'required\' in schema:\\n    {\'additionalProperties\': True,\\n     \'properties\': {\'description\': {\'type\': [\'string\', \'null\']},\\n                    \'domain_id\': {\'maxLength\': 64,\\n                                  \'minLength\': 1,\\n                                  \'pattern\': \'^[a-zA-Z0-9-]+$\',\\n                                  \'type\': [\'string\', \'null\']},\\n                    \'enabled\': {\'enum\': [True, False, None],\\n                                \'type\': \'boolean\'},\\n                    \'is_domain\': {\'enum\': [True, False, None],\\n                                  \'type\': \'boolean\'},\\n                    \'name\': {\'maxLength\': 64,\\n                             \'minLength\': 1,\\n                             \'pattern\': \'[\\\\\\\\S]+\',\\n                             \'type\': \'string\'},\\n                    \'options\': {\'additionalProperties\': False,\\n                                \'properties\': {\'immutable\': {\'enum\': [True,\\n                                                                      False,\\n                                                                      None],\\n                                                             \'type\': [\'boolean\',\\n                                                                      \'null\']}},\\n                                \'type\': \'object\'},\\n                    \'parent_id\': {\'maxLength\': 64,\\n                                  \'minLength\': 1,\\n                                  \'pattern\': \'^[a-zA-Z0-9-]+$\',\\n                                  \'type\': [\'string\', \'null\']},\\n                    \'tags\': {\'items\': {\'maxLength\': 255,\\n                                       \'minLength\': 1,\\n                                       \'pattern\': \'^[^,/]*$\',\\n                                       \'type\': \'string\'},\\n                             \'maxItems\': 80,\\n                             \'required\': [],\\n                             \'type\': \'array\',\\n                             \'uniqueItems\': True}},\\n     \'required\': [\'name\'],\\n     \'type\': \'object\'}\\n\\nOn instance:\\n    {\'description\': \'no name\'}","title":"Bad Request"}}\n',
  },
  keystone401: {
    service: 'keystone',
    description: 'GET projects with a bad token',
    method: 'GET',
    url: 'http://127.0.0.1:5000/v3/projects',
    status: 401,
    contentType: 'application/json',
    requestId: 'req-1dabb370-c48a-48be-ad0b-431108fe7a5e',
    body: '{"error":{"code":401,"message":"The request you have made requires authentication.","title":"Unauthorized"}}\n',
  },
  keystone401auth: {
    service: 'keystone',
    description: 'POST auth/tokens with a wrong password',
    method: 'POST',
    url: 'http://127.0.0.1:5000/v3/auth/tokens',
    status: 401,
    contentType: 'application/json',
    requestId: 'req-3b826088-c8e9-4a7a-8409-24dd7f985487',
    body: '{"error":{"code":401,"message":"The request you have made requires authentication.","title":"Unauthorized"}}\n',
  },
  keystone403: {
    service: 'keystone',
    description: 'GET /v3/users as demo (admin-only)',
    method: 'GET',
    url: 'http://127.0.0.1:5000/v3/users',
    status: 403,
    contentType: 'application/json',
    requestId: 'req-e00eb5b9-bfee-4b3c-a7cc-85c883457782',
    body: '{"error":{"code":403,"message":"You are not authorized to perform the requested action: identity:list_users.","title":"Forbidden"}}\n',
  },
  keystone404: {
    service: 'keystone',
    description: 'GET a project that does not exist (admin)',
    method: 'GET',
    url: 'http://127.0.0.1:5000/v3/projects/00000000000000000000000000000000',
    status: 404,
    contentType: 'application/json',
    requestId: 'req-23e5740f-f3e4-4207-8b07-c06b193ce27b',
    body: '{"error":{"code":404,"message":"Could not find project: 00000000000000000000000000000000.","title":"Not Found"}}\n',
  },
  keystone409: {
    service: 'keystone',
    description: 'POST a project named demo, which exists (admin)',
    method: 'POST',
    url: 'http://127.0.0.1:5000/v3/projects',
    status: 409,
    contentType: 'application/json',
    requestId: 'req-d88c6607-06f3-4580-80d3-5923415bbd85',
    body: '{"error":{"code":409,"message":"Conflict occurred attempting to store project - it is not permitted to have two projects with either the same name or same id in the same domain: name is demo, project id 5c9f48ec54b6489ba748b1ae3f62d39c.","title":"Conflict"}}\n',
  },

  // Cinder (block-storage)
  cinder400: {
    service: 'cinder',
    description: 'POST a volume of size -1',
    method: 'POST',
    url: 'http://127.0.0.1:8776/v3/6c1f99be220b4e0b9a487a65645d7843/volumes',
    status: 400,
    contentType: 'application/json',
    requestId: 'req-fd0f05fd-84ba-4df0-8fb6-c1760e1d769f',
    body: '{"badRequest": {"code": 400, "message": "Invalid input for field/attribute size. Value: -1. -1 is less than the minimum of 1"}}',
  },
  cinder401: {
    service: 'cinder',
    description: 'GET volumes with a bad token',
    method: 'GET',
    url: 'http://127.0.0.1:8776/v3/6c1f99be220b4e0b9a487a65645d7843/volumes',
    status: 401,
    contentType: 'application/json',
    requestId: 'req-24d66c7c-e623-4601-a712-250769100a1c',
    body: '{"error": {"code": 401, "title": "Unauthorized", "message": "The request you have made requires authentication."}}',
  },
  cinder403: {
    service: 'cinder',
    description: 'GET /os-services as demo (admin-only)',
    method: 'GET',
    url: 'http://127.0.0.1:8776/v3/6c1f99be220b4e0b9a487a65645d7843/os-services',
    status: 403,
    contentType: 'application/json',
    requestId: 'req-5e028435-c6bb-4dc4-95ac-ead5a39f2707',
    body: '{"forbidden": {"code": 403, "message": "Policy doesn\'t allow volume_extension:services:index to be performed."}}',
  },
  cinder404: {
    service: 'cinder',
    description: 'GET a volume that does not exist',
    method: 'GET',
    url: 'http://127.0.0.1:8776/v3/6c1f99be220b4e0b9a487a65645d7843/volumes/00000000-0000-0000-0000-000000000000',
    status: 404,
    contentType: 'application/json',
    requestId: 'req-01d0301f-8206-4a1a-bb9b-603856d7761e',
    body: '{"itemNotFound": {"code": 404, "message": "Volume 00000000-0000-0000-0000-000000000000 could not be found."}}',
  },
  cinder406mv: {
    service: 'cinder',
    description: 'GET volumes with OpenStack-API-Version: volume 3.999',
    method: 'GET',
    url: 'http://127.0.0.1:8776/v3/6c1f99be220b4e0b9a487a65645d7843/volumes',
    status: 406,
    contentType: 'application/json',
    requestId: 'req-6cb53e8d-a9b2-4e35-9f13-463d75cce764',
    body: '{"computeFault": {"code": 406, "message": "Version 3.999 is not supported by the API. Minimum is 3.0 and maximum is 3.70."}}',
  },
  cinder409: {
    service: 'cinder',
    description: 'POST a volume type whose name is taken (admin)',
    method: 'POST',
    url: 'http://127.0.0.1:8776/v3/f8c02f990af84b33bdb9c6b038569e93/types',
    status: 409,
    contentType: 'application/json',
    requestId: 'req-852364ef-229b-40cc-84c6-6a740e5c519c',
    body: '{"conflictingRequest": {"code": 409, "message": "Volume Type rec-409 already exists."}}',
  },

  // Glance (image)
  glance400: {
    service: 'glance',
    description: 'POST an image with disk_format "floppy"',
    method: 'POST',
    url: 'http://127.0.0.1:9292/v2/images',
    status: 400,
    contentType: 'application/json',
    requestId: 'req-235e15f9-ba58-4304-b16e-e31861afa034',
    body: '{"message": "Provided object does not match schema \'image\': \'floppy\' is not one of [None, \'ami\', \'ari\', \'aki\', \'vhd\', \'vhdx\', \'vmdk\', \'raw\', \'qcow2\', \'vdi\', \'iso\', \'ploop\']\\n\\nFailed validating \'enum\' in schema[\'properties\'][\'disk_format\']:\\n    {\'description\': \'Format of the disk\',\\n     \'enum\': [None,\\n              \'ami\',\\n              \'ari\',\\n              \'aki\',\\n              \'vhd\',\\n              \'vhdx\',\\n              \'vmdk\',\\n              \'raw\',\\n              \'qcow2\',\\n              \'vdi\',\\n              \'iso\',\\n              \'ploop\'],\\n     \'type\': [\'null\', \'string\']}\\n\\nOn instance[\'disk_format\']:\\n    \'floppy\'<br /><br />\\n\\n\\n", "code": "400 Bad Request", "title": "Bad Request"}',
  },
  glance401: {
    service: 'glance',
    description: 'GET images with a bad token',
    method: 'GET',
    url: 'http://127.0.0.1:9292/v2/images',
    status: 401,
    contentType: 'application/json',
    requestId: undefined,
    body: '{"message": "This server could not verify that you are authorized to access the document you requested. Either you supplied the wrong credentials (e.g., bad password), or your browser does not understand how to supply the credentials required.<br /><br />\\n\\n\\n", "code": "401 Unauthorized", "title": "Unauthorized"}',
  },
  glance403: {
    service: 'glance',
    description: 'POST a public image as demo (publicize_image is admin-only)',
    method: 'POST',
    url: 'http://127.0.0.1:9292/v2/images',
    status: 403,
    contentType: 'application/json',
    requestId: 'req-2917b4c4-e05a-445b-81e4-223a3ecf070d',
    body: '{"message": "You are not authorized to complete publicize_image action.<br /><br />\\n\\n\\n", "code": "403 Forbidden", "title": "Forbidden"}',
  },
  glance404: {
    service: 'glance',
    description: 'GET an image that does not exist',
    method: 'GET',
    url: 'http://127.0.0.1:9292/v2/images/00000000-0000-0000-0000-000000000000',
    status: 404,
    contentType: 'application/json',
    requestId: 'req-1a3c8e95-4057-421e-8848-87d29d7d8f6e',
    body: '{"message": "No image found with ID 00000000-0000-0000-0000-000000000000<br /><br />\\n\\n\\n", "code": "404 Not Found", "title": "Not Found"}',
  },
  glance404html: {
    service: 'glance',
    description: 'GET an image that does not exist, Accept */* (HTML page)',
    method: 'GET',
    url: 'http://127.0.0.1:9292/v2/images/00000000-0000-0000-0000-000000000000',
    status: 404,
    contentType: 'text/html; charset=UTF-8',
    requestId: 'req-b72643c4-4000-41f0-8192-384fffac1536',
    body: '<html>\n <head>\n  <title>404 Not Found</title>\n </head>\n <body>\n  <h1>404 Not Found</h1>\n  No image found with ID 00000000-0000-0000-0000-000000000000<br /><br />\n\n\n\n </body>\n</html>',
  },
  glance409: {
    service: 'glance',
    description: 'POST an image with an id already in use',
    method: 'POST',
    url: 'http://127.0.0.1:9292/v2/images',
    status: 409,
    contentType: 'application/json',
    requestId: 'req-32367b0b-ddfa-46c9-a7bf-e4f49ade87e8',
    body: '{"message": "Image ID 11111111-2222-3333-4444-555555555555 already exists!<br /><br />\\n\\n\\n", "code": "409 Conflict", "title": "Conflict"}',
  },

  // Swift (object-store)
  swift400: {
    service: 'swift',
    description: 'PUT a container whose name is 300 characters long',
    method: 'PUT',
    url: `http://127.0.0.1:8080/v1/AUTH_6c1f99be220b4e0b9a487a65645d7843/${'c'.repeat(300)}`,
    status: 400,
    contentType: 'text/html; charset=UTF-8',
    requestId: 'tx07ac26fbc6984caa95480-006b098850',
    body: 'Container name length of 300 longer than 256',
  },
  swift401: {
    service: 'swift',
    description: 'GET account with a bad token',
    method: 'GET',
    url: 'http://127.0.0.1:8080/v1/AUTH_6c1f99be220b4e0b9a487a65645d7843',
    status: 401,
    contentType: 'text/html; charset=UTF-8',
    requestId: 'tx8123231232f04801a9fbf-006b098832',
    body: '<html><h1>Unauthorized</h1><p>This server could not verify that you are authorized to access the document you requested.</p></html>',
  },
  swift403: {
    service: 'swift',
    description: 'GET the admin project\'s account as demo',
    method: 'GET',
    url: 'http://127.0.0.1:8080/v1/AUTH_f8c02f990af84b33bdb9c6b038569e93',
    status: 403,
    contentType: 'text/html; charset=UTF-8',
    requestId: 'tx45f55d49ce1d4ad49c9e5-006b09884e',
    body: '<html><h1>Forbidden</h1><p>Access was denied to this resource.</p></html>',
  },
  swift404: {
    service: 'swift',
    description: 'GET a container that does not exist',
    method: 'GET',
    url: 'http://127.0.0.1:8080/v1/AUTH_6c1f99be220b4e0b9a487a65645d7843/no-such-container',
    status: 404,
    contentType: 'text/html; charset=UTF-8',
    requestId: 'tx08a038c3e0be4d698407c-006b098828',
    body: '<html><h1>Not Found</h1><p>The resource could not be found.</p></html>',
  },
  swift404obj: {
    service: 'swift',
    description: 'GET an object in a container that does not exist',
    method: 'GET',
    url: 'http://127.0.0.1:8080/v1/AUTH_6c1f99be220b4e0b9a487a65645d7843/nocontainer/noobj',
    status: 404,
    contentType: 'text/html; charset=UTF-8',
    requestId: 'tx0709eb0870ae425e86905-006b098828',
    body: '<html><h1>Not Found</h1><p>The resource could not be found.</p></html>',
  },
  swift409: {
    service: 'swift',
    description: 'DELETE a container that still holds an object',
    method: 'DELETE',
    url: 'http://127.0.0.1:8080/v1/AUTH_6c1f99be220b4e0b9a487a65645d7843/rec-409',
    status: 409,
    contentType: 'text/html; charset=UTF-8',
    requestId: 'tx3aed378b4b03481f82dfc-006b098866',
    body: '<html><h1>Conflict</h1><p>There was a conflict when trying to complete your request.</p></html>',
  },

  // Heat (orchestration)
  heat400: {
    service: 'heat',
    description: 'POST a stack whose template is not a template',
    method: 'POST',
    url: 'http://127.0.0.1:8004/v1/6c1f99be220b4e0b9a487a65645d7843/stacks',
    status: 400,
    contentType: 'application/json',
    requestId: 'req-4b9765f0-273f-4a30-b3cd-0fd928c19add',
    body: '{"code": 400, "title": "Bad Request", "explanation": "The server could not comply with the request since it is either malformed or otherwise incorrect.", "error": {"type": "InvalidTemplateVersion", "traceback": null, "message": "The template version is invalid: Template version was not provided"}}',
  },
  heat401: {
    service: 'heat',
    description: 'GET stacks with a bad token',
    method: 'GET',
    url: 'http://127.0.0.1:8004/v1/6c1f99be220b4e0b9a487a65645d7843/stacks',
    status: 401,
    contentType: 'application/json',
    requestId: 'req-2dec94cd-049f-4e66-82ad-98d216821053',
    body: '{"error": {"code": 401, "title": "Unauthorized", "message": "The request you have made requires authentication."}}',
  },
  heat403: {
    service: 'heat',
    description: 'GET /services as demo (admin-only)',
    method: 'GET',
    url: 'http://127.0.0.1:8004/v1/6c1f99be220b4e0b9a487a65645d7843/services',
    status: 403,
    contentType: 'application/json',
    requestId: 'req-d03980d9-d810-40be-ab01-04a5ba76099e',
    body: '{"code": 403, "title": "Forbidden", "explanation": "Access was denied to this resource.", "error": {"type": "Forbidden", "traceback": null, "message": "You are not authorized to use service:index."}}',
  },
  heat404: {
    service: 'heat',
    description: 'GET a stack that does not exist',
    method: 'GET',
    url: 'http://127.0.0.1:8004/v1/6c1f99be220b4e0b9a487a65645d7843/stacks/no-such-stack',
    status: 404,
    contentType: 'application/json',
    requestId: 'req-d927bdcf-b6bb-4b8f-9884-d90b90eee106',
    body: '{"code": 404, "title": "Not Found", "explanation": "The resource could not be found.", "error": {"type": "EntityNotFound", "traceback": null, "message": "The Stack (no-such-stack) could not be found."}}',
  },
  heat409: {
    service: 'heat',
    description: 'POST a stack whose name is taken',
    method: 'POST',
    url: 'http://127.0.0.1:8004/v1/6c1f99be220b4e0b9a487a65645d7843/stacks',
    status: 409,
    contentType: 'application/json',
    requestId: 'req-18bf377d-2743-4015-95b6-97f7668e96d8',
    body: '{"code": 409, "title": "Conflict", "explanation": "There was a conflict when trying to complete your request.", "error": {"type": "StackExists", "traceback": null, "message": "The Stack (rec-409) already exists."}}',
  },

  // Placement
  placement400: {
    service: 'placement',
    description: 'POST a resource provider without a name (admin)',
    method: 'POST',
    url: 'http://127.0.0.1:8778/resource_providers',
    status: 400,
    contentType: 'application/json',
    requestId: 'req-a30152e0-7c42-42b0-99d0-412238552e22',
    body: '{"errors": [{"status": 400, "title": "Bad Request", "detail": "The server could not comply with the request since it is either malformed or otherwise incorrect.\\n\\n JSON does not validate: \'name\' is a required property  Failed validating \'required\' in schema:     {\'additionalProperties\': False,      \'properties\': {\'name\': {\'maxLength\': 200, \'type\': \'string\'},                     \'uuid\': {\'format\': \'uuid\', \'type\': \'string\'}},      \'required\': [\'name\'],      \'type\': \'object\'}  On instance:     {\'uuid\': \'not-a-uuid\'}  ", "request_id": "req-a30152e0-7c42-42b0-99d0-412238552e22"}]}',
  },
  placement401: {
    service: 'placement',
    description: 'GET resource providers with a bad token',
    method: 'GET',
    url: 'http://127.0.0.1:8778/resource_providers',
    status: 401,
    contentType: 'application/json',
    requestId: 'req-3d87a56b-0f9a-465e-bd7f-509d6ce7c217',
    body: '{"error": {"code": 401, "title": "Unauthorized", "message": "The request you have made requires authentication."}}',
  },
  placement403: {
    service: 'placement',
    description: 'GET /resource_providers as demo (admin-only)',
    method: 'GET',
    url: 'http://127.0.0.1:8778/resource_providers',
    status: 403,
    contentType: 'application/json',
    requestId: 'req-37a28b99-0adc-45aa-8e1e-59f90f73c0bc',
    body: '{"errors": [{"status": 403, "title": "Forbidden", "detail": "Access was denied to this resource.\\n\\n Policy does not allow placement:resource_providers:list to be performed.  ", "request_id": "req-37a28b99-0adc-45aa-8e1e-59f90f73c0bc"}]}',
  },
  placement404: {
    service: 'placement',
    description: 'GET a resource provider that does not exist',
    method: 'GET',
    url: 'http://127.0.0.1:8778/resource_providers/00000000-0000-0000-0000-000000000000',
    status: 404,
    contentType: 'application/json',
    requestId: 'req-e0e5731e-03ef-4bc0-b76b-c9927fc554bd',
    body: '{"errors": [{"status": 404, "title": "Not Found", "detail": "The resource could not be found.\\n\\n No resource provider with uuid 00000000-0000-0000-0000-000000000000 found  ", "request_id": "req-e0e5731e-03ef-4bc0-b76b-c9927fc554bd"}]}',
  },
  placement404mv: {
    service: 'placement',
    description: 'GET a resource provider that does not exist, with OpenStack-API-Version: placement 1.23 (admin)',
    method: 'GET',
    url: 'http://127.0.0.1:8778/resource_providers/00000000-0000-0000-0000-000000000000',
    status: 404,
    contentType: 'application/json',
    requestId: 'req-2656f2cd-7a6d-45dc-8c4b-41713337f1ba',
    body: '{"errors": [{"status": 404, "title": "Not Found", "detail": "The resource could not be found.\\n\\n No resource provider with uuid 00000000-0000-0000-0000-000000000000 found  ", "code": "placement.undefined_code", "request_id": "req-2656f2cd-7a6d-45dc-8c4b-41713337f1ba"}]}',
  },
  placement400mv: {
    service: 'placement',
    description: 'GET /allocation_candidates without resources, with OpenStack-API-Version: placement 1.30 (admin)',
    method: 'GET',
    url: 'http://127.0.0.1:8778/allocation_candidates',
    status: 400,
    contentType: 'application/json',
    requestId: 'req-cb939fb1-c86a-4448-8a45-bbdef832246c',
    body: '{"errors": [{"status": 400, "title": "Bad Request", "detail": "The server could not comply with the request since it is either malformed or otherwise incorrect.\\n\\n At least one request group (`resources` or `resources{$S}`) is required.  ", "code": "placement.undefined_code", "request_id": "req-cb939fb1-c86a-4448-8a45-bbdef832246c"}]}',
  },
  placement409: {
    service: 'placement',
    description: 'POST a resource provider whose name is taken (admin)',
    method: 'POST',
    url: 'http://127.0.0.1:8778/resource_providers',
    status: 409,
    contentType: 'application/json',
    requestId: 'req-4d3358cc-6857-4974-ad1d-74bf77becad9',
    body: '{"errors": [{"status": 409, "title": "Conflict", "detail": "There was a conflict when trying to complete your request.\\n\\n Conflicting resource provider name: rec-409 already exists.  ", "request_id": "req-4d3358cc-6857-4974-ad1d-74bf77becad9"}]}',
  },
} satisfies Record<string, RecordedFault>;

/** An error body shape from a service's documentation or source, not recorded from a cloud. */
export interface ReferenceFault {
  service: 'octavia' | 'ironic';
  /** Where the shape comes from. */
  source: string;
  status: number;
  contentType: string;
  /** Illustrative message text in the documented shape. */
  body: string;
}

/**
 * REFERENCE SHAPES, NOT RECORDINGS: Octavia and Ironic were not running on the recording cloud.
 * The envelopes follow the sources cited; the message text is illustrative.
 */
export const referenceFaults = {
  /**
   * Octavia answers through WSME, whose `format_exception` (wsme/api.py) returns
   * `faultcode` (`Client` for 4xx), `faultstring` and `debuginfo` (null for client errors).
   * The Octavia API reference lists the fault statuses (api-ref/source/v2/general.inc, "Faults").
   */
  octavia404: {
    service: 'octavia',
    source: 'WSME format_exception, as used by the Octavia v2 API',
    status: 404,
    contentType: 'application/json',
    body: '{"faultcode": "Client", "faultstring": "Load Balancer 8a1f3ed0-4c8f-4ef3-9a8b-7a6c2b2c9b51 not found.", "debuginfo": null}',
  },
  /**
   * Ironic's ParsableErrorMiddleware (ironic/api/middleware/parsable_error.py) wraps the fault in
   * `{"error_message": <text>}`, where the text is itself the JSON-encoded WSME-style fault; Ironic's
   * API tests read it with `json.loads(response.json['error_message'])`.
   */
  ironic404: {
    service: 'ironic',
    source: 'Ironic ParsableErrorMiddleware wrapping a WSME-style fault',
    status: 404,
    contentType: 'application/json',
    body: '{"error_message": "{\\"faultcode\\": \\"Client\\", \\"faultstring\\": \\"Node 1be26c0b-03f2-4d2e-ae87-c02d7f33c123 could not be found.\\", \\"debuginfo\\": null}"}',
  },
} satisfies Record<string, ReferenceFault>;
