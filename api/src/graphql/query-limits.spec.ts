import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MAX_TOKENS, queryLimits } from './query-limits.js';

const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));

/** Every operation the web sends, as its generated client lists them. */
function webDocuments(): string[] {
  const source = readFileSync(new URL('../../../web/src/lib/graphql/generated/gql.ts', import.meta.url), 'utf8');
  const start = source.indexOf('type Documents = {');
  const block = source.slice(start, source.indexOf('};', start));
  return [...block.matchAll(/^\s+("(?:[^"\\]|\\.)*"): typeof/gm)].map((match) => JSON.parse(match[1]!) as string);
}

describe('GraphQL query limits', () => {
  const { validationRules } = queryLimits();

  it("let every one of the web's own documents through", () => {
    const documents = webDocuments();
    expect(documents.length).toBeGreaterThan(50);
    for (const document of documents)
      expect(validate(schema, parse(document, { maxTokens: MAX_TOKENS }), validationRules), document).toEqual([]);
  });

  it('refuse a document of many aliases and one nested too deep', () => {
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expect(
      validate(schema, parse(aliases), validationRules)
        .map((e) => e.message)
        .join(),
    ).toMatch(/aliases/i);
    // Our schema has no cycle deeper than a few levels; a small recursive one shows the rule at work.
    const recursive = buildSchema('type Node { id: ID, child: Node } type Query { node: Node }');
    const nested = (depth: number): string => (depth === 0 ? 'id' : `child { ${nested(depth - 1)} }`);
    expect(validate(recursive, parse(`{ node { ${nested(8)} } }`), validationRules)).toEqual([]);
    expect(
      validate(recursive, parse(`{ node { ${nested(11)} } }`), validationRules)
        .map((e) => e.message)
        .join(),
    ).toMatch(/depth/i);
  });
});
