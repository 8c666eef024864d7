import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import pureModules from './pure-modules.json' with { type: 'json' };

// Files that must stay pure (STYLE.md): no UI libraries, no browser globals.
const pureModuleGlobs = pureModules.globs;

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', '.cache/', 'bench/results/', 'bench/baselines/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports (STYLE.md).' },
      ],
    },
  },
  {
    files: pureModuleGlobs,
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'leaflet', 'react-leaflet'],
          patterns: ['react-dom/*', 'react/*', '@react-leaflet/*', 'leaflet/*'],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'location'],
    },
  },
  {
    files: ['**/*.config.ts', '*.config.js', 'scripts/**/*.mjs', 'tests/**/*.ts', 'bench/**/*.ts', 'bench/**/*.mjs', '.ci/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
