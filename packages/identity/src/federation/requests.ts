import { paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import type { IdentityClient } from '../client.js';
import { keystonePages } from '../common.js';
import type { FederationProtocol, IdentityProvider, Mapping, MappingRule } from './results.js';
import { identityProviderPath, identityProvidersPath, mappingPath, mappingsPath, protocolPath, protocolsPath } from './urls.js';

/** The body of {@link createMapping} and {@link updateMapping}. */
export interface CreateMappingInput {
  rules: MappingRule[];
  schema_version?: string;
}

/** The body of {@link updateMapping}. */
export type UpdateMappingInput = Partial<CreateMappingInput>;

/** Filters of {@link listIdentityProviders}; each field is the query parameter of the same name. */
export interface ListIdentityProvidersQuery {
  id?: string;
  enabled?: boolean;
}

/** The body of {@link createIdentityProvider}. */
export interface CreateIdentityProviderInput {
  /**
   * The domain its users belong to. When left out, Keystone creates a new domain for the
   * provider, which deleting the provider does not remove.
   */
  domain_id?: string;
  description?: string;
  enabled?: boolean;
  remote_ids?: string[];
  authorization_ttl?: number | null;
}

/** The body of {@link updateIdentityProvider}; the domain cannot change. */
export type UpdateIdentityProviderInput = Omit<CreateIdentityProviderInput, 'domain_id'>;

/** The body of {@link createFederationProtocol}. */
export interface CreateFederationProtocolInput {
  mapping_id: string;
  /** The assertion attribute that names the identity provider, overriding Keystone's configuration. */
  remote_id_attribute?: string;
}

/** The body of {@link updateFederationProtocol}. */
export type UpdateFederationProtocolInput = Partial<CreateFederationProtocolInput>;

/** Lists federation mappings. Admin only (the `admin` role). Sends nothing until iteration starts. */
export function listMappings(client: IdentityClient, options?: CallOptions): Paged<Mapping> {
  return paginate<Mapping>(client, () => ({ path: mappingsPath(), itemsKey: 'mappings', strategy: keystonePages() }), options);
}

/** Shows a federation mapping. Admin only. */
export async function getMapping(client: IdentityClient, id: string, options?: CallOptions): Promise<Mapping> {
  return client.request<Mapping>({ method: 'GET', path: mappingPath(id), expectStatus: [200], unwrap: 'mapping' }, options);
}

/** Creates a federation mapping under the ID the caller chooses (a PUT). Admin only; Keystone validates the rules (400 otherwise). */
export async function createMapping(client: IdentityClient, id: string, input: CreateMappingInput, options?: CallOptions): Promise<Mapping> {
  return client.request<Mapping>({ method: 'PUT', path: mappingPath(id), json: { mapping: input }, expectStatus: [201], unwrap: 'mapping' }, options);
}

/** Replaces a federation mapping's rules. Admin only. */
export async function updateMapping(client: IdentityClient, id: string, input: UpdateMappingInput, options?: CallOptions): Promise<Mapping> {
  return client.request<Mapping>({ method: 'PATCH', path: mappingPath(id), json: { mapping: input }, expectStatus: [200], unwrap: 'mapping' }, options);
}

/** Deletes a federation mapping. Admin only. */
export async function deleteMapping(client: IdentityClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: mappingPath(id), expectStatus: [204] }, options);
}

/** Lists federated identity providers. Admin only (a member gets 403). Sends nothing until iteration starts. */
export function listIdentityProviders(client: IdentityClient, query: ListIdentityProvidersQuery = {}, options?: CallOptions): Paged<IdentityProvider> {
  return paginate<IdentityProvider>(client, () => ({ path: identityProvidersPath(), query: { ...query }, itemsKey: 'identity_providers', strategy: keystonePages() }), options);
}

/** Shows a federated identity provider. Admin only. */
export async function getIdentityProvider(client: IdentityClient, id: string, options?: CallOptions): Promise<IdentityProvider> {
  return client.request<IdentityProvider>({ method: 'GET', path: identityProviderPath(id), expectStatus: [200], unwrap: 'identity_provider' }, options);
}

/**
 * Registers a federated identity provider under the ID the caller chooses (a PUT). Admin only.
 * Without `domain_id` Keystone also creates a domain for it, which outlives the provider.
 */
export async function createIdentityProvider(client: IdentityClient, id: string, input: CreateIdentityProviderInput, options?: CallOptions): Promise<IdentityProvider> {
  return client.request<IdentityProvider>({ method: 'PUT', path: identityProviderPath(id), json: { identity_provider: input }, expectStatus: [201], unwrap: 'identity_provider' }, options);
}

/** Updates a federated identity provider. Admin only. */
export async function updateIdentityProvider(client: IdentityClient, id: string, input: UpdateIdentityProviderInput, options?: CallOptions): Promise<IdentityProvider> {
  return client.request<IdentityProvider>({ method: 'PATCH', path: identityProviderPath(id), json: { identity_provider: input }, expectStatus: [200], unwrap: 'identity_provider' }, options);
}

/** Deletes a federated identity provider with its protocols (its domain stays). Admin only. */
export async function deleteIdentityProvider(client: IdentityClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: identityProviderPath(id), expectStatus: [204] }, options);
}

/** Lists an identity provider's federation protocols. Admin only. Sends nothing until iteration starts. */
export function listFederationProtocols(client: IdentityClient, idpId: string, options?: CallOptions): Paged<FederationProtocol> {
  return paginate<FederationProtocol>(client, () => ({ path: protocolsPath(idpId), itemsKey: 'protocols', strategy: keystonePages() }), options);
}

/** Shows a federation protocol of an identity provider. Admin only. */
export async function getFederationProtocol(client: IdentityClient, idpId: string, id: string, options?: CallOptions): Promise<FederationProtocol> {
  return client.request<FederationProtocol>({ method: 'GET', path: protocolPath(idpId, id), expectStatus: [200], unwrap: 'protocol' }, options);
}

/** Adds a federation protocol (named by `id`) to an identity provider (a PUT). Admin only; an unknown mapping is a 400. */
export async function createFederationProtocol(client: IdentityClient, idpId: string, id: string, input: CreateFederationProtocolInput, options?: CallOptions): Promise<FederationProtocol> {
  return client.request<FederationProtocol>({ method: 'PUT', path: protocolPath(idpId, id), json: { protocol: input }, expectStatus: [201], unwrap: 'protocol' }, options);
}

/** Changes a federation protocol's mapping. Admin only. */
export async function updateFederationProtocol(client: IdentityClient, idpId: string, id: string, input: UpdateFederationProtocolInput, options?: CallOptions): Promise<FederationProtocol> {
  return client.request<FederationProtocol>({ method: 'PATCH', path: protocolPath(idpId, id), json: { protocol: input }, expectStatus: [200], unwrap: 'protocol' }, options);
}

/** Removes a federation protocol from an identity provider. Admin only. */
export async function deleteFederationProtocol(client: IdentityClient, idpId: string, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: protocolPath(idpId, id), expectStatus: [204] }, options);
}
