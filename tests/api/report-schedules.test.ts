import { parse } from 'csv-parse/sync';
import { signReportLink } from '@kinship/api/report-schedules/report-link';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoClient } from '../support/classroom-fixture.js';
import type { ApiClient } from '../support/graphql-client.js';
import { memberOf, organisationId, organisationWithProgress } from '../support/partner-fixture.js';
import { startTestSmtp, type TestSmtp } from '../support/smtp.js';
import { startStack, type Stack } from '../support/stack.js';

const KEY = 'report-schedules-test-signing-key-of-some-length';
const CREATE = `mutation($input: ReportScheduleInput!) { createReportSchedule(input: $input) {
  id frequency format className period status recipients { email } nextRunAt lastSentAt } }`;
const SEND_NOW = `mutation($id: ID!) { sendReportScheduleNow(id: $id) { id nextRunAt lastSentAt } }`;
const LINK = `query($token: String!) { reportLink(token: $token) { organisationName frequency format expiresAt } }`;
const csvCells = (text: string): string[][] => parse(text, { bom: true, columns: false });

let smtp: TestSmtp;
let stack: Stack;
let partner: ApiClient;
let riverside: string;
let a: Awaited<ReturnType<typeof organisationWithProgress>>;
let b: Awaited<ReturnType<typeof organisationWithProgress>>;
beforeAll(async () => {
  smtp = await startTestSmtp();
  stack = await startStack({
    worker: true,
    env: {
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Kinship <no-reply@kinship.test>',
      REPORT_LINK_SIGNING_KEY: KEY,
      REPORT_SCHEDULE_SWEEP_SECONDS: '1',
    },
  });
  riverside = await organisationId(stack, 'riverside-school');
  a = await organisationWithProgress(stack, 'riverside-school', {
    student: 'Rania Student',
    self: 'Self Learner A',
    className: 'Scheduled class',
  });
  b = await organisationWithProgress(stack, 'community', { student: 'Other Student', self: 'Other Self', className: 'Other class' });
  partner = await demoClient(stack, 'partner');
}, 120_000);
afterEach((context) => {
  if (context.task.result?.state === 'fail') console.error(stack.processes.worker?.output().slice(-3000));
});
afterAll(async () => {
  await stack?.stop();
  await smtp?.stop();
});

const schedule = (recipients: string[], extra: Record<string, unknown> = {}) => ({
  input: { organisationId: riverside, frequency: 'weekly', format: 'csv', classroomId: a.classroomId, recipients, ...extra },
});
const count = async () => Number((await stack.db.query<{ n: string }>(`select count(*) as n from report_schedule`)).rows[0]!.n);

