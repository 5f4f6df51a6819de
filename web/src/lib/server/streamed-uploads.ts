// Uploads bigger than SvelteKit's body limit of 1 MB (BODY_SIZE_LIMIT), sent by their pages as the raw request
// body: web/server.ts serves them ahead of SvelteKit, streaming the body on to the api, so that every other
// route keeps the limit. Each route's +server.ts serves it the same way under `vite dev`.
// Plain TypeScript that Node runs as it is (erasable syntax only, no SvelteKit imports).
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { env } from '#lib/server/env.ts';
import { browserSessionCookie, callerHeaders, clientAddressOf, isHttps, ownOriginOf, sessionTokenFrom } from '#lib/server/forward.ts';
import { securityHeaders } from '#lib/server/security-headers.ts';

/** A web route whose body goes to the api as it arrives: where, with which query parameters, as what type. */
interface StreamedRoute {
  path: RegExp;
  apiPath: (match: RegExpExecArray) => string;
  query: string[];
  contentType: string;
}

export const STREAMED_ROUTES: StreamedRoute[] = [
  // A trainer's SCORM package, up to the api's 1 GB limit.
  {
    path: /^\/packages\/upload$/,
    apiPath: () => '/package-imports',
    query: ['fileName', 'locale', 'minutes'],
    contentType: 'application/zip',
  },
  // A course folder as a zip, checked by the same loader as `pnpm courses:check`.
  { path: /^\/authoring\/upload$/, apiPath: () => '/authoring/uploads', query: [], contentType: 'application/zip' },
  // An image, clip or captions file for a draft, held to the course files' type and size limits by the api. The
  // id goes on as the browser encoded it (the URL parser has already resolved any dot segments).
  {
    path: /^\/authoring\/([^/]+)\/media$/,
    apiPath: (match) => `/authoring/drafts/${match[1]!}/media`,
    query: ['fileName'],
    contentType: 'application/octet-stream',
  },
];

function matchRoute(pathname: string): { route: StreamedRoute; match: RegExpExecArray } | null {
  for (const route of STREAMED_ROUTES) {
    const match = route.path.exec(pathname);
    if (match) return { route, match };
  }
  return null;
}

function answer(res: ServerResponse, https: boolean, status: number, body: unknown, close = false): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    ...securityHeaders(https),
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(payload),
    'cache-control': 'no-store',
    ...(close ? { connection: 'close' } : {}),
  });
  res.end(payload);
}

function parsedOr(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { error: { code: 'UNAVAILABLE' } };
  }
}

/** Serves a streamed upload from a Node request; false for every other request, left to SvelteKit. */
export function serveStreamedUpload(req: IncomingMessage, res: ServerResponse): boolean {
  const url = new URL(req.url ?? '/', 'http://web.invalid');
  const found = req.method === 'POST' ? matchRoute(url.pathname) : null;
  if (!found) return false;
  const https = isHttps(req);
  const sessionToken = sessionTokenFrom(req.headers.cookie, browserSessionCookie(https));
  // Refused before a byte of the file is read (the connection closes rather than take a body nobody wants).
  if (req.headers.origin && req.headers.origin !== ownOriginOf(req))
    return (
      answer(res, https, 403, { error: { code: 'FORBIDDEN', message: 'Uploads are only taken from this site’s own pages.' } }, true),
      true
    );
  if (!sessionToken) return (answer(res, https, 401, { error: { code: 'UNAUTHENTICATED', message: 'Please log in first.' } }, true), true);
  const query = new URLSearchParams();
  for (const name of found.route.query) query.set(name, url.searchParams.get(name) ?? '');
  const extra: Record<string, string> = { 'content-type': found.route.contentType };
  if (req.headers['content-length']) extra['content-length'] = req.headers['content-length'];
  const target = new URL(`${env.apiUrl}${found.route.apiPath(found.match)}?${query.toString()}`);
  let headers: Record<string, string>;
  try {
    headers = callerHeaders({ sessionToken, clientAddress: clientAddressOf(req) }, extra);
  } catch (error) {
    console.error(error);
    return (answer(res, https, 503, { error: { code: 'UNAVAILABLE' } }, true), true);
  }
  const upstream = (target.protocol === 'https:' ? httpsRequest : httpRequest)(target, { method: 'POST', headers }, (apiRes) => {
    const chunks: Buffer[] = [];
    apiRes.on('data', (chunk: Buffer) => chunks.push(chunk));
    apiRes.on('end', () => {
      answer(res, https, apiRes.statusCode ?? 502, parsedOr(Buffer.concat(chunks).toString('utf8')), !req.complete);
    });
  });
  upstream.on('error', () => {
    if (!res.headersSent) answer(res, https, 503, { error: { code: 'UNAVAILABLE' } }, true);
  });
  req.pipe(upstream);
  return true;
}
