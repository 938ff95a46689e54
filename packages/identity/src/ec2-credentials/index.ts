export { createEc2Credential, deleteEc2Credential, getEc2Credential, listEc2Credentials } from './requests.js';
export type { CreateEc2CredentialInput } from './requests.js';
export type { Ec2Credential } from './results.js';
