export {
  acceptVolumeTransfer,
  createVolumeTransfer,
  deleteVolumeTransfer,
  getVolumeTransfer,
  listVolumeTransferSummaries,
  listVolumeTransfers,
} from './requests.js';
export type { CreateVolumeTransferInput, ListVolumeTransfersQuery } from './requests.js';
export type { CreatedVolumeTransfer, VolumeTransfer, VolumeTransferSummary } from './results.js';
