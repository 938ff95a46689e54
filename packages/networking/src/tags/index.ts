export { addResourceTag, deleteAllResourceTags, deleteResourceTag, listResourceTags, replaceResourceTags, resourceHasTag } from './requests.js';
export type { TaggableResource } from './requests.js';
