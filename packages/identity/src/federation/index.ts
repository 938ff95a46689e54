export {
  createFederationProtocol,
  createIdentityProvider,
  createMapping,
  deleteFederationProtocol,
  deleteIdentityProvider,
  deleteMapping,
  getFederationProtocol,
  getIdentityProvider,
  getMapping,
  listFederationProtocols,
  listIdentityProviders,
  listMappings,
  updateFederationProtocol,
  updateIdentityProvider,
  updateMapping,
} from './requests.js';
export type {
  CreateFederationProtocolInput,
  CreateIdentityProviderInput,
  CreateMappingInput,
  ListIdentityProvidersQuery,
  UpdateFederationProtocolInput,
  UpdateIdentityProviderInput,
  UpdateMappingInput,
} from './requests.js';
export type { FederationProtocol, IdentityProvider, Mapping, MappingRule } from './results.js';
