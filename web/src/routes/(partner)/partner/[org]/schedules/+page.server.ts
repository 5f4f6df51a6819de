import { graphql } from '#lib/graphql/generated/index.ts';
import { request } from '#lib/server/api.ts';
import { formFailure } from '#lib/server/form-error.ts';
import { field, fields } from '#lib/server/form-fields.ts';
import { callerOf } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

const Schedules = graphql(`
  query ReportSchedules($organisationId: ID!) {
    reportSchedules(organisationId: $organisationId) {
      id
      frequency
      format
      courseId
      className
      period
      status
      nextRunAt
      lastSentAt
      recipients {
        userId
        displayName
        email
      }
    }
    reportRecipientCandidates(organisationId: $organisationId) {
      userId
      displayName
      email
    }
    reportOptions(organisationId: $organisationId) {
      courses {
        id
        name
      }
      classes {
        id
        name
      }
    }
  }
`);

const Create = graphql(`
  mutation CreateReportSchedule($input: ReportScheduleInput!) {
    createReportSchedule(input: $input) {
      id
    }
  }
`);

const SendNow = graphql(`
  mutation SendReportScheduleNow($id: ID!) {
    sendReportScheduleNow(id: $id) {
      id
    }
  }
`);

const Delete = graphql(`
  mutation DeleteReportSchedule($id: ID!) {
    deleteReportSchedule(id: $id)
  }
`);

export const load: PageServerLoad = async (event) => {
  const { data } = await request(callerOf(event), Schedules, { organisationId: event.params.org });
  return { schedules: data.reportSchedules, candidates: data.reportRecipientCandidates, options: data.reportOptions };
};

export const actions: Actions = {
  create: async (event) => {
    const form = await event.request.formData();
    const values = { frequency: field(form, 'frequency'), format: field(form, 'format'), recipients: fields(form, 'recipients') };
    try {
      await request(callerOf(event), Create, {
        input: {
          organisationId: event.params.org,
          ...values,
          courseId: field(form, 'course') || null,
          classroomId: field(form, 'class') || null,
          period: field(form, 'period') || null,
          status: field(form, 'status') || null,
        },
      });
      return { created: true };
    } catch (e) {
      return formFailure(e, values);
    }
  },
  sendNow: async (event) => {
    const form = await event.request.formData();
    try {
      await request(callerOf(event), SendNow, { id: field(form, 'id') });
      return { sentNow: field(form, 'id') };
    } catch (e) {
      // Said beside the schedule it concerns, not under the form for a new one.
      return formFailure(e, { failedSend: field(form, 'id') });
    }
  },
  delete: async (event) => {
    const form = await event.request.formData();
    try {
      await request(callerOf(event), Delete, { id: field(form, 'id') });
      return { deleted: true };
    } catch (e) {
      return formFailure(e, {});
    }
  },
};
