export { getAuthCatalog, listAuthDomains, listAuthProjects, listAuthSystem } from './requests.js';
export type { AuthCatalogEndpoint, AuthCatalogEntry, AuthSystemScope } from './results.js';
