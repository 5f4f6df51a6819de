import type { CodegenConfig } from '@graphql-codegen/cli';

// The web's GraphQL types are generated from the api's schema and the operations written in src/.
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  // Operations live in server modules (+page.server.ts, hooks), never in components.
  documents: ['src/**/*.ts', '!src/lib/graphql/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/lib/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { documentMode: 'string', enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: 'string' } },
    },
  },
};

export default config;
