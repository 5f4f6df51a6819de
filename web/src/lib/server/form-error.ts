import { fail } from '@sveltejs/kit';
import { errorKey, type MessageKey } from '#lib/i18n/index.ts';
import { ApiError } from '#lib/server/api.ts';

/** Turns an api error into a form failure the page shows in the learner's language. */
export function formFailure<T extends Record<string, unknown>>(error: unknown, values: T) {
  if (!(error instanceof ApiError)) throw error;
  const status = error.code === 'RATE_LIMITED' ? 429 : error.code === 'INTERNAL_SERVER_ERROR' ? 500 : 400;
  const key: MessageKey = errorKey(error.code);
  // Validation messages are specific ("at least 10 characters"); show the api's words for those.
  const detail = error.code === 'BAD_USER_INPUT' ? error.message : null;
  return fail(status, { ...values, errorKey: key, detail });
}
