import type { IncomingMessage } from 'node:http';
import { DomainError } from './domain-error.js';

/**
 * The plain JSON routes outside GraphQL (the tracking commits) take only `application/json`, which a
 * cross-site form cannot send without a CORS preflight that they never allow, and refuse a browser's
 * request from any origin but the one expected (requests without an Origin, from servers, are let through).
 */
export function assertJsonPost(req: IncomingMessage, allowedOrigin: string): void {
  const type = req.headers['content-type']?.split(';', 1)[0]?.trim().toLowerCase();
  if (type !== 'application/json')
    throw new DomainError('BAD_USER_INPUT', 'A commit must be sent as application/json.', { reason: 'NOT_JSON' });
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== allowedOrigin)
    throw new DomainError('FORBIDDEN', 'Commits are only taken from the platform’s own pages.', { reason: 'FOREIGN_ORIGIN' });
}

/** A parsed JSON body that must be an object: `null`, arrays and bare values are refused. */
export function jsonObject<T extends object>(text: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new DomainError('BAD_USER_INPUT', 'A commit must be JSON.');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new DomainError('BAD_USER_INPUT', 'A commit must be a JSON object.');
  return value as T;
}
