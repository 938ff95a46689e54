export { createFormPost } from './requests.js';
export type { CreateFormPostOptions, FormPostSigning, FormPostTarget } from './requests.js';
export type { FormPost } from './results.js';
