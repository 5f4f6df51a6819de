import { redirect } from '@sveltejs/kit';
import { isLocale } from '#lib/i18n/index.ts';
import { LOCALE_COOKIE, safePath } from '#lib/server/session.ts';
import { field } from '#lib/server/form-fields.ts';
import type { RequestHandler } from './$types';

/** The language switcher's form posts here; works without JavaScript. */
export const POST: RequestHandler = async ({ request, cookies, url }) => {
  const form = await request.formData();
  const locale = field(form, 'locale');
  if (isLocale(locale)) {
    cookies.set(LOCALE_COOKIE, locale, {
      path: '/',
      httpOnly: false,
      sameSite: 'lax',
      secure: url.protocol === 'https:',
      maxAge: 365 * 86_400,
    });
  }
  redirect(303, safePath(field(form, 'redirectTo'), '/'));
};
