import { graphql } from '#lib/graphql/generated/index.ts';
import { errorKey } from '#lib/i18n/catalogues.server.ts';
import { errorValues } from '#lib/i18n/index.ts';
import { ApiError, request } from '#lib/server/api.ts';
import { callerOf } from '#lib/server/session.ts';
import { PAGE_SIZE, reportParams } from './report-params.ts';
import type { PageServerLoad } from './$types';

const Report = graphql(`
  query PartnerReport($organisationId: ID!, $filter: CompletionReportFilter, $offset: Int!, $limit: Int!) {
    completionReport(organisationId: $organisationId, filter: $filter, offset: $offset, limit: $limit) {
      total
      offset
      rows {
        enrolmentId
        learnerName
        studentNumber
        courseTitle
        courseVersion
        className
        teachers
        enrolledAt
        firstLaunchedAt
        completedAt
        lastActiveAt
        completion
        success
        scoreScaled
        seconds
        dueAt
        overdue
        certificateCode
      }
    }
  }
`);

const Options = graphql(`
  query PartnerReportOptions($organisationId: ID!) {
    reportOptions(organisationId: $organisationId) {
      courses {
        id
        name
      }
      classes {
        id
        name
      }
      studentNumbers
    }
  }
`);

/** Filters, order and page come from the address, so the report works (and can be bookmarked) without JavaScript. */
export const load: PageServerLoad = async (event) => {
  const params = reportParams(event.url.searchParams);
  const caller = callerOf(event);
  const organisationId = event.params.org;
  const { data: options } = await request(caller, Options, { organisationId });
  try {
    const { data } = await request(caller, Report, {
      organisationId,
      filter: {
        courseId: params.course || null,
        classroomId: params.class || null,
        from: params.from || null,
        to: params.to || null,
        status: params.status || null,
        sort: params.sort,
        descending: params.dir === 'desc',
      },
      offset: (params.page - 1) * PAGE_SIZE,
      limit: PAGE_SIZE,
    });
    return { params, options: options.reportOptions, report: data.completionReport, problem: null };
  } catch (e) {
    // A filter the api refuses (an impossible date, a class of another organisation) is said on the page; nothing is shown.
    if (!(e instanceof ApiError) || e.code !== 'BAD_USER_INPUT') throw e;
    return {
      params,
      options: options.reportOptions,
      report: null,
      problem: { key: errorKey(e.code, e.details.reason), values: errorValues(e.details) },
    };
  }
};
