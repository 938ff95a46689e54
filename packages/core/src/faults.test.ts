import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isHttpError } from './errors.js';
import { parseServiceFault } from './faults.js';
import { faults, referenceFaults, type RecordedFault } from './faults.fixtures.js';
import { createFakeCloud } from './testing/index.js';

type FaultName = keyof typeof faults;

/**
 * What each recorded body should yield, read off the body by hand: the service's own message with
 * whitespace collapsed, and the error type where the service names one (Neutron's `type`, Nova's and
 * Cinder's fault key, Keystone's `title`, Heat's `error.type`, Placement's `code` or `title`,
 * Glance's `title`).
 */
const expected: Record<FaultName, { message: string; type: string | undefined }> = {
  nova400: {
    message:
      "Invalid input for field/attribute server. Value: {'name': 'rec-400'}. 'flavorRef' is a required property",
    type: 'badRequest',
  },
  nova401: { message: 'The request you have made requires authentication.', type: 'Unauthorized' },
  nova403: { message: "Policy doesn't allow os_compute_api:os-hypervisors:list to be performed.", type: 'forbidden' },
  nova404: { message: 'Instance 00000000-0000-0000-0000-000000000000 could not be found.', type: 'itemNotFound' },
  nova404flavor: { message: 'Flavor 7b0c086c-e7c2-4b47-8391-3b90ecb2d863 could not be found.', type: 'itemNotFound' },
  nova404mv: { message: 'Instance 00000000-0000-0000-0000-000000000000 could not be found.', type: 'itemNotFound' },
  nova406mv: { message: 'Version 9.99 is not supported by the API. Minimum is 2.1 and maximum is 2.93.', type: 'computeFault' },
  nova409keypair: { message: "Key pair 'rec-409' already exists.", type: 'conflictingRequest' },
  nova409flavor: { message: 'Flavor with name m1.tiny already exists.', type: 'conflictingRequest' },
  neutron400: { message: "Invalid input for operation: 'maybe' cannot be converted to boolean.", type: 'InvalidInput' },
  neutron401: { message: 'The request you have made requires authentication.', type: 'Unauthorized' },
  neutron403: {
    message:
      '(((rule:create_network and rule:create_network:provider:network_type) and rule:create_network:provider:physical_network) and rule:create_network:provider:segmentation_id) is disallowed by policy',
    type: 'PolicyNotAuthorized',
  },
  neutron404: { message: 'Network 00000000-0000-0000-0000-000000000000 could not be found.', type: 'NetworkNotFound' },
  neutron409: {
    message:
      'Unable to complete operation on network b649fc10-348a-4270-b847-4a5cbe229d70. There are one or more ports still in use on the network, id for these ports is: 5d7f98c8-85df-49d7-8f03-73d7b830633d.',
    type: 'NetworkInUse',
  },
  keystone400: {
    message:
      '\'name\' is a required property Failed validating \'required\' in schema: {\'additionalProperties\': True, \'properties\': {\'description\': {\'type\': [\'string\', \'null\']}, \'domain_id\': {\'maxLength\': 64, \'minLength\': 1, \'pattern\': \'^[a-zA-Z0-9-]+$\', \'type\': [\'string\', \'null\']}, \'enabled\': {\'enum\': [True, False, None], \'type\': \'boolean\'}, \'is_domain\': {\'enum\': [True, False, None], \'type\': \'boolean\'}, \'name\': {\'maxLength\': 64, \'minLength\': 1, \'pattern\': \'[\\\\S]+\', \'type\': \'string\'}, \'options\': {\'additionalProperties\': False, \'properties\': {\'immutable\': {\'enum\': [True, False, None], \'type\': [\'boolean\', \'null\']}}, \'type\': \'object\'}, \'parent_id\': {\'maxLength\': 64, \'minLength\': 1, \'pattern\': \'^[a-zA-Z0-9-]+$\', \'type\': [\'string\', \'null\']}, \'tags\': {\'items\': {\'maxLength\': 255, \'minLength\': 1, \'pattern\': \'^[^,/]*$\', \'type\': \'string\'}, \'maxItems\': 80, \'required\': [], \'type\': \'array\', \'uniqueItems\': True}}, \'required\': [\'name\'], \'type\': \'object\'} On instance: {\'description\': \'no name\'}',
    type: 'Bad Request',
  },
  keystone401: { message: 'The request you have made requires authentication.', type: 'Unauthorized' },
  keystone401auth: { message: 'The request you have made requires authentication.', type: 'Unauthorized' },
  keystone403: { message: 'You are not authorized to perform the requested action: identity:list_users.', type: 'Forbidden' },
  keystone404: { message: 'Could not find project: 00000000000000000000000000000000.', type: 'Not Found' },
  keystone409: {
    message:
      'Conflict occurred attempting to store project - it is not permitted to have two projects with either the same name or same id in the same domain: name is demo, project id 5c9f48ec54b6489ba748b1ae3f62d39c.',
    type: 'Conflict',
  },
  cinder400: {
    message:
      'Invalid input for field/attribute size. Value: -1. -1 is less than the minimum of 1',
    type: 'badRequest',
  },
  cinder401: { message: 'The request you have made requires authentication.', type: 'Unauthorized' },
  cinder403: { message: "Policy doesn't allow volume_extension:services:index to be performed.", type: 'forbidden' },
  cinder404: { message: 'Volume 00000000-0000-0000-0000-000000000000 could not be found.', type: 'itemNotFound' },
  cinder406mv: {
    message:
      'Version 3.999 is not supported by the API. Minimum is 3.0 and maximum is 3.70.',
    type: 'computeFault',
  },
  cinder409: { message: 'Volume Type rec-409 already exists.', type: 'conflictingRequest' },
  glance400: {
    message:
      "Provided object does not match schema 'image': 'floppy' is not one of [None, 'ami', 'ari', 'aki', 'vhd', 'vhdx', 'vmdk', 'raw', 'qcow2', 'vdi', 'iso', 'ploop'] Failed validating 'enum' in schema['properties']['disk_format']: {'description': 'Format of the disk', 'enum': [None, 'ami', 'ari', 'aki', 'vhd', 'vhdx', 'vmdk', 'raw', 'qcow2', 'vdi', 'iso', 'ploop'], 'type': ['null', 'string']} On instance['disk_format']: 'floppy'",
    type: 'Bad Request',
  },
  glance401: {
    message:
      'This server could not verify that you are authorized to access the document you requested. Either you supplied the wrong credentials (e.g., bad password), or your browser does not understand how to supply the credentials required.',
    type: 'Unauthorized',
  },
  glance403: { message: 'You are not authorized to complete publicize_image action.', type: 'Forbidden' },
  glance404: { message: 'No image found with ID 00000000-0000-0000-0000-000000000000', type: 'Not Found' },
  glance404html: { message: '404 Not Found: No image found with ID 00000000-0000-0000-0000-000000000000', type: undefined },
  glance409: { message: 'Image ID 11111111-2222-3333-4444-555555555555 already exists!', type: 'Conflict' },
  swift400: { message: 'Container name length of 300 longer than 256', type: undefined },
  swift401: {
    message:
      'Unauthorized: This server could not verify that you are authorized to access the document you requested.',
    type: undefined,
  },
  swift403: { message: 'Forbidden: Access was denied to this resource.', type: undefined },
  swift404: { message: 'Not Found: The resource could not be found.', type: undefined },
  swift404obj: { message: 'Not Found: The resource could not be found.', type: undefined },
  swift409: { message: 'Conflict: There was a conflict when trying to complete your request.', type: undefined },
  heat400: { message: 'The template version is invalid: Template version was not provided', type: 'InvalidTemplateVersion' },
  heat401: { message: 'The request you have made requires authentication.', type: 'Unauthorized' },
  heat403: { message: 'You are not authorized to use service:index.', type: 'Forbidden' },
  heat404: { message: 'The Stack (no-such-stack) could not be found.', type: 'EntityNotFound' },
  heat409: { message: 'The Stack (rec-409) already exists.', type: 'StackExists' },
  placement400: {
    message:
      "The server could not comply with the request since it is either malformed or otherwise incorrect. JSON does not validate: 'name' is a required property Failed validating 'required' in schema: {'additionalProperties': False, 'properties': {'name': {'maxLength': 200, 'type': 'string'}, 'uuid': {'format': 'uuid', 'type': 'string'}}, 'required': ['name'], 'type': 'object'} On instance: {'uuid': 'not-a-uuid'}",
    type: 'Bad Request',
  },
  placement401: { message: 'The request you have made requires authentication.', type: 'Unauthorized' },
  placement403: {
    message:
      'Access was denied to this resource. Policy does not allow placement:resource_providers:list to be performed.',
    type: 'Forbidden',
  },
  placement404: {
    message:
      'The resource could not be found. No resource provider with uuid 00000000-0000-0000-0000-000000000000 found',
    type: 'Not Found',
  },
  placement404mv: {
    message:
      'The resource could not be found. No resource provider with uuid 00000000-0000-0000-0000-000000000000 found',
    type: 'placement.undefined_code',
  },
  placement400mv: {
    message:
      'The server could not comply with the request since it is either malformed or otherwise incorrect. At least one request group (`resources` or `resources{$S}`) is required.',
    type: 'placement.undefined_code',
  },
  placement409: {
    message:
      'There was a conflict when trying to complete your request. Conflicting resource provider name: rec-409 already exists.',
    type: 'Conflict',
  },
};


