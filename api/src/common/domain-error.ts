/**
 * The error codes a client can rely on. Each maps to a GraphQL `extensions.code` and, for REST
 * routes, an HTTP status, in one place: common/error-mapping.ts.
 */
export type DomainErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'EMAIL_TAKEN'
  | 'INVALID_CREDENTIALS'
  | 'RATE_LIMITED'
  | 'CMI_ERROR'
  /** The password was right; the log-in continues with a code (details.challenge). */
  | 'SECOND_FACTOR_REQUIRED'
  /** Something this needs (Redis) is down; try again later. */
  | 'UNAVAILABLE';

/**
 * An error whose message is safe to show to the person who caused it. The message is English, for api
 * clients; `details.reason` (a stable name, e.g. PASSWORD_TOO_SHORT) and the other details are what a
 * client translates into the person's own language (the web does, from its catalogue).
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} was not found.`);
export const forbidden = () => new DomainError('FORBIDDEN', 'You do not have access to this.');
export const unauthenticated = () => new DomainError('UNAUTHENTICATED', 'Please log in first.');

/** A refused input, with the reason the web translates and the values its message needs. */
export const invalidInput = (reason: string, message: string, params: Record<string, string | number> = {}) =>
  new DomainError('BAD_USER_INPUT', message, { reason, ...params });
