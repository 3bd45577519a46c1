import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Only src/ci may read the environment (see STYLE.md §1).
      'no-restricted-properties': 'off',
    },
  },
  {
    // Every failure Signet raises carries a code (src/errors.ts): tests assert on it, CI logs print it.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Error'], CallExpression[callee.name='Error']",
          message:
            'throw a SignetError of the area (SignError, VerifyError, UsageError, …) with its code, not a plain Error',
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/ci/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'only src/ci reads the environment' },
      ],
    },
  },
);