const SERVICE_TYPE: Record<RecordedFault['service'], string> = {
  nova: 'compute',
  neutron: 'network',
  keystone: 'identity',
  cinder: 'volumev3',
  glance: 'image',
  swift: 'object-store',
  heat: 'orchestration',
  placement: 'placement',
};

const entries = Object.entries(faults) as [FaultName, RecordedFault][];

/** Serves one recorded reply through the fake cloud and returns what the client threw. */
async function errorFor(fault: RecordedFault): Promise<unknown> {
  const origin = new URL(fault.url).origin;
  const cloud = createFakeCloud({ serviceType: SERVICE_TYPE[fault.service], endpoint: origin });
  const path = fault.url.slice(origin.length + 1);
  const headers: Record<string, string> = { 'content-type': fault.contentType };
  if (fault.requestId === undefined) {
    // The fake cloud adds a request id to replies that have none; a Response is served as is.
    cloud.handle(fault.method, path, () => new Response(fault.body, { status: fault.status, headers }));
  } else {
    headers['x-openstack-request-id'] = fault.requestId;
    if (fault.service === 'swift') headers['x-trans-id'] = fault.requestId;
    cloud.reply(fault.method, path, fault.body, { status: fault.status, headers });
  }
  try {
    await cloud.client.request({ method: fault.method, path });
  } catch (error) {
    return error;
  }
  throw new Error(`${fault.method} ${fault.url} did not fail`);
}

