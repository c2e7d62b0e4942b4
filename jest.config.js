// Three rings: unit specs beside the code; integration and e2e against real PostgreSQL and Redis.
const { compilerOptions } = require('./tsconfig.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);
// SWC strips the types (as ts-jest's isolatedModules did, several times faster); `npm test` type-checks first.
// Legacy decorators with metadata and no define semantics for fields, as tsconfig.json has them: Nest's DI reads them.
const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: 'es2022',
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
    },
  ],
};

module.exports = {
  // A global option (not per project): e2e set-up boots the whole API on a shared, busy machine.
  testTimeout: 60000,
  projects: [
    {
      displayName: 'unit',
      rootDir: __dirname,
      testEnvironment: 'node',
      roots: ['<rootDir>/libs', '<rootDir>/apps'],
      // The web app's own tests run under Vitest (npm run test:web-unit).
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/'],
      testMatch: ['**/*.spec.ts'],
      transform,
      moduleNameMapper,
    },
    {
      displayName: 'e2e',
      rootDir: __dirname,
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.e2e-spec.ts', '**/*.int-spec.ts'],
      transform,
      moduleNameMapper,
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    {
      // The web app in Debian's Chromium against the real API and worker (test/web/web-env.ts).
      displayName: 'web',
      rootDir: __dirname,
      testEnvironment: 'node',
      roots: ['<rootDir>/test/web'],
      testMatch: ['**/*.web-spec.ts'],
      transform,
      moduleNameMapper,
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    {
      // Real API and worker processes against PostgreSQL and Redis of the tests' own, faults injected
      // (test/faults): a short subset in `npm test`, the full suite by `npm run test:faults` (FAULTS_FULL=1).
      displayName: 'faults',
      rootDir: __dirname,
      testEnvironment: 'node',
      roots: ['<rootDir>/test/faults'],
      testMatch: ['**/*.fault-spec.ts'],
      transform,
      moduleNameMapper,
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
