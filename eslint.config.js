// Flat config: typescript-eslint's recommended rules plus the import boundaries of the design.
const tseslint = require('typescript-eslint');

const OUTER_LAYERS = {
  regex: '(^|/)(features|cli)(/|$)|(^|/)main$',
  message: 'Only the composition root and the CLI know the features.',
};

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'coverage/', 'src/web/static/vendor/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'error',
    },
  },
  {
    // Only the composition root (src/main.ts) and the CLI list the features; the parts they wire
    // never import them back.
    files: ['src/**/*.ts', 'dialogs/**/*.ts'],
    ignores: ['src/main.ts', 'src/features/**', 'src/cli/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [OUTER_LAYERS] }] },
  },
  {
    // Channels carry activities to and from the bot; the bot may use them, never the other way round.
    files: ['src/channels/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [OUTER_LAYERS, { regex: '(^|/)bot(/|$)', message: 'Channels do not import the bot; the bot imports channels.' }] },
      ],
    },
  },
  {
    // The core knows nothing of the web framework, the Bot Framework SDK or database drivers.
    files: [
      'src/safety/**',
      'src/nlu/**',
      'src/understanding/**',
      'src/anonymiser/**',
      'src/retention/**',
      'src/handoff/**',
      'src/transcripts/**',
      'src/triage/**',
      'src/geo/**',
      'src/conversations/**',
      'src/staff/*.ts',
      'src/i18n/**',
      'src/store/ports.ts',
      'src/store/*Ports.ts',
      'src/store/values.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            OUTER_LAYERS,
            {
              group: [
                'restify',
                'restify-*',
                'botbuilder',
                'botbuilder-*',
                'botframework-*',
                'better-sqlite3',
                'pg',
                'pg-*',
                'mongodb',
                'ws',
              ],
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**', 'bench/**', 'scripts/**', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