describe('parseServiceFault on recorded replies', () => {
  for (const [name, fault] of entries) {
    const want = expected[name];
    it(`${name}: ${fault.service} ${String(fault.status)}, ${fault.description}`, () => {
      expect(parseServiceFault(fault.body, fault.contentType)).toEqual({ message: want.message, type: want.type });
    });
  }

  it('records every service, and 400, 401, 403, 404 and 409 replies', () => {
    const services = new Set(entries.map(([, fault]) => fault.service));
    expect([...services].sort()).toEqual(['cinder', 'glance', 'heat', 'keystone', 'neutron', 'nova', 'placement', 'swift']);
    for (const service of services) {
      expect(entries.some(([, fault]) => fault.service === service && fault.status === 404)).toBe(true);
    }
    const count = (status: number): number => entries.filter(([, fault]) => fault.status === status).length;
    expect(count(400)).toBeGreaterThanOrEqual(3);
    expect(count(403)).toBeGreaterThanOrEqual(3);
    expect(count(409)).toBeGreaterThanOrEqual(3);
    expect(new Set(entries.filter(([, fault]) => fault.status === 401).map(([, fault]) => fault.service)).size).toBeGreaterThanOrEqual(3);
  });
});

describe('parseServiceFault on reference shapes (not recordings)', () => {
  it('reads Octavia\'s WSME fault', () => {
    const fault = referenceFaults.octavia404;
    expect(parseServiceFault(fault.body, fault.contentType)).toEqual({
      message: 'Load Balancer 8a1f3ed0-4c8f-4ef3-9a8b-7a6c2b2c9b51 not found.',
      type: 'Client',
    });
  });

  it('reads the WSME fault Ironic encodes as a string in error_message', () => {
    const fault = referenceFaults.ironic404;
    expect(parseServiceFault(fault.body, fault.contentType)).toEqual({
      message: 'Node 1be26c0b-03f2-4d2e-ae87-c02d7f33c123 could not be found.',
      type: 'Client',
    });
  });
});

