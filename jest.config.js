/** Kaira's tests run against real PostgreSQL: global-setup starts it once, each file clones a migrated template. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  testTimeout: 30000,
  transform: { '^.+\\.ts$': ['@swc/jest', require('./test/support/swc-options')] },
};
