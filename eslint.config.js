import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import layers from './tools/eslint-layers.js';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.data/', 'coverage/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { layers },
    rules: {
      'layers/dependency-rule': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The core is a pure function of its inputs: time, randomness and the environment come in as values.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'process', 'fetch', 'window', 'document', 'setTimeout'],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'core takes the time as an argument (Clock port).',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'core takes the time as an argument (Clock port).',
        },
        {
          selector: "MemberExpression[object.name='Math'][property.name='random']",
          message: 'core is deterministic: take a seed.',
        },
      ],
    },
  },
  {
    // Fluent's Text components are display inline even when rendered as <p> or <h2>: outside a flex column
    // two of them run together on one line ("endres ikke.Dette endres:"). As a paragraph or heading, block.
    files: ['src/tab/**/*.tsx', 'src/outlook/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "JSXOpeningElement[name.name=/^(Body1|Body1Strong|Body2|Caption1|Subtitle1|Subtitle2|Title1|Title2|Title3|LargeTitle|Text)$/]:has(JSXAttribute[name.name='as'][value.value=/^(p|h[1-6]|div)$/]):not(:has(JSXAttribute[name.name='block']))",
          message: 'a Fluent Text as a paragraph or heading needs block, or it runs into what follows.',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
