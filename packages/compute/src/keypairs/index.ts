export { createKeypair, deleteKeypair, getKeypair, listKeypairs } from './requests.js';
export type { CreateKeypairInput, KeypairUserQuery, ListKeypairsQuery } from './requests.js';
export type { CreatedKeypair, Keypair, KeypairSummary, KeypairType } from './results.js';
