import type { MessageKey } from '#lib/i18n/index.ts';

/** What the passkey endpoints answer (routes/account/security/passkey, routes/login/passkey). */
export interface PasskeyAnswer {
  options?: unknown;
  added?: boolean;
  location?: string;
  error?: { code: string; reason: string | null };
}

/** POSTs one step of a passkey ceremony to the web's own endpoint. */
export async function passkeyCall(path: string, body: Record<string, unknown>): Promise<PasskeyAnswer> {
  const res = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await res.json().catch(() => ({ error: { code: 'UNAVAILABLE', reason: null } }))) as PasskeyAnswer;
}

const KNOWN_REASONS = ['PASSKEY_NOT_ACCEPTED', 'PASSKEY_NEEDS_AUTHENTICATOR', 'PASSKEY_NONE', 'SECOND_FACTOR_CHALLENGE_EXPIRED'];

/** The message for a failed step: the api's reason when the catalogue has it, else a general one. */
export function passkeyFailure(answer: PasskeyAnswer | null): MessageKey {
  const reason = answer?.error?.reason;
  return reason && KNOWN_REASONS.includes(reason) ? (`errors.reason.${reason}` as MessageKey) : 'passkey.failed';
}
