export { createSwauthProvider, swauthAuthenticator } from './requests.js';
export type { SwauthOptions, SwauthProviderOptions } from './requests.js';
