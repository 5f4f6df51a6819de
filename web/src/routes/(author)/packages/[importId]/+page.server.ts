import { error } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/index.ts';
import { ApiError, request } from '#lib/server/api.ts';
import { callerOf } from '#lib/server/session.ts';
import type { PageServerLoad } from './$types';

const PackageImport = graphql(`
  query PackageImport($id: ID!) {
    packageImport(id: $id) {
      id
      fileName
      status
      progress
      problems
      warnings
      courseId
      courseVersion
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  try {
    const { data } = await request(callerOf(event), PackageImport, { id: event.params.importId });
    return { item: data.packageImport };
  } catch (failure) {
    if (failure instanceof ApiError && failure.code === 'NOT_FOUND') error(404, 'Not found');
    throw failure;
  }
};
