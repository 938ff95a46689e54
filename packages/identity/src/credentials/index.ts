export { createCredential, deleteCredential, getCredential, listCredentials, updateCredential } from './requests.js';
export type { CreateCredentialInput, ListCredentialsQuery, UpdateCredentialInput } from './requests.js';
export type { Credential } from './results.js';
