export { createCatalogService, deleteCatalogService, getCatalogService, listCatalogServices, updateCatalogService } from './requests.js';
export type { CreateCatalogServiceInput, ListCatalogServicesQuery, UpdateCatalogServiceInput } from './requests.js';
export type { CatalogService } from './results.js';
