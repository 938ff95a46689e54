import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { fakeKeystone, refusedField } from '../fake-keystone.fixtures.js';
import {
  createFederationProtocol, createIdentityProvider, createMapping, deleteFederationProtocol, deleteIdentityProvider, deleteMapping, getFederationProtocol,
  getIdentityProvider, getMapping, listFederationProtocols, listIdentityProviders, listMappings, updateFederationProtocol, updateIdentityProvider, updateMapping,
} from './index.js';
import * as fx from './federation.fixtures.js';

const mappingPath = 'OS-FEDERATION/mappings/rec-mapping';
const idpPath = 'OS-FEDERATION/identity_providers/rec-idp';
const protocolPath = `${idpPath}/protocols/saml2`;

describe('federation mappings', () => {
  it('creates under a chosen ID (PUT), lists, gets, updates, deletes', async () => {
    const cloud = fakeKeystone();
    cloud.reply('PUT', mappingPath, fx.createMapping, { status: 201 });
    cloud.reply('GET', 'OS-FEDERATION/mappings', fx.listMappings);
    cloud.reply('GET', mappingPath, fx.getMapping);
    cloud.reply('PATCH', mappingPath, fx.updateMapping);
    cloud.reply('DELETE', mappingPath, undefined, { status: 204 });
    const rules = [{ local: [{ user: { name: '{0}' } }], remote: [{ type: 'REMOTE_USER' }] }];
    expect((await createMapping(cloud.client, 'rec-mapping', { rules, schema_version: '1.0' })).rules).toEqual(rules);
    expect(cloud.lastRequest()).toMatchObject({ method: 'PUT', path: mappingPath, json: { mapping: { rules, schema_version: '1.0' } } });
    expect((await listMappings(cloud.client).all()).map((m) => m.id)).toEqual(['rec-mapping']);
    expect((await getMapping(cloud.client, 'rec-mapping')).id).toBe('rec-mapping');
    const changed = [{ local: [{ user: { name: '{0}' } }, { group: { id: 'rec-group' } }], remote: [{ type: 'REMOTE_USER' }] }];
    expect((await updateMapping(cloud.client, 'rec-mapping', { rules: changed })).rules).toEqual(changed);
    expect(cloud.lastRequest()).toMatchObject({ method: 'PATCH', json: { mapping: { rules: changed } } });
    await deleteMapping(cloud.client, 'rec-mapping');
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: mappingPath });
  });

  it('invalid rules are a 400 naming the schema problem', async () => {
    const cloud = fakeKeystone();
    cloud.reply('PUT', 'OS-FEDERATION/mappings/rec-bad', fx.createMappingInvalid, { status: 400 });
    const error = await createMapping(cloud.client, 'rec-bad', { rules: [{ local: [] } as never] }).catch((e: unknown) => e);
    expect(isHttpError(error, 400) && error.serviceMessage?.trim()).toBe("'remote' is a required property");
  });
});

