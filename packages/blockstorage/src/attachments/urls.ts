import { segment } from '@openstack-ts/core/internal';

export const attachmentsPath = (): string => 'attachments';
export const attachmentsDetailPath = (): string => 'attachments/detail';
export const attachmentPath = (id: string): string => `attachments/${segment(id, 'attachmentId')}`;
export const attachmentActionPath = (id: string): string => `${attachmentPath(id)}/action`;
