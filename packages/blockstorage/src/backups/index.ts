export {
  createBackup,
  deleteBackup,
  forceDeleteBackup,
  exportBackupRecord,
  findBackupId,
  getBackup,
  importBackupRecord,
  listBackupSummaries,
  listBackups,
  resetBackupStatus,
  restoreBackup,
  updateBackup,
} from './requests.js';
export type { CreateBackupInput, ListBackupsQuery, RestoreBackupInput, UpdateBackupInput } from './requests.js';
export type { Backup, BackupRecord, BackupRestore, BackupStatus, BackupSummary } from './results.js';
export { waitForBackupDeleted, waitForBackupStatus } from './waiters.js';
export type { WaitForBackupOptions } from './waiters.js';
