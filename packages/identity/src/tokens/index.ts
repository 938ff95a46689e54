export { checkToken, revokeToken, validateToken } from './requests.js';
export type { ValidateTokenQuery } from './requests.js';
export type { Token, TokenCatalogEntry, TokenEntityRef } from './results.js';
