export { createAddressScope, deleteAddressScope, getAddressScope, listAddressScopes, updateAddressScope } from './requests.js';
export type { CreateAddressScopeInput, ListAddressScopesQuery, UpdateAddressScopeInput } from './requests.js';
export type { AddressScope } from './results.js';
