/**
 * Acceptance tests: every package's acceptance/ folder, against the cloud OS_CLOUD names or the
 * local cloud (tooling/cloud). `pnpm test:acceptance` builds first: the global setup and teardown
 * use the built packages.
 */
import { existsSync } from 'node:fs';

const packages = ['core', 'config', 'compute', 'networking', 'identity', 'objectstorage', 'blockstorage'].filter((name) => existsSync(`packages/${name}/acceptance`));

export default {
  globalSetup: '<rootDir>/tooling/acceptance/global-setup.mjs',
  globalTeardown: '<rootDir>/tooling/acceptance/global-teardown.mjs',
  // One worker: some tests change shared state (the compute service is disabled and re-enabled), and
  // the local cloud shares two cores with the tests.
  maxWorkers: 1,
  testTimeout: 180_000,
  projects: packages.map((name) => ({
    displayName: `${name} (acceptance)`,
    rootDir: `packages/${name}`,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/acceptance/**/*.test.ts'],
    extensionsToTreatAsEsm: ['.ts'],
    moduleNameMapper: {
      '^@openstack-ts/acceptance$': '<rootDir>/../../tooling/acceptance/src/index.ts',
      '^@openstack-ts/([a-z-]+)/(testing|internal)$': '<rootDir>/../$1/src/$2/index.ts',
      '^@openstack-ts/([a-z-]+)$': '<rootDir>/../$1/src/index.ts',
      // core's default transport as Node resolves it (package.json "imports", "node" condition)
      '^#default-fetch$': '<rootDir>/../core/src/default-fetch-node.ts',
      '^(\\.{1,2}/.*)\\.js$': '$1',
    },
    transform: {
      '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/test/tsconfig.json' }],
    },
  })),
};
