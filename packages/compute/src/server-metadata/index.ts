export {
  deleteServerMetadataItem,
  getServerMetadataItem,
  listServerMetadata,
  replaceServerMetadata,
  setServerMetadataItem,
  updateServerMetadata,
} from './requests.js';
export type { ServerMetadata } from './results.js';
