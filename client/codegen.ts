import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/apollo/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/apollo/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { LocalDate: 'string' },
      },
    },
    // Every schema type, operations or not: the field writes go inside syncBatch as JSON, so their input
    // types appear in no document (offline/field-writes.ts maps each kind to its input); nor does the
    // ErrorCode enum, which errors carry in their extensions (apollo/error-codes.ts).
    'src/apollo/generated/schema-types.ts': {
      plugins: ['typescript'],
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { LocalDate: 'string' } },
    },
  },
};

export default config;
