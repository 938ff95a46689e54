import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { createIdentityClient, type IdentityClient } from '../src/client.js';
import {
  createFederationProtocol, createIdentityProvider, createMapping, deleteFederationProtocol, deleteIdentityProvider, deleteMapping, getFederationProtocol,
  getIdentityProvider, getMapping, listFederationProtocols, listIdentityProviders, listMappings, updateFederationProtocol, updateIdentityProvider, updateMapping,
} from '../src/federation/index.js';

// Configuration only: no federated login is attempted (that needs a real identity provider's assertion).
describeWithService('identity', 'federation (OS-FEDERATION) against the real Keystone', () => {
  describeAsAdmin('as admin', () => {
    const cleanup = useCleanup();
    let admin: IdentityClient;
    let mappingId: string;
    let idpId: string;

    it('creates, lists, gets and updates a mapping; refuses invalid rules', async () => {
      admin = await createIdentityClient(await adminProvider());
      mappingId = uniqueName('mapping');
      const rules = [{ local: [{ user: { name: '{0}' } }], remote: [{ type: 'REMOTE_USER' }] }];
      const mapping = await createMapping(admin, mappingId, { rules });
      cleanup.add(`mapping ${mappingId}`, async () => deleteMapping(admin, mappingId));
      expect(mapping).toMatchObject({ id: mappingId, rules });
      expect((await listMappings(admin).all()).map((m) => m.id)).toContain(mappingId);
      expect((await getMapping(admin, mappingId)).rules).toEqual(rules);
      const changed = [{ local: [{ user: { name: '{0}', type: 'ephemeral' } }], remote: [{ type: 'REMOTE_USER' }] }];
      expect((await updateMapping(admin, mappingId, { rules: changed })).rules).toEqual(changed);
      const invalid = await createMapping(admin, uniqueName('mapping'), { rules: [{ local: [] } as never] }).catch((e: unknown) => e);
      expect(isHttpError(invalid, 400) && invalid.serviceMessage?.trim()).toBe("'remote' is a required property");
    });

    it('registers an identity provider in the Default domain, lists, gets and updates it', async () => {
      idpId = uniqueName('idp');
      const remote = `https://${idpId}.example.test/idp`;
      const idp = await createIdentityProvider(admin, idpId, { domain_id: 'default', description: 'acceptance', enabled: true, remote_ids: [remote] });
      cleanup.add(`identity provider ${idpId}`, async () => deleteIdentityProvider(admin, idpId));
      expect(idp).toMatchObject({ id: idpId, domain_id: 'default', enabled: true, remote_ids: [remote] });
      expect((await listIdentityProviders(admin, { id: idpId, enabled: true }).all()).map((i) => i.id)).toEqual([idpId]);
      expect((await getIdentityProvider(admin, idpId)).description).toBe('acceptance');
      expect(await updateIdentityProvider(admin, idpId, { enabled: false, description: 'changed' })).toMatchObject({ enabled: false, description: 'changed' });
      expect(await listIdentityProviders(admin, { id: idpId, enabled: true }).all()).toEqual([]);
    });

    it('adds a protocol using the mapping, lists, gets, updates and removes it', async () => {
      const protocol = await createFederationProtocol(admin, idpId, 'saml2', { mapping_id: mappingId, remote_id_attribute: 'Shib-Identity-Provider' });
      cleanup.add(`protocol saml2 of ${idpId}`, async () => deleteFederationProtocol(admin, idpId, 'saml2'));
      expect(protocol).toMatchObject({ id: 'saml2', mapping_id: mappingId });
      expect(await listFederationProtocols(admin, idpId).all()).toMatchObject([{ id: 'saml2', idp_id: idpId, mapping_id: mappingId, remote_id_attribute: 'Shib-Identity-Provider' }]);
      expect((await getFederationProtocol(admin, idpId, 'saml2')).mapping_id).toBe(mappingId);
      expect((await updateFederationProtocol(admin, idpId, 'saml2', { mapping_id: mappingId })).mapping_id).toBe(mappingId);
      const bad = await createFederationProtocol(admin, idpId, 'openid', { mapping_id: `${mappingId}-none` }).catch((e: unknown) => e);
      expect(isHttpError(bad, 400) && bad.serviceMessage).toBe(`Invalid mapping id: ${mappingId}-none`);
      await deleteFederationProtocol(admin, idpId, 'saml2');
      expect(await listFederationProtocols(admin, idpId).all()).toEqual([]);
    });

    it('deletes the provider and the mapping', async () => {
      await deleteIdentityProvider(admin, idpId);
      const missing = await getIdentityProvider(admin, idpId).catch((e: unknown) => e);
      expect(isHttpError(missing, 404) && missing.serviceMessage).toBe(`Could not find Identity Provider: ${idpId}.`);
      await deleteMapping(admin, mappingId);
      expect(isHttpError(await getMapping(admin, mappingId).catch((e: unknown) => e), 404)).toBe(true);
    });

    it('a member may not list identity providers (403)', async () => {
      const member = await createIdentityClient(await memberProvider());
      const error = await listIdentityProviders(member).all().catch((e: unknown) => e);
      expect(isHttpError(error, 403) && error.serviceMessage).toBe('You are not authorized to perform the requested action: identity:list_identity_providers.');
    });
  });
});
