import { invalidInput } from '../common/domain-error.js';
import { checkVisibleName } from '../common/visible-name.js';

export const MAX_DISPLAY_NAME = 80;

/**
 * A name a person gives themselves (sign-up, an invitation), as it will be stored and shown to others:
 * NFC, spaces collapsed, and refused with a reason when empty, too long, or holding control, bidi or
 * invisible characters that could make it look like someone else's (common/visible-name.ts).
 */
export function displayNameOf(raw: string): string {
  const checked = checkVisibleName(raw, MAX_DISPLAY_NAME);
  if (checked.ok) return checked.value;
  if (checked.problem === 'EMPTY')
    throw invalidInput('DISPLAY_NAME_TOO_SMALL', 'Please enter your name.', { field: 'displayName', min: 1 });
  if (checked.problem === 'TOO_LONG')
    throw invalidInput('DISPLAY_NAME_TOO_BIG', `Please use at most ${MAX_DISPLAY_NAME} characters for your name.`, {
      field: 'displayName',
      max: MAX_DISPLAY_NAME,
    });
  throw invalidInput('NAME_INVISIBLE_OR_CONTROL', 'Names may not contain control, direction-changing or invisible characters.', {
    field: 'displayName',
  });
}
