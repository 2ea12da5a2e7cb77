// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'src/client/generated/**',
      'examples/web/dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      // Decorator metadata makes classes used only in decorated signatures real value imports.
      parserOptions: {
        // Type-aware rules: each file is checked with the nearest tsconfig.json (the root one
        // for src/, test/, bench/, migrations/; examples/web/tsconfig.json for the web example).
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        emitDecoratorMetadata: true,
        experimentalDecorators: true,
      },
    },
    rules: {
      // A promise nobody awaits loses its rejection; an async callback where a void one is
      // expected (an express handler, an event listener) does the same. Fire-and-forget is
      // written `void promise` with a comment saying why.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The engine is pure: no GraphQL, ORM, HTTP or process access.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'graphql',
                'graphql/*',
                'type-graphql',
                '@apollo/*',
                '@mikro-orm/*',
                'express',
                'express-*',
                'pino*',
                'redis',
                '../persistence/*',
                '../graphql/*',
                '../services/*',
                '../http/*',
                '../config/*',
              ],
              message: 'src/engine is pure TypeScript.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process'],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        exports: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Configuration and codegen plugins in plain JavaScript belong to no tsconfig: no type
    // information, so no type-aware rules.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
