export { addTrunkSubports, createTrunk, deleteTrunk, getTrunk, listTrunkSubports, listTrunks, removeTrunkSubports, updateTrunk } from './requests.js';
export type { CreateTrunkInput, ListTrunksQuery, TrunkSubportInput, UpdateTrunkInput } from './requests.js';
export type { Trunk, TrunkSubport } from './results.js';
