export {
  deleteServerMetadataItem,
  getServerMetadata,
  getServerMetadataItem,
  replaceServerMetadata,
  setServerMetadataItem,
  updateServerMetadata,
} from './requests.js';
export type { ServerMetadata } from './results.js';
