import iconv from 'iconv-lite';
import { refuse } from './roster-problem.js';

export type RosterEncoding = 'utf-8' | 'windows-1252';

const UTF8_BOM = [0xef, 0xbb, 0xbf];
// Byte values Windows-1252 leaves undefined: text holding them is in some other encoding.
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
// Control characters other than tab and line breaks never appear in a roster.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function startsWith(bytes: Buffer, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * The text of a CSV file, from UTF-8 (with or without a byte-order mark) or Windows-1252 (what Excel on
 * Windows saves as "CSV"). Strict UTF-8 validity decides: text in Windows-1252 with any letter beyond
 * ASCII is never valid UTF-8, so the guess cannot mistake one for the other. Anything else is refused.
 */
export function decodeRosterText(bytes: Buffer, file: string): { text: string; encoding: RosterEncoding } {
  const hasBom = startsWith(bytes, UTF8_BOM);
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (body.toString('latin1').trim() === '') throw refuse(file, null, 'ROSTER_EMPTY', `The file "${file}" is empty.`, { file });
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || body.includes(0)) throw wrongEncoding(file);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    if (CONTROL.test(text)) throw wrongEncoding(file);
    return { text, encoding: 'utf-8' };
  } catch (error) {
    if (hasBom || !(error instanceof TypeError)) throw error instanceof TypeError ? wrongEncoding(file) : error;
  }
  if (body.some((b) => UNDEFINED_IN_1252.has(b))) throw wrongEncoding(file);
  const text = iconv.decode(body, 'windows-1252');
  if (CONTROL.test(text)) throw wrongEncoding(file);
  return { text, encoding: 'windows-1252' };
}

function wrongEncoding(file: string) {
  return refuse(
    file,
    null,
    'ROSTER_ENCODING',
    `The file "${file}" is not text in UTF-8 or Windows-1252. Save it again as "CSV UTF-8" and upload that.`,
    { file },
  );
}
