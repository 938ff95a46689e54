/** `/info` at the proxy's root: the storage URL is `<root>/v1/<account>/`. */
export const infoUrl = (endpoint: string): string => new URL('../../info', endpoint).toString();
