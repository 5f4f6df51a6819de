import { DomainError, invalidInput } from '../common/domain-error.js';

export const wrongCode = () =>
  new DomainError('INVALID_CREDENTIALS', 'That code is not right, or it was already used. Please try the newest code.', {
    reason: 'SECOND_FACTOR_CODE_WRONG',
  });

export const challengeExpired = () =>
  new DomainError('UNAUTHENTICATED', 'That log-in took too long or had too many wrong codes. Please log in again.', {
    reason: 'SECOND_FACTOR_CHALLENGE_EXPIRED',
  });

export const alreadyEnrolled = () =>
  invalidInput('SECOND_FACTOR_ALREADY_SET_UP', 'Two-step log-in is already set up. Turn it off first to set it up again.');

export const notEnrolling = () => invalidInput('SECOND_FACTOR_NOT_STARTED', 'Please start setting up two-step log-in first.');

export const requiredForRole = () =>
  new DomainError('FORBIDDEN', 'Your role needs two-step log-in, so it cannot be turned off.', { reason: 'SECOND_FACTOR_REQUIRED' });

/** Thrown by a log-in whose password was right: the browser answers the challenge with a code. */
export const secondFactorRequired = (challenge: string) =>
  new DomainError('SECOND_FACTOR_REQUIRED', 'Please enter the code from your authenticator app.', {
    reason: 'SECOND_FACTOR_REQUIRED',
    challenge,
  });
