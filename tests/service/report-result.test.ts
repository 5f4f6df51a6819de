import { randomUUID } from 'node:crypto';
import type { AttemptRow } from '@kinship/api/class-progress/class-progress-queries';
import { learnerView } from '@kinship/api/class-progress/progress-grid';
import type { CourseContent } from '@kinship/api/course/course-content';
import { courseResultPlan } from '@kinship/api/progress/course-result-plan';
import type { ReportRow } from '@kinship/api/reports/completion-report-rows';
import { CompletionReportService } from '@kinship/api/reports/completion-report.service';
import { parseReportFilter } from '@kinship/api/reports/report-filter';
import { PLANS, plansParameter, RESULT_AGGREGATES, RESULT_COLUMNS } from '@kinship/api/reports/report-result-sql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServiceStack, type ServiceStack } from '../support/service-stack.js';

let stack: ServiceStack;
beforeAll(async () => {
  stack = await startServiceStack();
});
afterAll(() => stack?.stop());

/** What a unit's attempt can hold for the rollup: none, or a result with or without a score (1/3 sums inexactly). */
type UnitState = null | { success: 'passed' | 'failed' | 'unknown'; score: number | null };
const STATES: UnitState[] = [
  null,
  ...(['passed', 'failed', 'unknown'] as const).flatMap((success) => [null, 0.5, 1 / 3, 0.8].map((score) => ({ success, score }))),
];

const unit = (id: string, type: string, sco?: { masteryScore: number | null; contributesToRollup: boolean }) => ({
  id,
  type,
  locales: { en: { type, title: id, html: '', ...(sco && { ...sco, prerequisites: [] }) } },
});

/** A course with every kind of unit the rollup tells apart: graded and ungraded contributing units, and units that do not count. */
const COURSE = {
  id: 'rollup-combinations',
  sourceLocale: 'en',
  locales: ['en'],
  title: { en: 'Rollup' },
  description: { en: 'Rollup' },
  estimatedMinutes: 5,
  outcomes: {},
  completion: 'all-units',
  mastery: { passMark: 0.75 },
  modules: [
    {
      id: 'm',
      title: { en: 'M' },
      units: [
        unit('check-one', 'check'),
        unit('lesson', 'lesson'),
        unit('check-two', 'check'),
        unit('graded-sco', 'sco', { masteryScore: 0.8, contributesToRollup: true }),
        unit('ungraded-sco', 'sco', { masteryScore: null, contributesToRollup: true }),
        unit('aside-sco', 'sco', { masteryScore: 0.8, contributesToRollup: false }),
      ],
    },
  ],
} as unknown as CourseContent;
const UNITS = ['check-one', 'lesson', 'check-two', 'graded-sco', 'ungraded-sco', 'aside-sco'];

function attempt(enrolmentId: string, unitId: string, state: NonNullable<UnitState>): AttemptRow {
  const at = new Date('2026-01-01T00:00:00Z');
  return {
    enrolmentId,
    unitId,
    seq: 1,
    completionStatus: 'completed',
    successStatus: state.success,
    scoreScaled: state.score,
    totalSeconds: 60,
    updatedAt: at,
    cmi: null,
  };
}

/** Every combination of states of the three graded units, the others' states cycling alongside. */
function combinations(): AttemptRow[][] {
  const out: AttemptRow[][] = [];
  for (const a of STATES)
    for (const b of STATES)
      for (const c of STATES) {
        const n = out.length;
        const states = [a, STATES[n % 13]!, b, c, STATES[(n * 5) % 13]!, STATES[(n * 7) % 13]!];
        out.push(states.flatMap((state, i) => (state ? [attempt(String(n), UNITS[i]!, state)] : [])));
      }
  return out;
}

const enrolmentRow = (id: string, versionId: string) => ({
  id,
  userId: 'u',
  courseId: COURSE.id,
  version: 1,
  enrolledAt: new Date('2026-01-01T00:00:00Z'),
  completedAt: null,
  versionId,
});

