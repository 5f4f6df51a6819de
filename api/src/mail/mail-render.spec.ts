import { describe, expect, it } from 'vitest';
import { MAIL_LOCALES, MAIL_TEXT, ROLE_NAMES, type MailKind } from './mail-messages.js';
import { lifetimeIn, mailLocaleOf, renderMail } from './mail-render.js';

const KINDS = Object.keys(MAIL_TEXT.en) as MailKind[];
const VALUES = {
  name: 'Harpreet',
  lifetime: '1 h',
  organisation: 'Riverside',
  frequencyWord: 'weekly',
  inviter: 'Sam',
  role: 'x',
  webUrl: 'https://kinship.example',
  newEmail: 'new@example.test',
};

describe('mails in every interface language', () => {
  it('have every mail, the same paragraphs and link as English, and fill every value', () => {
    for (const locale of MAIL_LOCALES)
      for (const kind of KINDS) {
        const text = MAIL_TEXT[locale][kind];
        expect(text.paragraphs.length, `${locale} ${kind}`).toBe(MAIL_TEXT.en[kind].paragraphs.length);
        expect(!!text.action, `${locale} ${kind}`).toBe(!!MAIL_TEXT.en[kind].action);
        const mail = renderMail(kind, locale, VALUES, 'https://kinship.example/l/secret');
        expect(`${mail.subject}\n${mail.text}`, `${locale} ${kind}`).not.toMatch(/\{\w+\}/);
        if (locale !== 'en') expect(mail.subject, `${locale} ${kind}`).not.toBe(renderMail(kind, 'en', VALUES).subject);
      }
    for (const locale of MAIL_LOCALES) expect(Object.keys(ROLE_NAMES[locale]).sort(), locale).toEqual(Object.keys(ROLE_NAMES.en).sort());
  });

  it('follow the stored language, right to left for Arabic and Persian', () => {
    expect(mailLocaleOf('zh-Hant')).toBe('zh-Hant');
    expect(mailLocaleOf('fr-CA')).toBe('fr');
    expect(mailLocaleOf('de')).toBe('en');
    const arabic = renderMail('password_reset', 'ar', VALUES, 'https://kinship.example/l/secret');
    expect(arabic.html).toContain('<html lang="ar" dir="rtl">');
    expect(arabic.subject).toBe('إعادة ضبط كلمة مرورك في Kinship');
    expect(renderMail('password_reset', 'pa', VALUES).html).toContain('<html lang="pa" dir="ltr">');
    expect(lifetimeIn('es', 60)).toBe('1 hora');
  });
});
