// A form posted with more than SvelteKit's body limit (BODY_SIZE_LIMIT, 1 MB; web/server.ts) would get
// adapter-node's bare "413 Payload Too Large". Refused here before a byte is read, the person gets the page
// back with a message that says why and what the limit is (OversizedFormNotice.svelte).
// Plain TypeScript that Node runs as it is (erasable syntax only, no SvelteKit imports).
import type { IncomingMessage, ServerResponse } from 'node:http';

const UNITS: Record<string, number> = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

/** adapter-node's reading of BODY_SIZE_LIMIT: a number of bytes with an optional K, M or G. */
export function bytesOf(limit: string): number {
  const match = /^(\d+)([KMG]?)$/i.exec(limit.trim());
  if (!match) return Number.POSITIVE_INFINITY;
  return Number(match[1]) * (UNITS[match[2]!.toUpperCase()] ?? 1);
}

/** Answers a form action (`?/name`) whose declared body is over the limit; false for every other request. */
export function refuseOversizedForm(req: IncomingMessage, res: ServerResponse, limitBytes: number): boolean {
  if (req.method !== 'POST') return false;
  const url = new URL(req.url ?? '/', 'http://web.invalid');
  const declared = Number(req.headers['content-length'] ?? 0);
  if (!url.search.startsWith('?/') || !(declared > limitBytes)) return false;
  const location = `${url.pathname}?tooLarge=${Math.floor(limitBytes / 1024 ** 2)}`;
  // Answered once the body has been read and dropped: a browser still sending when the connection closes
  // shows a network error instead of the answer. A body far over any form's size is cut off instead.
  let dropped = 0;
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > DRAIN_AT_MOST) req.destroy();
  });
  req.on('end', () => answer(req, res, location));
  return true;
}

/** What is read (and dropped) of a too-big form at most before the connection is cut. */
const DRAIN_AT_MOST = 64 * 1024 ** 2;

function answer(req: IncomingMessage, res: ServerResponse, location: string): void {
  // An enhanced form reads an action result; a plain one follows the redirect.
  if (req.headers['x-sveltekit-action'] === 'true') {
    const body = JSON.stringify({ type: 'redirect', status: 303, location });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  } else {
    res.writeHead(303, { location, 'content-length': 0 });
    res.end();
  }
}
