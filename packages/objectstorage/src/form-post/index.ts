export { createFormPost } from './requests.js';
export type { CreateFormPostInput } from './requests.js';
export type { FormPost } from './results.js';
