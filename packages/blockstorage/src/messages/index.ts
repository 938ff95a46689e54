export { deleteMessage, getMessage, listMessages } from './requests.js';
export type { ListMessagesQuery } from './requests.js';
export type { Message } from './results.js';
