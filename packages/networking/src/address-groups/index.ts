export {
  addAddressGroupAddresses,
  createAddressGroup,
  deleteAddressGroup,
  getAddressGroup,
  listAddressGroups,
  removeAddressGroupAddresses,
  updateAddressGroup,
} from './requests.js';
export type { AddressGroupAddressesInput, CreateAddressGroupInput, ListAddressGroupsQuery, UpdateAddressGroupInput } from './requests.js';
export type { AddressGroup } from './results.js';
