import { DriverException, NotFoundError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { DomainError, type DomainErrorCode } from './domain-error.js';

const httpStatus: Record<DomainErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  EMAIL_TAKEN: 409,
  INVALID_CREDENTIALS: 401,
  RATE_LIMITED: 429,
  CMI_ERROR: 400,
  SECOND_FACTOR_REQUIRED: 401,
  UNAVAILABLE: 503,
};

export interface MappedError {
  code: DomainErrorCode | 'INTERNAL_SERVER_ERROR';
  message: string;
  status: number;
  details: Record<string, unknown>;
  /** True when the error is not the caller's doing and should be logged with its stack. */
  unexpected: boolean;
}

/** Turns anything thrown by a resolver, controller or service into what the client may see. */
export function mapError(error: unknown): MappedError {
  if (error instanceof DomainError) {
    return { code: error.code, message: error.message, status: httpStatus[error.code], details: error.details, unexpected: false };
  }
  if (error instanceof NotFoundError) {
    return { code: 'NOT_FOUND', message: 'That was not found.', status: 404, details: {}, unexpected: false };
  }
  // An id that is not a UUID names nothing: wherever one slips past isUuid, PostgreSQL refuses it (22P02).
  if (error instanceof DriverException && error.code === '22P02' && /type uuid/.test(error.message)) {
    return { code: 'NOT_FOUND', message: 'That was not found.', status: 404, details: {}, unexpected: false };
  }
  if (error instanceof UniqueConstraintViolationException) {
    return { code: 'BAD_USER_INPUT', message: 'That already exists.', status: 409, details: {}, unexpected: false };
  }
  return {
    code: 'INTERNAL_SERVER_ERROR',
    message: 'Something went wrong on our side. Please try again.',
    status: 500,
    details: {},
    unexpected: true,
  };
}

/** The JSON body of an error answered by a REST route. */
export function restErrorBody(mapped: MappedError) {
  return { error: { code: mapped.code, message: mapped.message, ...mapped.details } };
}
