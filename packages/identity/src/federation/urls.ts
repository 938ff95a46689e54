import { segment } from '@openstack-ts/core/internal';

const root = 'OS-FEDERATION';
export const mappingsPath = (): string => `${root}/mappings`;
export const mappingPath = (id: string): string => `${mappingsPath()}/${segment(id, 'mappingId')}`;
export const identityProvidersPath = (): string => `${root}/identity_providers`;
export const identityProviderPath = (id: string): string => `${identityProvidersPath()}/${segment(id, 'identityProviderId')}`;
export const protocolsPath = (idpId: string): string => `${identityProviderPath(idpId)}/protocols`;
export const protocolPath = (idpId: string, id: string): string => `${protocolsPath(idpId)}/${segment(id, 'protocolId')}`;
