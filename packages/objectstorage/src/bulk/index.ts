export { bulkDelete } from './requests.js';
export type { BulkDeleteInput, BulkDeleteItem, BulkDeleteResult } from './requests.js';