describe('the partner report’s course result, rolled up in SQL', () => {
  it('agrees with the learner’s enrolment view (the class grid’s function) on every combination of statuses and scores', async () => {
    const versionId = randomUUID();
    const cases = combinations();
    const attempts = cases.flat().map((a) => ({
      enrolment_id: Number(a.enrolmentId),
      unit_id: a.unitId,
      success_status: a.successStatus,
      score_scaled: a.scoreScaled,
    }));
    const enrolments = cases.map((_, n) => ({ id: n, version_id: versionId }));
    // The statement's own pieces, over these attempts instead of the tables.
    const { rows } = await stack.db.query<{ id: number; success: string; score_scaled: number | null }>(
      `with ${PLANS.replace('$3', '$1')},
            at as (select * from jsonb_to_recordset($2::jsonb) as t(enrolment_id int, unit_id text, success_status text, score_scaled float8)),
            e as (select * from jsonb_to_recordset($3::jsonb) as e(id int, version_id uuid)),
            a as (select at.enrolment_id, ${RESULT_AGGREGATES}
                    from at join e on e.id = at.enrolment_id left join plans p on p.version_id = e.version_id group by at.enrolment_id)
       select e.id, ${RESULT_COLUMNS} from e left join plans p on p.version_id = e.version_id left join a on a.enrolment_id = e.id order by e.id`,
      [plansParameter([[versionId, courseResultPlan(COURSE)]]), JSON.stringify(attempts), JSON.stringify(enrolments)],
    );
    const expected = cases.map((tried, n) => {
      const view = learnerView(enrolmentRow(String(n), versionId), COURSE, tried, 'en');
      return { id: n, success: view.successStatus, score_scaled: view.scoreScaled };
    });
    expect(rows).toEqual(expected);
    // The cases reach every result, no score, and means of up to four scores.
    expect(new Set(rows.map((r) => r.success))).toEqual(new Set(['passed', 'failed', 'unknown']));
    expect(rows.some((r) => r.score_scaled === null)).toBe(true);
    expect(new Set(rows.map((r) => r.score_scaled)).size).toBeGreaterThan(20);
  });

  it('gives a sequenced version the engine’s result whatever its attempts', async () => {
    const versionId = randomUUID();
    const plan = { counted: ['check-one'], graded: ['check-one'], sequenced: { successStatus: 'passed', scoreScaled: 0.9 } };
    const { rows } = await stack.db.query<{ success: string; score_scaled: number | null }>(
      `with ${PLANS.replace('$3', '$1')},
            a as (select 1 as enrolment_id, false as graded_failed, 0 as graded_passed, null::float8 as rollup_score)
       select ${RESULT_COLUMNS} from plans p, a`,
      [plansParameter([[versionId, plan]])],
    );
    expect(rows).toEqual([{ success: 'passed', score_scaled: 0.9 }]);
  });

  it('reads every row of a real course with the result its learners’ views give, through the report itself', async () => {
    const { rows: versions } = await stack.db.query<{ id: string; course_id: string; version: number; content: CourseContent }>(
      `select id, course_id, version, content from course_version where course_id = 'anti-racism-foundations' order by version desc limit 1`,
    );
    const version = versions[0]!;
    const { counted } = courseResultPlan(version.content);
    expect(counted.length).toBeGreaterThanOrEqual(2);
    const organisationId = (
      await stack.db.query<{ id: string }>(
        `insert into organisation (id, name, slug, created_at) values (gen_random_uuid(), 'Rollup org', 'rollup-org', now()) returning id`,
      )
    ).rows[0]!.id;
    const expected = new Map<string, { success: string; scoreScaled: number | null }>();
    for (const [n, first] of STATES.entries())
      for (const second of STATES) {
        const userId = randomUUID();
        const enrolmentId = randomUUID();
        await stack.db.query(`insert into app_user (id, display_name, locale, created_at) values ($1, $2, 'en', now())`, [
          userId,
          `Learner ${n}`,
        ]);
        await stack.db.query(
          `insert into enrolment (id, user_id, course_id, course_version_id, organisation_id, enrolled_at) values ($1, $2, $3, $4, $5, now())`,
          [enrolmentId, userId, version.course_id, version.id, organisationId],
        );
        const tried = [first, second].flatMap((state, i) => (state ? [attempt(enrolmentId, counted[i]!, state)] : []));
        for (const a of tried)
          await stack.db.query(
            `insert into attempt (id, enrolment_id, unit_id, seq, cmi, session_seconds, session_seqs, completion_status, success_status,
                                  score_scaled, total_seconds, created_at, updated_at)
             values (gen_random_uuid(), $1, $2, 1, '{}', '{}', '{}', 'completed', $3, $4, 60, now(), now())`,
            [enrolmentId, a.unitId, a.successStatus, a.scoreScaled],
          );
        const view = learnerView({ ...enrolmentRow(enrolmentId, version.id), version: version.version }, version.content, tried, 'en');
        expected.set(enrolmentId, { success: view.successStatus, scoreScaled: view.scoreScaled });
      }
    const report = stack.app.get(CompletionReportService);
    const rows: ReportRow[] = [];
    for await (const batch of report.rowsOf({ organisationId, locale: 'en', filter: parseReportFilter({}), numbers: false }))
      rows.push(...batch);
    expect(rows).toHaveLength(expected.size);
    expect(new Map(rows.map((r) => [r.enrolmentId, { success: r.success, scoreScaled: r.scoreScaled }]))).toEqual(expected);
  });
});
