export { bulkDelete } from './requests.js';
export type { BulkDeleteItem, BulkDeleteOptions, BulkDeleteResult } from './requests.js';
