export { createDomain, deleteDomain, findDomainId, getDomain, listDomains, updateDomain } from './requests.js';
export type { CreateDomainInput, ListDomainsQuery, UpdateDomainInput } from './requests.js';
export type { Domain } from './results.js';
