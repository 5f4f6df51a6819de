import type { TypedDocumentString } from '#lib/graphql/generated/graphql.ts';
import { env } from '#lib/server/env.ts';
import { callerHeaders, SESSION_COOKIE, type ApiCaller } from '#lib/server/forward.ts';

/** A GraphQL error from the api, with its stable code (see api/src/common/domain-error.ts). */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 200,
    /** The error's extensions beyond its code: a reason and the values its message names. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiResult<T> {
  data: T;
  /** The session token the api set (login, sign-up), if any. */
  setSession?: { token: string; expires?: Date };
}

function sessionFrom(setCookie: string | null): ApiResult<unknown>['setSession'] {
  if (!setCookie) return undefined;
  const token = new RegExp(`${SESSION_COOKIE}=([^;]*)`).exec(setCookie)?.[1];
  if (!token) return undefined;
  const expires = /Expires=([^;]+)/i.exec(setCookie)?.[1];
  return { token, expires: expires ? new Date(expires) : undefined };
}

/** Calls the api with the learner's session and address, as the browser's agent. */
export async function request<T, V>(caller: ApiCaller, document: TypedDocumentString<T, V>, variables?: V): Promise<ApiResult<T>> {
  const headers = callerHeaders(caller, { 'content-type': 'application/json' });
  let res: Response;
  try {
    res = await fetch(`${env.apiUrl}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError('UNAVAILABLE', 'The service is not reachable right now.', 503);
  }
  const body = (await res.json().catch(() => ({}))) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
  };
  const error = body.errors?.[0];
  if (error) {
    const { code, ...details } = error.extensions ?? {};
    throw new ApiError(code ?? 'INTERNAL_SERVER_ERROR', error.message, res.status, details);
  }
  if (!body.data) throw new ApiError('INTERNAL_SERVER_ERROR', 'The service gave no answer.', res.status);
  return { data: body.data, setSession: sessionFrom(res.headers.get('set-cookie')) };
}

/** GET (or HEAD) on one of the api's REST routes (the certificate PDF, course media) with the learner's session. */
export function fetchFromApi(
  caller: ApiCaller,
  path: string,
  extraHeaders: Record<string, string> = {},
  method: 'GET' | 'HEAD' = 'GET',
): Promise<Response> {
  return fetch(`${env.apiUrl}${path}`, { method, headers: callerHeaders(caller, extraHeaders) });
}

/** POST of a request body streamed through to one of the api's REST routes (package uploads), never buffered. */
export function streamToApi(caller: ApiCaller, path: string, body: ReadableStream<Uint8Array>, extraHeaders: Record<string, string>) {
  const headers = callerHeaders(caller, extraHeaders);
  return fetch(`${env.apiUrl}${path}`, { method: 'POST', headers, body, duplex: 'half' } as RequestInit);
}
