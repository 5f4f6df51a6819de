import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoClient } from '../support/classroom-fixture.js';
import { completeCourse, enrol } from '../support/learner.js';
import { memberOf } from '../support/partner-fixture.js';
import { startStack, type Stack } from '../support/stack.js';

const REPORT = `query { funderReport { threshold
  cells { organisationName courseTitle month enrolled { kind value } completed { kind value } }
  byOrganisation { name enrolled { kind value } completed { kind value } }
  byCourse { name enrolled { kind value } completed { kind value } }
  total { enrolled { kind value } completed { kind value } } } }`;

interface Count {
  kind: string;
  value: number | null;
}
interface Report {
  funderReport: {
    cells: { organisationName: string; courseTitle: string; enrolled: Count; completed: Count }[];
    byOrganisation: { name: string; enrolled: Count; completed: Count }[];
    total: { enrolled: Count; completed: Count };
  };
}

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
  // Riverside: 11 enrolments in getting-started this month, 2 of them completed. Community: 3 enrolments.
  for (let i = 0; i < 11; i++) {
    const learner = await memberOf(stack, 'riverside-school', 'learner', `Riverside learner ${i}`);
    const own = await enrol(learner.client, 'getting-started');
    if (i < 2) await completeCourse(learner.client, own.enrolmentId, own.unitIds);
  }
  for (let i = 0; i < 3; i++)
    await enrol((await memberOf(stack, 'community', 'learner', `Community learner ${i}`)).client, 'getting-started');
}, 120_000);
afterAll(() => stack?.stop());

describe('funder report', () => {
  it('shows counts of 10 or more, "fewer than 10" for the rest, and no exact total that holds a hidden count', async () => {
    const admin = await demoClient(stack, 'admin');
    const { funderReport: report } = await admin.ok<Report>(REPORT);
    // What the database holds (the seed's demo class enrolled some students too), counted apart from the report.
    const { rows } = await stack.db.query<{ slug: string; enrolled: number; completed: number }>(
      `select o.slug, count(*)::int as enrolled, count(e.completed_at)::int as completed
         from enrolment e join organisation o on o.id = e.organisation_id where e.course_id = 'getting-started' group by o.slug`,
    );
    const held = Object.fromEntries(rows.map((r) => [r.slug, r]));
    expect(held['riverside-school']!.enrolled).toBeGreaterThanOrEqual(11);
    expect(held.community!.enrolled).toBeLessThan(10);
    const cell = (name: string) =>
      report.cells.find((c) => c.organisationName.startsWith(name) && c.courseTitle.startsWith('Getting started'))!;
    expect(cell('Riverside').enrolled).toEqual({ kind: 'exact', value: held['riverside-school']!.enrolled });
    expect(cell('Riverside').completed).toEqual({ kind: 'fewer_than', value: null });
    expect(cell('Community').enrolled).toEqual({ kind: 'fewer_than', value: null });
    expect(report.byOrganisation.find((o) => o.name.startsWith('Community'))!.enrolled).toEqual({ kind: 'fewer_than', value: null });
    // Riverside's count plus Community's would give Community's away: the total says only "at least" the exact parts.
    expect(report.total.enrolled).toEqual({ kind: 'at_least', value: held['riverside-school']!.enrolled });
    expect(report.total.completed.kind).not.toBe('exact');
    // Nothing in it names a person.
    expect(JSON.stringify(report)).not.toMatch(/learner \d/);
  });

  it('is for platform admins only', async () => {
    for (const who of ['partner', 'teacher'] as const)
      expect((await (await demoClient(stack, who)).gql(REPORT)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
