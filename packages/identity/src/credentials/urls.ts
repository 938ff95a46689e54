import { segment } from '@openstack-ts/core/internal';

export const credentialsPath = (): string => 'credentials';
export const credentialPath = (id: string): string => `credentials/${segment(id, 'credentialId')}`;
