import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloDriverConfig } from '@nestjs/apollo';

/**
 * Limits on what one GraphQL request may ask (GraphQL Armor): a request of 1,000 aliased `catalogue`
 * fields once took the api 10 s and slowed everyone else. The web's own documents stay far inside them
 * (query-limits.spec.ts checks every one). Field suggestions ("Did you mean …?") are off, so an unknown
 * field does not map the schema for a stranger; batched requests (a JSON array) are refused by Apollo.
 */
export const QUERY_LIMITS = {
  maxDepth: { n: 10 },
  maxAliases: { n: 15 },
  // Armor's default costs: 2 per object field, 1 per scalar, growing with depth.
  costLimit: { maxCost: 5000 },
  // Tokens are limited by graphql-js's own parser (parseOptions below), which answers 400 like any syntax error.
  maxTokens: { enabled: false },
  maxDirectives: { n: 20 },
  blockFieldSuggestion: { enabled: true },
} as const;

/** Far above the web's longest document, far below a document that takes long to parse. */
export const MAX_TOKENS = 2000;

export function queryLimits() {
  const { plugins, validationRules } = new ApolloArmor(QUERY_LIMITS).protect();
  // Armor is typed against @apollo/server's ESM build, Nest's driver against its CommonJS one: the same plugins.
  return {
    plugins: plugins as unknown as ApolloDriverConfig['plugins'],
    validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    allowBatchedHttpRequests: false,
  };
}