describe('identity providers', () => {
  it('creates under a chosen ID (PUT), lists with filters, gets, updates, deletes', async () => {
    const cloud = fakeKeystone();
    cloud.reply('PUT', idpPath, fx.createIdp, { status: 201 });
    cloud.reply('GET', 'OS-FEDERATION/identity_providers?id=rec-idp&enabled=true', fx.listIdps);
    cloud.reply('GET', idpPath, fx.getIdp);
    cloud.reply('PATCH', idpPath, fx.updateIdp);
    cloud.reply('DELETE', idpPath, undefined, { status: 204 });
    const input = { domain_id: 'default', description: 'recorded', enabled: true, remote_ids: ['https://rec.example.test/idp'], authorization_ttl: null };
    expect(await createIdentityProvider(cloud.client, 'rec-idp', input)).toMatchObject({ id: 'rec-idp', domain_id: 'default', remote_ids: input.remote_ids });
    expect(cloud.lastRequest()).toMatchObject({ method: 'PUT', json: { identity_provider: input } });
    expect((await listIdentityProviders(cloud.client, { id: 'rec-idp', enabled: true }).all()).map((i) => i.id)).toEqual(['rec-idp']);
    expect(cloud.lastRequest().query).toEqual({ id: 'rec-idp', enabled: 'true' });
    expect((await getIdentityProvider(cloud.client, 'rec-idp')).links.protocols).toBe(fx.getIdp.identity_provider.links.protocols);
    const update = { description: 'changed', enabled: false, remote_ids: ['https://rec.example.test/idp2'] };
    expect(await updateIdentityProvider(cloud.client, 'rec-idp', update)).toMatchObject(update);
    expect(cloud.lastRequest().json).toEqual({ identity_provider: update });
    await deleteIdentityProvider(cloud.client, 'rec-idp');
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: idpPath });
  });

  it("a member's list is a 403; a deleted provider a 404", async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', 'OS-FEDERATION/identity_providers', fx.memberListIdps, { status: 403 });
    cloud.reply('GET', idpPath, fx.getIdpMissing, { status: 404 });
    const forbidden = await listIdentityProviders(cloud.client).all().catch((e: unknown) => e);
    expect(isHttpError(forbidden, 403) && forbidden.serviceMessage).toBe('You are not authorized to perform the requested action: identity:list_identity_providers.');
    const missing = await getIdentityProvider(cloud.client, 'rec-idp').catch((e: unknown) => e);
    expect(isHttpError(missing, 404) && missing.serviceMessage).toBe('Could not find Identity Provider: rec-idp.');
  });
});

describe('federation protocols', () => {
  it('adds a protocol to a provider (PUT), lists, gets, updates, deletes', async () => {
    const cloud = fakeKeystone();
    cloud.reply('PUT', protocolPath, fx.createProtocol, { status: 201 });
    cloud.reply('GET', `${idpPath}/protocols`, fx.listProtocols);
    cloud.reply('GET', protocolPath, fx.getProtocol);
    cloud.reply('PATCH', protocolPath, fx.updateProtocol);
    cloud.reply('DELETE', protocolPath, undefined, { status: 204 });
    const input = { mapping_id: 'rec-mapping', remote_id_attribute: 'Shib-Identity-Provider' };
    expect(await createFederationProtocol(cloud.client, 'rec-idp', 'saml2', input)).toMatchObject({ id: 'saml2', mapping_id: 'rec-mapping' });
    expect(cloud.lastRequest()).toMatchObject({ method: 'PUT', path: protocolPath, json: { protocol: input } });
    expect(await listFederationProtocols(cloud.client, 'rec-idp').all()).toMatchObject([{ id: 'saml2', idp_id: 'rec-idp', remote_id_attribute: 'Shib-Identity-Provider' }]);
    expect((await getFederationProtocol(cloud.client, 'rec-idp', 'saml2')).mapping_id).toBe('rec-mapping');
    expect((await updateFederationProtocol(cloud.client, 'rec-idp', 'saml2', { mapping_id: 'rec-mapping' })).id).toBe('saml2');
    expect(cloud.lastRequest()).toMatchObject({ method: 'PATCH', json: { protocol: { mapping_id: 'rec-mapping' } } });
    await deleteFederationProtocol(cloud.client, 'rec-idp', 'saml2');
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: protocolPath });
  });

  it('an unknown mapping is a 400', async () => {
    const cloud = fakeKeystone();
    cloud.reply('PUT', `${idpPath}/protocols/openid`, fx.createProtocolBadMapping, { status: 400 });
    const error = await createFederationProtocol(cloud.client, 'rec-idp', 'openid', { mapping_id: 'rec-none' }).catch((e: unknown) => e);
    expect(isHttpError(error, 400) && [error.serviceErrorType, error.serviceMessage]).toEqual(['Bad Request', 'Invalid mapping id: rec-none']);
  });

  it('refuses empty IDs before sending', async () => {
    const cloud = fakeKeystone();
    expect(await refusedField(async () => getFederationProtocol(cloud.client, 'rec-idp', ''))).toBe('protocolId');
    expect(await refusedField(() => listFederationProtocols(cloud.client, ''))).toBe('identityProviderId');
    expect(await refusedField(async () => createMapping(cloud.client, '', { rules: [] }))).toBe('mappingId');
    expect(cloud.serviceRequests()).toEqual([]);
  });
});
