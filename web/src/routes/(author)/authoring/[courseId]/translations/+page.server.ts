import { graphql } from '#lib/graphql/generated/index.ts';
import { request } from '#lib/server/api.ts';
import { DraftDocument } from '#lib/server/authoring.ts';
import { callerOf } from '#lib/server/session.ts';
import type { PageServerLoad } from './$types';

const Translations = graphql(`
  query DraftTranslations($courseId: ID!) {
    draftTranslations(courseId: $courseId) {
      sourceLocale
      locales {
        locale
        current
        total
      }
      units {
        unitId
        locale
        state
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const caller = callerOf(event);
  const courseId = event.params.courseId;
  const [{ data: draft }, { data }] = await Promise.all([
    request(caller, DraftDocument, { courseId }),
    request(caller, Translations, { courseId }),
  ]);
  return {
    courseId,
    files: Object.fromEntries(draft.courseDraft.files.map((f) => [f.path, f.text])),
    translations: data.draftTranslations,
  };
};
