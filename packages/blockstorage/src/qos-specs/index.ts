export {
  associateQosSpec,
  createQosSpec,
  deleteQosSpec,
  disassociateQosSpec,
  disassociateQosSpecFromAllTypes,
  getQosSpec,
  listQosSpecAssociations,
  listQosSpecs,
  setQosSpecKeys,
  unsetQosSpecKeys,
} from './requests.js';
export type { CreateQosSpecInput, DeleteQosSpecQuery, ListQosSpecsQuery } from './requests.js';
export type { QosConsumer, QosSpec, QosSpecAssociation } from './results.js';
