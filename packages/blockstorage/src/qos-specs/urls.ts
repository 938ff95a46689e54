import { segment } from '@openstack-ts/core/internal';

export const qosSpecsPath = (): string => 'qos-specs';
export const qosSpecPath = (id: string): string => `qos-specs/${segment(id, 'qosSpecId')}`;
export const qosSpecDeleteKeysPath = (id: string): string => `${qosSpecPath(id)}/delete_keys`;
export const qosSpecAssociationsPath = (id: string): string => `${qosSpecPath(id)}/associations`;
export const qosSpecAssociatePath = (id: string): string => `${qosSpecPath(id)}/associate`;
export const qosSpecDisassociatePath = (id: string): string => `${qosSpecPath(id)}/disassociate`;
export const qosSpecDisassociateAllPath = (id: string): string => `${qosSpecPath(id)}/disassociate_all`;
