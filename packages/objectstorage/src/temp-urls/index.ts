export { createTempUrl } from './requests.js';
export type { CreateTempUrlInput, TempUrlMethod } from './requests.js';
export type { SignatureDigest } from './signing.js';
