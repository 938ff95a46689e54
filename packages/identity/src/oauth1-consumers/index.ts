export { createOAuth1Consumer, deleteOAuth1Consumer, getOAuth1Consumer, listOAuth1Consumers, updateOAuth1Consumer } from './requests.js';
export type { CreateOAuth1ConsumerInput, UpdateOAuth1ConsumerInput } from './requests.js';
export type { CreatedOAuth1Consumer, OAuth1Consumer } from './results.js';
