// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * A relative import that climbs to one of `layers` under src/ (`../services`,
 * `../../persistence/entities`...), for the layer fences below (docs/architecture.md).
 */
const into = (layers, message) => ({
  regex: `^(\\.\\./)+(${layers.join('|')})(/|$)`,
  message,
});

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
    // The guards judge requests from the config and what they are given (GuardDeps): they
    // do not reach into the services, the database or the resolvers. The context's type is
    // what they are handed, so graphql/context is the one GraphQL module they may import.
    files: ['src/guards/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            into(['services', 'persistence'], 'src/guards gets what it needs through GuardDeps.'),
            {
              regex: '^(\\.\\./)+graphql(/(?!context$)|$)',
              message: 'src/guards may import only the context type from src/graphql.',
            },
          ],
        },
      ],
    },
  },
  {
    // Services are the use cases: no transport (GraphQL, HTTP) and no request guards.
    files: ['src/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            into(['graphql', 'guards', 'http'], 'src/services knows nothing of the transport.'),
          ],
        },
      ],
    },
  },
  {
    // Persistence stores the model: it calls no service and knows nothing of the transport.
    files: ['src/persistence/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            into(
              ['services', 'graphql', 'guards', 'http'],
              'src/persistence depends on the engine model, config and errors only.',
            ),
          ],
        },
      ],
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
