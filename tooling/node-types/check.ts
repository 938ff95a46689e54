// Every published entry point, as a Node-only project (tsconfig.json: lib ES2023, no DOM,
// skipLibCheck false) imports it. A DOM-only name in a declaration fails this compile.
import * as blockstorage from '@openstack-ts/blockstorage';
import * as compute from '@openstack-ts/compute';
import * as config from '@openstack-ts/config';
import * as core from '@openstack-ts/core';
import * as coreTesting from '@openstack-ts/core/testing';
import * as identity from '@openstack-ts/identity';
import * as networking from '@openstack-ts/networking';
import * as objectstorage from '@openstack-ts/objectstorage';

export const entryPoints: readonly object[] = [blockstorage, compute, config, core, coreTesting, identity, networking, objectstorage];
