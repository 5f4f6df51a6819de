import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { join } from 'node:path';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { queryLimits } from './query-limits.js';

const apiRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The schema is generated from the code; `pnpm gen` writes it to api/schema.graphql for the web's client. */
export function graphqlConfig(): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    graphiql: process.env.NODE_ENV !== 'production',
    // Stack traces stay in the server log; clients get the code and the message only.
    includeStacktraceInErrorResponses: false,
    // Depth, aliases, cost, tokens and directives are limited, field suggestions are off, batches refused.
    ...queryLimits(),
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
  };
}

export const schemaFile = join(apiRoot, 'schema.graphql');
