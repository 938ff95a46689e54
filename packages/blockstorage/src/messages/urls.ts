import { segment } from '@openstack-ts/core/internal';

export const userMessagesPath = (): string => 'messages';
export const userMessagePath = (id: string): string => `messages/${segment(id, 'messageId')}`;
