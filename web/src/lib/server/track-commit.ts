// `POST /learn/track`, where the player's commit queue (lib/tracking/) posts every commit: checked here
// and forwarded to the api's `POST /tracking/commits`. web/server.ts serves it as a plain Node handler
// ahead of SvelteKit (the busiest route: SvelteKit's Request/Response conversion cost more than the rest,
// docs/benchmarks.md); the route's +server.ts serves it under `vite dev`. Both answer through trackCommit.
// Plain TypeScript that Node runs as it is (erasable syntax only, no SvelteKit imports).
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  browserSessionCookie,
  clientAddressOf,
  isHttps,
  ownOriginOf,
  postJsonToApi,
  sessionTokenFrom,
  type ApiCaller,
} from '#lib/server/forward.ts';
import { securityHeaders } from '#lib/server/security-headers.ts';

export const TRACK_PATH = '/learn/track';
/** The api's own limit (api/src/progress/commit-route.ts): a larger commit could never be stored. */
export const MAX_COMMIT_BYTES = 512 * 1024;

/**
 * What the queue is told (web/src/lib/tracking/send-commit.ts): 200 stored for good; 400, 404 and 422 that
 * the commit can never be applied (it is dropped); anything else, 401 and 503 included, that it is retried.
 */
export interface TrackAnswer {
  status: number;
  body: Record<string, unknown>;
}

export interface TrackRequest {
  caller: ApiCaller;
  contentType: string | null | undefined;
  /** The browser's Origin header (absent from same-origin GETs and non-browser clients) and this site's own origin. */
  origin: string | null | undefined;
  ownOrigin: string;
  /** The body as text, or null when it is larger than MAX_COMMIT_BYTES; read only for a caller with a session. */
  readBody: () => Promise<string | null>;
}

interface Commit {
  attemptId: string;
  seq: number;
  sessionId: string;
  values: Record<string, string>;
}

const BAD_INPUT = 'BAD_USER_INPUT';
const UNAVAILABLE: TrackAnswer = { status: 503, body: { code: 'UNAVAILABLE' } };

/** The body as a commit (the api's shape: ids, a number, and values that are all strings), or null. */
export function parseCommit(text: string): Commit | null {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return null;
  }
  if (!body || typeof body !== 'object') return null;
  const { attemptId, seq, sessionId, values } = body as Record<string, unknown>;
  if (typeof attemptId !== 'string' || typeof seq !== 'number' || typeof sessionId !== 'string') return null;
  if (!values || typeof values !== 'object' || Array.isArray(values)) return null;
  if (!Object.values(values).every((value) => typeof value === 'string')) return null;
  return { attemptId, seq, sessionId, values: values as Record<string, string> };
}

/** A body as text, or null once it passes `limit` bytes (the rest is read and dropped, never kept). */
export async function readCapped(chunks: AsyncIterable<Uint8Array> | null, limit = MAX_COMMIT_BYTES): Promise<string | null> {
  const kept: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks ?? []) {
    size += chunk.byteLength;
    if (size <= limit) kept.push(chunk);
  }
  return size > limit ? null : Buffer.concat(kept).toString('utf8');
}

/** Checks the commit, forwards it with the caller's session and address, and maps the api's answer. */
export async function trackCommit({ caller, contentType, origin, ownOrigin, readBody }: TrackRequest): Promise<TrackAnswer> {
  // Only JSON: a cross-site form cannot send it without a CORS preflight, which this site never allows.
  if (contentType?.split(';', 1)[0]?.trim().toLowerCase() !== 'application/json')
    return { status: 415, body: { code: BAD_INPUT, message: 'A commit must be sent as application/json.' } };
  // And only from this site's own pages, whatever a browser lets through.
  if (origin && origin !== ownOrigin)
    return { status: 403, body: { code: 'FORBIDDEN', message: 'Commits are only taken from this site’s own pages.' } };
  if (!caller.sessionToken) return { status: 401, body: { code: 'UNAUTHENTICATED' } };
  const text = await readBody();
  if (text === null) return { status: 422, body: { code: BAD_INPUT, message: 'A commit may not be larger than 512 KB.' } };
  const input = parseCommit(text);
  if (!input) return { status: 400, body: { code: BAD_INPUT } };
  let res: { status: number; text: string };
  try {
    res = await postJsonToApi(caller, '/tracking/commits', input);
  } catch {
    return UNAVAILABLE;
  }
  const body = parseAnswer(res.text);
  if (res.status === 200) return { status: 200, body: { applied: body.applied, seq: body.seq } };
  const status = res.status === 401 ? 401 : res.status === 404 ? 404 : res.status === 400 ? 422 : 503;
  return { status, body: { code: body.error?.code ?? 'UNAVAILABLE', message: body.error?.message } };
}

function parseAnswer(text: string): { applied?: boolean; seq?: number; error?: { code?: string; message?: string } } {
  try {
    return JSON.parse(text) as ReturnType<typeof parseAnswer>;
  } catch {
    return {};
  }
}

/** Serves `POST /learn/track` from a Node request (web/server.ts); false for every other request, left to SvelteKit. */
export function serveTrack(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'POST' || (req.url ?? '').split('?', 1)[0] !== TRACK_PATH) return false;
  // A body announced as too large is not read: the answer closes the connection instead.
  const tooLarge = Number(req.headers['content-length'] ?? 0) > MAX_COMMIT_BYTES;
  const https = isHttps(req);
  // async, so that a misconfigured ADDRESS_HEADER (clientAddressOf throws) is answered, not thrown at the server.
  const answer = async (): Promise<TrackAnswer> =>
    await trackCommit({
      caller: { sessionToken: sessionTokenFrom(req.headers.cookie, browserSessionCookie(https)), clientAddress: clientAddressOf(req) },
      contentType: req.headers['content-type'],
      origin: req.headers.origin,
      ownOrigin: ownOriginOf(req),
      readBody: () => (tooLarge ? Promise.resolve(null) : readCapped(req)),
    });
  answer()
    .catch((error: unknown) => {
      console.error(error);
      return UNAVAILABLE;
    })
    .then(({ status, body }) => {
      const payload = JSON.stringify(body);
      const close = tooLarge ? { connection: 'close' } : {};
      res.writeHead(status, {
        ...securityHeaders(https),
        'content-type': 'application/json',
        'cache-control': 'no-store',
        'content-length': Buffer.byteLength(payload),
        ...close,
      });
      res.end(payload);
    }, console.error);
  return true;
}
