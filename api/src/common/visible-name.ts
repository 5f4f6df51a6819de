/**
 * Names people choose (display names, organisation names) are shown to others, so they must not be able
 * to look like someone else's: normalised to NFC, and refused when they hold control characters, bidi
 * overrides or isolates (which reorder what follows) or invisible characters (zero-width joiners and
 * spaces, word joiners, the BOM, soft hyphens, Hangul fillers). Letters of every script are welcome; the
 * zero-width (non-)joiner, which Persian and Indic names need, only between two letters.
 */
const FORBIDDEN = /[\p{Cc}\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\u00AD\u115F\u1160\u3164\uFFA0\u180E]/u;
const LOOSE_JOINER = /(?<![\p{L}\p{M}])[\u200C\u200D]|[\u200C\u200D](?![\p{L}\p{M}])/u;

export type NameCheck = { ok: true; value: string } | { ok: false; problem: 'EMPTY' | 'TOO_LONG' | 'INVISIBLE_OR_CONTROL' };

export function checkVisibleName(raw: string, max: number): NameCheck {
  const normalised = raw.normalize('NFC');
  // Checked before trimming: JavaScript's trim() would quietly drop a BOM, hiding the attempt.
  if (FORBIDDEN.test(normalised) || LOOSE_JOINER.test(normalised)) return { ok: false, problem: 'INVISIBLE_OR_CONTROL' };
  const value = normalised.trim().replace(/\s+/gu, ' ');
  if (value.length === 0) return { ok: false, problem: 'EMPTY' };
  if ([...value].length > max) return { ok: false, problem: 'TOO_LONG' };
  return { ok: true, value };
}

/**
 * A stored name made safe to print where it cannot be isolated (a PDF): what checkVisibleName would refuse
 * is dropped (names stored before the check, or set by an import), and an over-long name is cut with "…".
 */
export function printableName(raw: string, max = 80): string {
  const forbidden = new RegExp(FORBIDDEN.source, 'gu');
  const cleaned = raw
    .normalize('NFC')
    .replace(forbidden, '')
    .replace(new RegExp(LOOSE_JOINER.source, 'gu'), '')
    .trim()
    .replace(/\s+/gu, ' ');
  const characters = [...cleaned];
  return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : cleaned;
}
