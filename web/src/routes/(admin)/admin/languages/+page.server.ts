import { catalogueStatus } from '#lib/i18n/catalogues.server.ts';
import { LOCALES } from '#lib/i18n/index.ts';
import type { PageServerLoad } from './$types';

/** Where each interface translation stands, for platform admins (the admin layout checks who asks). */
export const load: PageServerLoad = async ({ parent }) => {
  await parent();
  return { catalogues: LOCALES.map((locale) => ({ locale, status: catalogueStatus[locale] })) };
};
