import { redirect } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/index.ts';
import { isLocale } from '#lib/i18n/index.ts';
import { request } from '#lib/server/api.ts';
import { field } from '#lib/server/form-fields.ts';
import { callerOf, LOCALE_COOKIE, safePath } from '#lib/server/session.ts';
import type { RequestHandler } from './$types';

const ChooseLanguage = graphql(`
  mutation ChooseLanguage($locale: String!) {
    chooseLanguage(locale: $locale)
  }
`);

/** The language switcher's form posts here; works without JavaScript. Signed in, the choice is kept with the account. */
export const POST: RequestHandler = async (event) => {
  const { request: httpRequest, cookies, url, locals } = event;
  const form = await httpRequest.formData();
  const locale = field(form, 'locale');
  if (isLocale(locale)) {
    if (locals.viewer) await request(callerOf(event), ChooseLanguage, { locale });
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
