import { fail } from '@sveltejs/kit';
import { errorKey } from '#lib/i18n/catalogues.server.ts';
import { errorValues, type MessageKey } from '#lib/i18n/index.ts';
import { ApiError } from '#lib/server/api.ts';

/** Turns an api error into a form failure the page shows in the person's language, from the error's code and reason. */
export function formFailure<T extends Record<string, unknown>>(error: unknown, values: T) {
  if (!(error instanceof ApiError)) throw error;
  const status = error.code === 'RATE_LIMITED' ? 429 : error.code === 'INTERNAL_SERVER_ERROR' ? 500 : 400;
  const key: MessageKey = errorKey(error.code, error.details.reason);
  return fail(status, { ...values, errorKey: key, errorValues: errorValues(error.details) });
}
