/**
 * Dates from plain form fields, so that the page works without JavaScript. A due date is a day: due by
 * its end (UTC, the server's clock). A join code's expiry is counted in hours from now, which needs no time zone.
 */
export function dueDate(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  return `${value}T23:59:59.000Z`;
}

export function expiryFromHours(value: string): string | null {
  const hours = Number(value);
  if (!value.trim() || !Number.isFinite(hours) || hours <= 0) return null;
  return new Date(Date.now() + Math.min(hours, 24 * 365) * 3_600_000).toISOString();
}

/** The value of a date field for a stored due date. */
export const dateField = (value: string | null | undefined) => (value ? new Date(value).toISOString().slice(0, 10) : '');
