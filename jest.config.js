/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': '<rootDir>/tests/support/sucraseTransform.js',
  },
  // Browser and server tests share two cores with CI: keep parallelism modest and timeouts honest.
  maxWorkers: 2,
  globalSetup: '<rootDir>/tests/support/globalSetup.ts',
  testTimeout: 30000,
};
