export { createTempUrl } from './requests.js';
export type { CreateTempUrlOptions, TempUrlMethod, TempUrlSigning, TempUrlTarget } from './requests.js';
export type { Expiry, SignatureDigest } from './signing.js';
