/**
 * The browser test: examples/browser built with esbuild, served on 127.0.0.1, driven in Debian's
 * headless Chromium (playwright-core) against the local cloud (or OS_CLOUD). `pnpm test:browser`.
 */
export default {
  maxWorkers: 1,
  testTimeout: 180_000,
  projects: [
    {
      displayName: 'browser',
      rootDir: 'examples/browser',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      extensionsToTreatAsEsm: ['.ts'],
      moduleNameMapper: {
        '^@openstack-ts/([a-z-]+)$': '<rootDir>/../../packages/$1/src/index.ts',
        '^#default-fetch$': '<rootDir>/../../packages/core/src/default-fetch-node.ts',
        '^(\\.{1,2}/.*)\\.js$': '$1',
      },
      transform: {
        '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/test/tsconfig.json' }],
      },
    },
  ],
};
