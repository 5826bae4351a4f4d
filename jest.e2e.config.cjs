/** End-to-end tier: Chromium (Debian package) driving the built tab against a real server; run with `npm run test:e2e`. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  globalSetup: '<rootDir>/tests/e2e/support/global-setup.ts',
  // One browser at a time: two cores, and timings (filter changes, navigation) stay meaningful.
  maxWorkers: 1,
  testTimeout: 60_000,
};
