export const authCatalogPath = (): string => 'auth/catalog';
export const authProjectsPath = (): string => 'auth/projects';
export const authDomainsPath = (): string => 'auth/domains';
export const authSystemPath = (): string => 'auth/system';
