import { graphql } from '#lib/graphql/generated/index.ts';
import { request } from '#lib/server/api.ts';
import { callerOf } from '#lib/server/session.ts';
import type { PageServerLoad } from './$types';

const Catalogue = graphql(`
  query Catalogue($locale: String!) {
    catalogue(locale: $locale) {
      id
      title
      description
      estimatedMinutes
      locale
      availableLocales
      unitCount
      scormVersion
      scormEdition
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const { data } = await request(callerOf(event), Catalogue, { locale: event.locals.locale });
  return { courses: data.catalogue };
};
