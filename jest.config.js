/** One Jest project per package; tests run from TypeScript sources, no build needed. */
const packages = ['core', 'config', 'compute', 'networking', 'identity', 'objectstorage', 'blockstorage'];

export default {
  projects: [
    ...packages.map((name) => ({
      displayName: name,
      rootDir: `packages/${name}`,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
      extensionsToTreatAsEsm: ['.ts'],
      moduleNameMapper: {
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
    // The tooling's own tests: plain ESM JavaScript, nothing to transform.
    { displayName: 'tooling', rootDir: 'tooling', testEnvironment: 'node', testMatch: ['<rootDir>/cloud/*.test.mjs'], transform: {} },
  ],
};
