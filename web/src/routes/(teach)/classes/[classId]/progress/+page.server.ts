import { error } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/index.ts';
import { ApiError, request } from '#lib/server/api.ts';
import { callerOf } from '#lib/server/session.ts';
import { gridParams } from './grid-params.ts';
import type { PageServerLoad } from './$types';

const ClassProgress = graphql(`
  query ClassProgressGrid($classroomId: ID!, $query: ClassProgressQuery) {
    classProgress(classroomId: $classroomId, query: $query) {
      classroomId
      className
      courseId
      studentCount
      courses {
        courseId
        title
        dueAt
      }
      units {
        unitId
        title
        type
      }
      rows {
        userId
        displayName
        lastActiveAt
        cells {
          id
          status
          scoreScaled
          completedUnits
          totalUnits
          seconds
          lastActiveAt
          overdue
        }
      }
      missedQuestions {
        unitId
        unitTitle
        questionId
        prompt
        missed
        answered
      }
      sharedReflections {
        unitId
        unitTitle
        displayName
        text
        updatedAt
      }
    }
  }
`);

/** Sorting and filtering come from the address, so the grid works (and can be bookmarked) without JavaScript. */
export const load: PageServerLoad = async (event) => {
  const params = gridParams(event.url.searchParams);
  try {
    const { data } = await request(callerOf(event), ClassProgress, {
      classroomId: event.params.classId,
      query: {
        courseId: params.course || null,
        sort: params.sort,
        descending: params.dir === 'desc',
        status: params.status || null,
        overdueOnly: params.overdue,
        search: params.q || null,
      },
    });
    return { grid: data.classProgress, params };
  } catch (e) {
    if (e instanceof ApiError && (e.code === 'NOT_FOUND' || e.code === 'BAD_USER_INPUT')) error(404, 'Not found');
    throw e;
  }
};
