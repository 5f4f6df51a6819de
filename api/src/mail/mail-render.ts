import { MAIL_LOCALES, MAIL_TEXT, type MailKind, type MailLocale } from './mail-messages.js';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface MailValues {
  [name: string]: string;
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const fill = (template: string, values: MailValues) => template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** The stored language as a mail language (zh-Hant exactly; an older "fr-CA" by its language), else English. */
export const mailLocaleOf = (locale: string | null | undefined): MailLocale =>
  MAIL_LOCALES.find((l) => l === locale) ?? MAIL_LOCALES.find((l) => l === locale?.slice(0, 2).toLowerCase()) ?? 'en';

const RIGHT_TO_LEFT: readonly MailLocale[] = ['ar', 'fa'];

/** A link's lifetime in words, in the mail's language ("1 hour", "48 heures", "7 days"). */
export function lifetimeIn(locale: MailLocale, minutes: number): string {
  const [amount, unit] =
    minutes % 1440 === 0 && minutes >= 2880 ? [minutes / 1440, 'day'] : minutes % 60 === 0 ? [minutes / 60, 'hour'] : [minutes, 'minute'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(amount);
}

/**
 * One mail as plain text and as simple, accessible HTML: the language declared, one heading, real
 * paragraphs, a link whose text says what it does (and the address written out for copying), system
 * fonts at a readable size, contrast above 7:1, no images and no layout tables.
 */
export function renderMail(kind: MailKind, locale: MailLocale, values: MailValues, link?: string): RenderedMail {
  const text = MAIL_TEXT[locale][kind];
  const subject = fill(text.subject, values);
  const paragraphs = text.paragraphs.map((p) => fill(p, values));
  const footer = text.footer.map((p) => fill(p, values));
  const plain = [...paragraphs, ...(link ? [link] : []), ...footer].join('\n\n');
  const para = (p: string) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`;
  const action =
    link && text.action
      ? `<p style="margin:24px 0"><a href="${escapeHtml(link)}" style="display:inline-block;padding:12px 20px;background:#1d4e89;color:#ffffff;border-radius:6px;font-weight:bold;text-decoration:underline">${escapeHtml(text.action)}</a></p>
<p style="margin:0 0 16px;font-size:14px;word-break:break-all">${escapeHtml(link)}</p>`
      : '';
  const html = `<!doctype html>
<html lang="${locale}" dir="${RIGHT_TO_LEFT.includes(locale) ? 'rtl' : 'ltr'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:0;background:#ffffff;color:#1a1a1a">
<main style="max-width:36em;margin:0 auto;padding:24px;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:16px;line-height:1.5">
<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(subject)}</h1>
${paragraphs.map(para).join('\n')}
${action}
${footer.map(para).join('\n')}
</main>
</body>
</html>`;
  return { subject, text: plain, html };
}