describe('scheduled reports', () => {
  it('refuses any address outside the organisation’s staff, and other bad input, storing nothing', async () => {
    const before = await count();
    const reason = async (variables: ReturnType<typeof schedule>) => (await partner.gql(CREATE, variables)).errors?.[0]?.extensions;
    expect(await reason(schedule([a.teacher.email, 'someone@elsewhere.test']))).toMatchObject({
      reason: 'REPORT_RECIPIENT_NOT_MEMBER',
      email: 'someone@elsewhere.test',
    });
    expect((await reason(schedule([b.teacher.email])))?.reason).toBe('REPORT_RECIPIENT_NOT_MEMBER');
    // A learner of the organisation is a member, but a report names learners: it goes to staff only.
    expect((await reason(schedule([a.self.email])))?.reason).toBe('REPORT_RECIPIENT_NOT_MEMBER');
    expect((await reason(schedule([])))?.reason).toBe('REPORT_RECIPIENTS_EMPTY');
    expect((await reason(schedule([a.teacher.email], { frequency: 'daily' })))?.reason).toBe('REPORT_FREQUENCY_UNKNOWN');
    expect((await reason(schedule([a.teacher.email], { classroomId: b.classroomId })))?.reason).toBe('REPORT_CLASS_UNKNOWN');
    expect((await reason(schedule([a.teacher.email], { classroomId: 'not-a-class' })))?.reason).toBe('REPORT_CLASS_UNKNOWN');
    expect((await reason(schedule([a.teacher.email], { courseId: 'no-such-course' })))?.reason).toBe('REPORT_COURSE_UNKNOWN');
    expect((await reason(schedule([a.teacher.email], { period: 'last_year' })))?.reason).toBe('REPORT_PERIOD_UNKNOWN');
    expect((await reason(schedule([a.teacher.email], { period: '2026-02-30' })))?.reason).toBe('REPORT_PERIOD_UNKNOWN');
    expect((await reason(schedule([a.teacher.email], { status: 'everything' })))?.reason).toBe('REPORT_STATUS_UNKNOWN');
    expect((await a.teacher.client.gql(CREATE, schedule([a.teacher.email]))).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await count()).toBe(before);
  });

  it('mails a signed link (never the data) that works once logged in as the recipient, and stops after it expires', async () => {
    const { createReportSchedule: created } = await partner.ok<{
      createReportSchedule: { id: string; nextRunAt: string; recipients: { email: string }[] };
    }>(CREATE, schedule([a.teacher.email.toUpperCase()]));
    expect(created.recipients).toEqual([{ email: a.teacher.email }]);
    expect(new Date(created.nextRunAt).getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    await stack.db.query(`update report_schedule set next_run_at = now() - interval '1 second' where id = $1`, [created.id]);

    const mail = await smtp.waitFor(a.teacher.email, /completion report/, 30_000);
    expect(mail.text).not.toContain('Rania Student');
    expect(mail.parsed.attachments).toHaveLength(0);
    const token = /\/report-links\/(\S+)/.exec(mail.text)![1]!;
    const { rows } = await stack.db.query<{ next_run_at: Date }>(`select next_run_at from report_schedule where id = $1`, [created.id]);
    expect(rows[0]!.next_run_at.getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);

    // The link alone opens nothing; another person logged in gets "not found"; the recipient gets the report.
    expect((await fetch(`${stack.apiUrl}/report-links/${token}/report`)).status).toBe(401);
    const other = await memberOf(stack, 'riverside-school', 'teacher', 'Another Teacher');
    expect((await other.client.gql(LINK, { token })).errors?.[0]?.extensions?.reason).toBe('REPORT_LINK_NOT_YOURS');
    expect((await other.client.get(`/report-links/${token}/report`)).status).toBe(404);
    expect((await a.teacher.client.ok<{ reportLink: { format: string } }>(LINK, { token })).reportLink.format).toBe('csv');
    const res = await a.teacher.client.get(`/report-links/${token}/report`);
    expect(res.status).toBe(200);
    const csv = csvCells(await res.text());
    expect(csv.slice(1).map((r) => r[0])).toEqual(['Rania Student']);

    const [scheduleId, userId] = token.split('.') as [string, string];
    const expired = signReportLink(KEY, { scheduleId, userId, expiresAt: new Date(Date.now() - 1000) });
    expect((await a.teacher.client.gql(LINK, { token: expired })).errors?.[0]?.extensions?.reason).toBe('REPORT_LINK_EXPIRED');
    expect((await a.teacher.client.get(`/report-links/${expired}/report`)).status).toBe(404);
    const forged = `${token.slice(0, -4)}AAAA`;
    expect((await a.teacher.client.gql(LINK, { token: forged })).errors?.[0]?.extensions?.reason).toBe('REPORT_LINK_INVALID');
  }, 60_000);

  it('carries the report’s filters: course, class, a period counted back from the sending, and a status', async () => {
    const recipient = await memberOf(stack, 'riverside-school', 'teacher', 'Filtered Recipient');
    const made = async (extra: Record<string, unknown>) =>
      (
        await partner.ok<{ createReportSchedule: { id: string; period: string | null; status: string | null } }>(CREATE, {
          input: { organisationId: riverside, frequency: 'monthly', format: 'csv', recipients: [recipient.email], ...extra },
        })
      ).createReportSchedule;
    const learnersIn = async (id: string) => {
      await stack.db.query(`update report_schedule set last_sent_at = null where id = $1`, [id]);
      await partner.ok(SEND_NOW, { id });
      const mail = await smtp.waitFor(recipient.email, /completion report/, 30_000);
      smtp.received.splice(smtp.received.indexOf(mail), 1);
      const token = /\/report-links\/(\S+)/.exec(mail.text)![1]!;
      return csvCells(await (await recipient.client.get(`/report-links/${token}/report`)).text())
        .slice(1)
        .map((r) => r[0])
        .sort();
    };
    const completed = await made({ status: 'completed', period: 'last_30_days' });
    expect([completed.status, completed.period]).toEqual(['completed', 'last_30_days']);
    expect(await learnersIn(completed.id)).toEqual(['Self Learner A']);
    expect(await learnersIn((await made({ courseId: 'test-practice', period: 'since_start' })).id)).toEqual(['Rania Student']);
    // Enrolled long before the last 7 days: out of the period.
    await stack.db.query(`update enrolment set enrolled_at = now() - interval '20 days' where id = $1`, [a.studentEnrolmentId]);
    expect(await learnersIn((await made({ classroomId: a.classroomId, period: 'last_7_days' })).id)).toEqual([]);
    expect(await learnersIn((await made({ classroomId: a.classroomId })).id)).toEqual(['Rania Student']);
    await stack.db.query(`update enrolment set enrolled_at = now() where id = $1`, [a.studentEnrolmentId]);
  }, 90_000);

  it('sends now, by the outbox and the queue, to its recipients only, once however often it is asked', async () => {
    const recipient = await memberOf(stack, 'riverside-school', 'teacher', 'Now Recipient');
    const { createReportSchedule: created } = await partner.ok<{ createReportSchedule: { id: string; nextRunAt: string } }>(
      CREATE,
      schedule([recipient.email, 'partner@demo.kinship.test']),
    );
    const { sendReportScheduleNow: sent } = await partner.ok<{ sendReportScheduleNow: { nextRunAt: string; lastSentAt: string } }>(
      SEND_NOW,
      { id: created.id },
    );
    // The next sending stays where it was; this one is recorded.
    expect(sent.nextRunAt).toBe(created.nextRunAt);
    expect(sent.lastSentAt).not.toBeNull();
    const { rows: events } = await stack.db.query<{ payload: { scheduleId: string } }>(
      `select payload from outbox_event where topic = 'report.send-requested'`,
    );
    expect(events.map((e) => e.payload.scheduleId)).toContain(created.id);
    const mail = await smtp.waitFor(recipient.email, /completion report/, 30_000);
    expect(mail.text).not.toContain('Rania Student');
    expect(mail.parsed.attachments).toHaveLength(0);
    const token = /\/report-links\/(\S+)/.exec(mail.text)![1]!;
    expect((await fetch(`${stack.apiUrl}/report-links/${token}/report`)).status).toBe(401);
    const csv = csvCells(await (await recipient.client.get(`/report-links/${token}/report`)).text());
    // A teacher receives no student numbers; the school's partner admin, in their own link, does.
    expect(csv[0]).not.toContain('Student number');
    const partnerMail = await smtp.waitFor('partner@demo.kinship.test', /completion report/, 30_000);
    const partnerToken = /\/report-links\/(\S+)/.exec(partnerMail.text)![1]!;
    expect(csvCells(await (await partner.get(`/report-links/${partnerToken}/report`)).text())[0]).toContain('Student number');

    const again = await partner.gql(SEND_NOW, { id: created.id });
    expect(again.errors?.[0]?.extensions).toMatchObject({ reason: 'REPORT_SENT_RECENTLY', minutes: 5 });
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.received.filter((m) => m.to === recipient.email && /completion report/.test(m.subject))).toHaveLength(1);
  }, 60_000);

  it('refuses "send now" of another organisation’s schedule, to non-partners, and with no recipient left', async () => {
    const recipient = await memberOf(stack, 'riverside-school', 'teacher', 'Leaving Recipient');
    const { createReportSchedule: created } = await partner.ok<{ createReportSchedule: { id: string } }>(
      CREATE,
      schedule([recipient.email]),
    );
    const community = (await memberOf(stack, 'community', 'partner_admin', 'Community Partner')).client;
    for (const client of [community, a.teacher.client, a.student.client])
      expect((await client.gql(SEND_NOW, { id: created.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await partner.gql(SEND_NOW, { id: 'not-a-uuid' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await stack.db.query(`update app_user set deactivated_at = now() where id = $1`, [recipient.userId]);
    expect((await partner.gql(SEND_NOW, { id: created.id })).errors?.[0]?.extensions?.reason).toBe('REPORT_RECIPIENTS_NONE_LEFT');
    const { rows } = await stack.db.query<{ last_sent_at: Date | null }>(`select last_sent_at from report_schedule where id = $1`, [
      created.id,
    ]);
    expect(rows[0]!.last_sent_at).toBeNull();
  });
});
