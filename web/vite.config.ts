import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * The browser gets catalogues already parsed (the server parses them, catalogues.server.ts), so its
 * bundle does without formatjs's ICU parser: the lesson page stays within 60 KB of gzip JavaScript.
 */
function noMessageParserInTheBrowser(): Plugin {
  return {
    name: 'kinship:no-message-parser-in-the-browser',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source !== '@formatjs/icu-messageformat-parser' || options.ssr) return null;
      return this.resolve('@formatjs/icu-messageformat-parser/no-parser.js', importer, { ...options, skipSelf: true });
    },
  };
}

export default defineConfig({
  plugins: [
    noMessageParserInTheBrowser(),
    sveltekit({
      adapter: adapter(),
      // Strict CSP: scripts and styles only from this origin (with SvelteKit's nonces for its inline bootstrap).
      csp: {
        mode: 'auto',
        directives: {
          'default-src': ['self'],
          'script-src': ['self'],
          'style-src': ['self', 'unsafe-inline'],
          'img-src': ['self', 'data:'],
          'frame-ancestors': ['none'],
          'form-action': ['self'],
          'base-uri': ['self'],
          'object-src': ['none'],
        },
      },
    }),
  ],
  test: { include: ['src/**/*.spec.ts'] },
});
