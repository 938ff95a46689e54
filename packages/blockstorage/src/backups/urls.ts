import { segment } from '@openstack-ts/core/internal';

export const backupsPath = (): string => 'backups';
export const backupsDetailPath = (): string => 'backups/detail';
export const backupPath = (id: string): string => `backups/${segment(id, 'backupId')}`;
export const backupActionPath = (id: string): string => `${backupPath(id)}/action`;
export const backupRestorePath = (id: string): string => `${backupPath(id)}/restore`;
export const backupExportPath = (id: string): string => `${backupPath(id)}/export_record`;
export const backupImportPath = (): string => 'backups/import_record';
