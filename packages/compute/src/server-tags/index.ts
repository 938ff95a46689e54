export { addServerTag, deleteAllServerTags, deleteServerTag, listServerTags, replaceServerTags, serverHasTag } from './requests.js';
export type { ServerTag } from './results.js';
