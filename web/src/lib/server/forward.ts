// What the web sends the api on a learner's behalf: their session cookie and their address. One source
// for both SvelteKit's routes (api.ts) and the plain commit route ahead of SvelteKit (web/server.ts), so
// this module is plain TypeScript that Node runs as it is (erasable syntax only, no SvelteKit imports).
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { env } from '#lib/server/env.ts';

/** The session cookie's name between the web and the api (server to server, never seen by a browser). */
export const SESSION_COOKIE = 'kinship_session';

/**
 * The session cookie's name in the browser: with the `__Host-` prefix on https, which the browser only
 * accepts from this very host, secure and for the whole path, so no subdomain can plant or replace it.
 * (Plain http, as `npm start` serves, cannot carry the prefix.)
 */
export function browserSessionCookie(https: boolean): string {
  return https ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE;
}

/** Whether a Node request reached the site over https (adapter-node's PROTOCOL_HEADER, set by the TLS proxy). */
export function isHttps(req: IncomingMessage): boolean {
  const header = (process.env.PROTOCOL_HEADER ?? 'x-forwarded-proto').toLowerCase();
  return (
    String(req.headers[header] ?? '')
      .split(',', 1)[0]
      ?.trim() === 'https'
  );
}

/** The site's own origin for a Node request, as adapter-node works it out (ORIGIN, else protocol and host). */
export function ownOriginOf(req: IncomingMessage): string {
  if (process.env.ORIGIN) return new URL(process.env.ORIGIN).origin;
  const hostHeader = process.env.HOST_HEADER?.toLowerCase();
  const host = (hostHeader && req.headers[hostHeader]) || req.headers.host || 'localhost';
  return `${isHttps(req) ? 'https' : 'http'}://${String(host)}`;
}

export interface ApiCaller {
  sessionToken: string | null;
  clientAddress: string;
}

/** The learner's session and address, forwarded on every call to the api. */
export function callerHeaders(caller: ApiCaller, headers: Record<string, string> = {}): Record<string, string> {
  const forwarded = { ...headers, 'x-forwarded-for': caller.clientAddress };
  return caller.sessionToken ? { ...forwarded, cookie: `${SESSION_COOKIE}=${caller.sessionToken}` } : forwarded;
}

/** The session token in a `Cookie` header, read as SvelteKit's `cookies.get` reads it (URI-decoded). */
export function sessionTokenFrom(cookieHeader: string | undefined, name = SESSION_COOKIE): string | null {
  for (const pair of cookieHeader?.split(';') ?? []) {
    const at = pair.indexOf('=');
    if (at < 0 || pair.slice(0, at).trim() !== name) continue;
    const value = pair.slice(at + 1).trim();
    try {
      return decodeURIComponent(value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value) || null;
    } catch {
      return value || null;
    }
  }
  return null;
}

const addressHeader = (process.env.ADDRESS_HEADER ?? '').toLowerCase();
const xffDepth = Number.parseInt(process.env.XFF_DEPTH ?? '1', 10);

/**
 * The client's address for a Node request, by adapter-node's rules (`getClientAddress`): the
 * ADDRESS_HEADER a proxy sets (for x-forwarded-for the XFF_DEPTH-th address from the right), else the socket's.
 */
export function clientAddressOf(req: IncomingMessage): string {
  if (!addressHeader) return req.socket.remoteAddress ?? '';
  const value = req.headers[addressHeader];
  if (typeof value !== 'string') throw new Error(`ADDRESS_HEADER=${addressHeader} but it is absent from the request`);
  if (addressHeader !== 'x-forwarded-for') return value;
  const addresses = value.split(',');
  if (!(xffDepth >= 1) || xffDepth > addresses.length) throw new Error(`XFF_DEPTH=${xffDepth}, but found ${addresses.length} addresses`);
  return addresses[addresses.length - xffDepth]!.trim();
}

// The player's commits (every few seconds per learner) go over kept-alive node:http connections: fetch's
// per-request machinery cost more CPU in the web server than everything else on that route (docs/benchmarks.md).
const agents = { 'http:': new HttpAgent({ keepAlive: true }), 'https:': new HttpsAgent({ keepAlive: true }) };

/**
 * POST of a JSON body to one of the api's REST routes (the tracking commit route) with the learner's session.
 * A kept-alive connection the api closed just as it was reused is tried once more on a new one: the only
 * caller sends numbered commits, which the api applies at most once.
 */
export function postJsonToApi(caller: ApiCaller, path: string, body: unknown): Promise<{ status: number; text: string }> {
  const payload = JSON.stringify(body);
  const headers = callerHeaders(caller, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) });
  const url = new URL(`${env.apiUrl}${path}`);
  const https = url.protocol === 'https:';
  const attempt = (retry: boolean) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = (https ? httpsRequest : httpRequest)(
        url,
        { method: 'POST', headers, agent: agents[https ? 'https:' : 'http:'] },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 502, text: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (retry && req.reusedSocket && error.code === 'ECONNRESET') resolve(attempt(false));
        else reject(error);
      });
      req.end(payload);
    });
  return attempt(true);
}
