/**
 * The error codes a client can rely on. Each maps to a GraphQL `extensions.code` and, for REST
 * routes, an HTTP status, in one place: common/error-mapping.ts.
 */
export type DomainErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'EMAIL_TAKEN' | 'INVALID_CREDENTIALS' | 'RATE_LIMITED' | 'CMI_ERROR';

/** An error whose message is safe and meant to be shown to the person who caused it. */
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
