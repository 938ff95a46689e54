import { segment } from '@openstack-ts/core/internal';

export const ec2CredentialsPath = (userId: string): string => `users/${segment(userId, 'userId')}/credentials/OS-EC2`;
export const ec2CredentialPath = (userId: string, access: string): string => `${ec2CredentialsPath(userId)}/${segment(access, 'access')}`;
