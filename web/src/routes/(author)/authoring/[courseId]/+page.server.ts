import { request } from '#lib/server/api.ts';
import { DraftDocument } from '#lib/server/authoring.ts';
import { callerOf } from '#lib/server/session.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { data } = await request(callerOf(event), DraftDocument, { courseId: event.params.courseId });
  return { draft: data.courseDraft };
};