describe('HttpError from recorded replies, through the fake cloud', () => {
  for (const [name, fault] of entries) {
    const want = expected[name];

    it(`${name}: raises HttpError ${String(fault.status)} with the request id`, async () => {
      const error = await errorFor(fault);
      expect(isHttpError(error, fault.status)).toBe(true);
      if (!isHttpError(error)) return;
      expect(error.status).toBe(fault.status);
      expect(error.method).toBe(fault.method);
      expect(error.url).toBe(fault.url);
      expect(error.requestId).toBe(fault.requestId);
      expect(error.body).toBe(fault.body);
      expect(error.serviceErrorType).toBe(want.type);
      expect(error.message.startsWith(`${fault.method} ${fault.url}: ${String(fault.status)} `)).toBe(true);
      if (fault.requestId === undefined) expect(error.message).not.toMatch(/\)$/);
      else expect(error.message.endsWith(` (${fault.requestId})`)).toBe(true);
    });

    it(`${name}: carries the service's message`, async () => {
      const error = await errorFor(fault);
      if (!isHttpError(error)) throw new Error('not an HttpError');
      expect(error.serviceMessage).toBe(want.message);
      const id = fault.requestId === undefined ? '' : ` (${fault.requestId})`;
      expect(error.message).toBe(`${fault.method} ${fault.url}: ${String(fault.status)} ${want.message}${id}`);
    });
  }
});

/** Whitespace collapsed and trimmed, as the parser promises for a service message. */
const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Strings with plenty of whitespace, including the exotic kinds `\s` matches. */
const spacey = fc
  .array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u2028', '\ufeff', '\u3000')), {
    maxLength: 30,
  })
  .map((parts) => parts.join(''));

/** A message a service could send: anything with a non-blank character, short enough not to be cut. */
const message = fc
  .oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 }), spacey)
  .filter((text) => text.trim() !== '');

const htmlish = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom(
        '<html>', '</html>', '<head>', '<title>', '</title>', '<body>', '</body>', '<h1>', '</h1>', '<p>', '<br />',
        '<script>', '</script>', '<style>', '<!DOCTYPE html>', '<?xml version="1.0"?>', '&amp;', '&lt;', '&#39;',
        '&#x1F600;', '&#0;', '&#99999999;', '&#xD800;', '&bogus;', '<', '>', '&',
      ),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const jsonText = fc.oneof(
  fc.json(),
  fc.jsonValue().map((value) => JSON.stringify({ error: value })),
  fc.jsonValue().map((value) => JSON.stringify({ NeutronError: value })),
  fc.jsonValue().map((value) => JSON.stringify({ errors: [value] })),
  fc.jsonValue().map((value) => JSON.stringify({ error_message: JSON.stringify(value) })),
  fc.jsonValue().map((value) => JSON.stringify({ itemNotFound: value })),
);

const contentType = fc.constantFrom(undefined, null, '', 'application/json', 'application/json; charset=UTF-8', 'text/html; charset=UTF-8', 'text/plain');

describe('parseServiceFault properties', () => {
  it('never throws and keeps messages to about 1000 characters', () => {
    const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 3000 }), jsonText, htmlish, fc.string({ minLength: 990, maxLength: 3000 }));
    fc.assert(
      fc.property(anyText, contentType, (text, type) => {
        const fault = parseServiceFault(text, type);
        expect(fault.message === undefined || typeof fault.message === 'string').toBe(true);
        // 1000 characters and an ellipsis.
        expect(fault.message?.length ?? 0).toBeLessThanOrEqual(1001);
      }),
      { numRuns: 500 },
    );
  });

  it('reads the message of Nova-shaped faults', () => {
    const key = fc.constantFrom('itemNotFound', 'badRequest', 'forbidden', 'conflictingRequest', 'computeFault', 'overLimit');
    fc.assert(
      fc.property(key, message, contentType, (name, text, type) => {
        const body = JSON.stringify({ [name]: { code: 404, message: text } });
        expect(parseServiceFault(body, type)).toEqual({ message: collapse(text), type: name });
      }),
    );
  });

  it('reads the message of Neutron-shaped faults', () => {
    fc.assert(
      fc.property(message, fc.string({ minLength: 1 }), contentType, (text, detail, type) => {
        const body = JSON.stringify({ NeutronError: { type: 'NetworkNotFound', message: text, detail } });
        expect(parseServiceFault(body, type)).toEqual({ message: collapse(text), type: 'NetworkNotFound' });
      }),
    );
  });

  it('reads the message of Keystone-shaped faults', () => {
    fc.assert(
      fc.property(message, contentType, (text, type) => {
        const body = JSON.stringify({ error: { code: 409, message: text, title: 'Conflict' } });
        expect(parseServiceFault(body, type)).toEqual({ message: collapse(text), type: 'Conflict' });
      }),
    );
  });
});
