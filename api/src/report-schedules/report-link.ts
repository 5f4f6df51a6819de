import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The link in a scheduled report mail: which schedule, for whom, until when, signed with HMAC-SHA-256.
 * It holds no data and opens nothing by itself: the download also needs the recipient logged in.
 */
export interface ReportLink {
  scheduleId: string;
  userId: string;
  expiresAt: Date;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const TOKEN = new RegExp(`^(${UUID})\\.(${UUID})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{43})$`);

const signature = (key: string, scheduleId: string, userId: string, expires: number) =>
  createHmac('sha256', key).update(`report-link\n${scheduleId}\n${userId}\n${expires}`).digest('base64url');

export function signReportLink(key: string, link: ReportLink): string {
  const expires = Math.floor(link.expiresAt.getTime() / 1000);
  return `${link.scheduleId}.${link.userId}.${expires}.${signature(key, link.scheduleId, link.userId, expires)}`;
}

/** The link's contents if its signature is right; whether it has expired is the caller's question. */
export function readReportLink(key: string, token: string): ReportLink | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const [, scheduleId, userId, expires, given] = match as unknown as [string, string, string, string, string];
  const expected = Buffer.from(signature(key, scheduleId, userId, Number(expires)));
  if (!timingSafeEqual(expected, Buffer.from(given))) return null;
  return { scheduleId, userId, expiresAt: new Date(Number(expires) * 1000) };
}
