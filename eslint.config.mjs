// Type-aware lint: no floating promises, no `any` in application code.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// What runs in production: `npm prune --omit=dev` removes every dev dependency, so the server and the bot may import
// (statically, with `await import()` or `require`) only packages listed under "dependencies". Type-only imports
// vanish at compile time and stay allowed. The tab is bundled by Vite at build time: it may use dev dependencies.
const SERVER_CODE = ['src/**/*.ts', 'bot/**/*.ts'];

export default tseslint.config(
  // .ci/ holds shell and a plain-JS driver run by tsx outside every tsconfig.
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'tests/e2e/artifacts/**', '*.cjs', '*.mjs', '.ci/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // vite.config.mts sits outside every tsconfig: the default project types it.
        projectService: { allowDefaultProject: ['vite.config.mts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    files: SERVER_CODE,
    ignores: ['src/tab/**'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver()] },
    rules: {
      'import-x/no-extraneous-dependencies': [
        'error',
        { devDependencies: false, optionalDependencies: false, peerDependencies: false, includeTypes: false, packageDir: import.meta.dirname },
      ],
    },
  },
  {
    // The tab: browser code typed by its own tsconfig (DOM, JSX, bundler resolution).
    files: ['src/tab/**/*.{ts,tsx}'],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { projectService: false, project: './src/tab/tsconfig.json', tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
