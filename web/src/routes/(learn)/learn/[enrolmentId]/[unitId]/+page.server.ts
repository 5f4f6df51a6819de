import { error, fail, redirect } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/index.ts';
import { ApiError, request } from '#lib/server/api.ts';
import { formFailure } from '#lib/server/form-error.ts';
import { callerOf } from '#lib/server/session.ts';
import { sessionTime } from './session-time';
import { field, fields } from '#lib/server/form-fields.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const LaunchUnit = graphql(`
  mutation LaunchUnit($enrolmentId: ID!, $unitId: ID!, $locale: String!) {
    launchUnit(enrolmentId: $enrolmentId, unitId: $unitId, locale: $locale) {
      enrolmentId
      courseTitle
      locale
      unit {
        id
        type
        title
        html
        prompt
        position
        total
        previousUnitId
        nextUnitId
        questions {
          id
          kind
          prompt
          options {
            id
            text
          }
        }
        choices {
          id
          text
        }
        media {
          kind
          title
          url
          contentType
          captionsUrl
          transcriptHtml
        }
        blockedBy
        sequenced
        sco {
          scormVersion
          launchUrl
          contentOrigin
          runtimeState {
            element
            value
          }
        }
      }
      attempt {
        id
        seq
        completionStatus
        successStatus
        location
        interactions {
          id
          learnerResponse
        }
      }
      reflection {
        text
        sharedWithTeacher
      }
    }
  }
`);

const Outline = graphql(`
  query UnitOutline($id: ID!, $locale: String!) {
    enrolment(id: $id, locale: $locale) {
      units {
        unitId
        title
        complete
        available
      }
    }
  }
`);

const CompleteUnit = graphql(`
  mutation CompleteUnit($input: CommitInput!) {
    commitAttempt(input: $input) {
      applied
      courseCompleted
    }
  }
`);

const SubmitCheck = graphql(`
  mutation SubmitCheck($input: SubmitCheckInput!) {
    submitCheck(input: $input) {
      passed
      correctCount
      total
      questions {
        questionId
        correct
        chosen {
          optionId
          correct
          feedback
        }
      }
    }
  }
`);

const ChooseScenario = graphql(`
  mutation ChooseScenario($input: ChooseScenarioInput!) {
    chooseScenario(input: $input) {
      choiceId
      consequence
      best
    }
  }
`);

const NavigateCourse = graphql(`
  mutation NavigateCourse($enrolmentId: ID!, $request: String!) {
    navigateCourse(enrolmentId: $enrolmentId, request: $request) {
      unitId
      sessionEnded
      refused
    }
  }
`);

const SaveReflection = graphql(`
  mutation SaveReflection($input: SaveReflectionInput!) {
    saveReflection(input: $input) {
      commit {
        applied
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const caller = callerOf(event);
  const variables = { enrolmentId: event.params.enrolmentId, unitId: event.params.unitId, locale: event.locals.locale };
  try {
    const [launch, outline] = await Promise.all([
      request(caller, LaunchUnit, variables),
      request(caller, Outline, { id: event.params.enrolmentId, locale: event.locals.locale }),
    ]);
    return { launch: launch.data.launchUnit, outline: outline.data.enrolment.units, startedAt: Date.now(), sessionId: crypto.randomUUID() };
  } catch (failure) {
    if (failure instanceof ApiError && failure.code === 'NOT_FOUND') error(404, 'Not found');
    throw failure;
  }
};

/** What every form on the player carries: the attempt, its last commit number and the sitting. */
async function commitFields(event: RequestEvent) {
  const form = await event.request.formData();
  return {
    form,
    base: {
      attemptId: field(form, 'attemptId'),
      // Each page visit is its own sitting (sessionId), whose first commit is number 1.
      seq: Number(field(form, 'seq') || 0) + 1,
      sessionId: field(form, 'sessionId') || 'web',
      sessionTime: sessionTime(Number(field(form, 'startedAt') || Date.now()), Date.now()),
    },
  };
}

function nextPath(event: RequestEvent, form: FormData): string {
  const next = field(form, 'nextUnitId');
  return next ? `/learn/${event.params.enrolmentId}/${next}` : `/learn/${event.params.enrolmentId}`;
}

export const actions: Actions = {
  /**
   * A SCO of a sequenced course ended with a navigation request (adl.nav.request: continue, previous,
   * `{target=…}jump`, exitAll, suspendAll…): the server's sequencing decides where it leads.
   */
  navigate: async (event) => {
    const form = await event.request.formData();
    try {
      const { data } = await request(callerOf(event), NavigateCourse, {
        enrolmentId: event.params.enrolmentId,
        request: field(form, 'request'),
      });
      return { navigation: data.navigateCourse };
    } catch (failure) {
      return formFailure(failure, {});
    }
  },

  /** Lessons: reading to the end completes the unit. */
  complete: async (event) => {
    const { form, base } = await commitFields(event);
    try {
      await request(callerOf(event), CompleteUnit, {
        input: {
          attemptId: base.attemptId,
          seq: base.seq,
          sessionId: base.sessionId,
          values: [
            { element: 'cmi.completion_status', value: 'completed' },
            { element: 'cmi.location', value: 'end' },
            { element: 'cmi.session_time', value: base.sessionTime },
            { element: 'cmi.exit', value: 'normal' },
          ],
        },
      });
    } catch (failure) {
      return formFailure(failure, {});
    }
    redirect(303, nextPath(event, form));
  },

  check: async (event) => {
    const { form, base } = await commitFields(event);
    const questionIds = fields(form, 'questionId');
    const answers = questionIds.map((questionId) => ({ questionId, optionIds: fields(form, `answer-${questionId}`) }));
    try {
      const { data } = await request(callerOf(event), SubmitCheck, { input: { ...base, answers, locale: event.locals.locale } });
      return { check: data.submitCheck, answers };
    } catch (failure) {
      return formFailure(failure, {});
    }
  },

  choose: async (event) => {
    const { form, base } = await commitFields(event);
    const choiceId = field(form, 'choiceId');
    if (!choiceId) return fail(400, { errorKey: 'unit.chooseFirst' as const, errorValues: {} });
    try {
      const { data } = await request(callerOf(event), ChooseScenario, { input: { ...base, choiceId, locale: event.locals.locale } });
      return { scenario: data.chooseScenario };
    } catch (failure) {
      return formFailure(failure, {});
    }
  },

  reflect: async (event) => {
    const { form, base } = await commitFields(event);
    const text = field(form, 'reflection');
    try {
      await request(callerOf(event), SaveReflection, { input: { ...base, text, shareWithTeacher: form.get('share') === 'on' } });
    } catch (failure) {
      return formFailure(failure, { reflection: text });
    }
    redirect(303, nextPath(event, form));
  },
};
