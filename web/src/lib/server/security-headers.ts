/**
 * Headers on every answer of the web server, pages and endpoints alike (set in hooks.server.ts, and by the
 * commit route that web/server.ts serves ahead of SvelteKit). Pages add their CSP, which JSON does not need.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};
