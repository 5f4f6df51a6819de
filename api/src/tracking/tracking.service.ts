import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { DomainError, notFound } from '../common/domain-error.js';
import { allUnits, pickLocale, unitRule, type CourseContent } from '../course/course-content.js';
import { CourseService } from '../course/course.service.js';
import { SqlPool } from '../database/sql-pool.js';
import { EnrolmentService } from '../enrolment/enrolment.service.js';
import { Attempt } from './attempt.entity.js';
import { CmiError, formatDuration, isUnitComplete, parseDuration, validateCmiWrite, type CmiValues } from './cmi.js';
import { CommitBatcher } from './commit-batcher.js';
import { currentAttempt, type AttemptRow } from './commit-statement.js';
import { fromScorm12 } from './scorm12-names.js';
import { CompletionService } from './completion.service.js';
import type { AttemptView, CommitInput, CommitResult, UnitLaunch } from './tracking.types.js';
import { unitView } from './unit-view.js';
import { ContentLinks, HOST_PAGE } from '../scorm/content-links.js';
import { runtimeState } from '../scorm/runtime-state.js';
import { blockedBy, unitTitles } from '../scorm/sequencing.js';
import { doneUnits, unitStates } from './unit-progress.js';

const MAX_VALUES_PER_COMMIT = 1000;

export function attemptView(attempt: Attempt): AttemptView {
  return attemptRowView({
    id: attempt.id,
    unit_id: attempt.unitId,
    enrolment_id: attempt.enrolment.id,
    seq: attempt.seq,
    cmi: attempt.cmi,
    completion_status: attempt.completionStatus,
    success_status: attempt.successStatus,
    score_scaled: attempt.scoreScaled ?? null,
    total_seconds: attempt.totalSeconds,
  });
}

function attemptRowView(row: AttemptRow): AttemptView {
  return {
    id: row.id,
    unitId: row.unit_id,
    seq: row.seq,
    completionStatus: row.completion_status,
    successStatus: row.success_status,
    scoreScaled: row.score_scaled,
    location: row.cmi['cmi.location'] ?? '',
    suspendData: row.cmi['cmi.suspend_data'] ?? '',
    totalTime: formatDuration(row.total_seconds),
    entry: row.seq === 0 ? 'ab-initio' : 'resume',
    interactions: interactionsOf(row.cmi),
  };
}

/** cmi.interactions.n.* gathered into a list, in order. */
function interactionsOf(cmi: CmiValues): AttemptView['interactions'] {
  const list: AttemptView['interactions'] = [];
  for (let n = 0; cmi[`cmi.interactions.${n}.id`] !== undefined; n++) {
    list.push({
      id: cmi[`cmi.interactions.${n}.id`]!,
      learnerResponse: cmi[`cmi.interactions.${n}.learner_response`] ?? '',
      result: cmi[`cmi.interactions.${n}.result`],
    });
  }
  return list;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_SEQ = 2_147_483_647;

// Checked before a commit joins a batch: one malformed commit must never fail the others with it.
function checkCommitShape(input: CommitInput) {
  if (!UUID.test(input.attemptId)) throw notFound('That attempt');
  if (!Number.isSafeInteger(input.seq) || input.seq < 1 || input.seq > MAX_SEQ)
    throw new DomainError('BAD_USER_INPUT', 'A commit number must be a whole number from 1 up.');
  if (!input.sessionId || input.sessionId.length > 64)
    throw new DomainError('BAD_USER_INPUT', 'A commit needs a session id of at most 64 characters.');
  if (input.values.length > MAX_VALUES_PER_COMMIT)
    throw new DomainError('BAD_USER_INPUT', `A commit may carry at most ${MAX_VALUES_PER_COMMIT} values.`);
}

/** Validates every value first, so that a commit with one bad value changes nothing. */
function validatedValues(input: CommitInput): CmiValues {
  const values: CmiValues = {};
  for (const write of input.values) {
    // SCORM 1.2 names are stored under their SCORM 2004 equivalents.
    const mapped = fromScorm12(write.element, write.value) ?? { [write.element]: write.value };
    for (const [element, value] of Object.entries(mapped)) {
      try {
        validateCmiWrite(element, value);
      } catch (error) {
        if (error instanceof CmiError)
          throw new DomainError('CMI_ERROR', error.message, { cmiErrorCode: error.cmiCode, element: write.element });
        throw error;
      }
      values[element] = value;
    }
  }
  return values;
}

@Injectable()
export class TrackingService {
  constructor(
    private readonly em: EntityManager,
    private readonly db: SqlPool,
    private readonly courses: CourseService,
    private readonly enrolments: EnrolmentService,
    private readonly completion: CompletionService,
    private readonly links: ContentLinks,
    private readonly batcher: CommitBatcher,
  ) {}

  /** Opens (or resumes) the viewer's attempt at a unit of their enrolment. */
  async launch(viewer: Viewer, enrolmentId: string, unitId: string, locale: string): Promise<UnitLaunch> {
    const enrolment = await this.enrolments.own(viewer, enrolmentId);
    const content = await this.courses.content(enrolment.courseVersion.id);
    const served = content.locales.includes(locale) ? locale : content.sourceLocale;
    const unit = unitView(content, unitId, served);
    if (!unit) throw notFound('That unit');
    const candidate = this.em.create(Attempt, { enrolment: enrolment.id, unitId }, { persist: false });
    await this.em.upsert(candidate, undefined, { onConflictFields: ['enrolment', 'unitId'], onConflictAction: 'ignore' });
    const attempt = await this.em.findOneOrFail(Attempt, { enrolment: enrolment.id, unitId }, { refresh: true });
    const sco = pickLocale(allUnits(content).find((u) => u.id === unitId)!.locales, served, content.sourceLocale);
    if (content.scorm) unit.blockedBy = unitTitles(content, await this.blockers(content, enrolment.id, unitId), served);
    // SCORM 2004 forwardOnly: the package does not let the learner go back.
    if (content.scorm?.controlMode.forwardOnly) unit.previousUnitId = null;
    if (sco.type === 'sco' && content.scorm && !unit.blockedBy.length) {
      const { version, id: packageId } = content.scorm;
      const state = runtimeState(version, sco, attempt, { id: viewer.userId, name: viewer.displayName });
      const launch = new URLSearchParams({ sco: sco.launch, v: version });
      unit.sco = {
        scormVersion: version,
        launchUrl: `${this.links.launchUrl(packageId)}${HOST_PAGE}?${launch.toString()}`,
        contentOrigin: this.links.contentOrigin,
        runtimeState: Object.entries(state).map(([element, value]) => ({ element, value })),
      };
    }
    return {
      enrolmentId,
      courseTitle: pickLocale(content.title, served, content.sourceLocale),
      locale: served,
      unit,
      attempt: attemptView(attempt),
    };
  }

  /** The units a SCORM package asks to be done before this one, not yet done by the learner. */
  private async blockers(content: CourseContent, enrolmentId: string, unitId: string): Promise<string[]> {
    const attempts = await this.em.find(Attempt, { enrolment: enrolmentId });
    return blockedBy(content, unitId, doneUnits(content, unitStates(attempts)));
  }

  async attempt(viewer: Viewer, attemptId: string): Promise<AttemptView> {
    const attempt = await this.em.findOne(Attempt, { id: attemptId, enrolment: { user: viewer.userId } });
    if (!attempt) throw notFound('That attempt');
    return attemptView(attempt);
  }

  /**
   * Applies one numbered commit, once. The row lock orders concurrent commits to the same attempt; a
   * number at or below the stored one is acknowledged without being applied, so a retry after a
   * timeout or a late, out-of-order commit never overwrites newer state. PostgreSQL has made the
   * change durable before the answer is sent.
   */
  async commit(viewer: Viewer, input: CommitInput): Promise<CommitResult> {
    checkCommitShape(input);
    const values = validatedValues(input);
    const sessionTime = values['cmi.session_time'];
    const write = {
      attemptId: input.attemptId,
      userId: viewer.userId,
      seq: input.seq,
      values,
      sessionId: input.sessionId,
      sessionSeconds: sessionTime === undefined ? null : (parseDuration(sessionTime) ?? 0),
    };
    const row = await this.batcher.apply(write);
    if (!row) {
      // Not applied: a retry, a late commit, or not the viewer's attempt at all.
      const current = await currentAttempt(this.db, input.attemptId, viewer.userId);
      if (!current) throw notFound('That attempt');
      return { applied: false, courseCompleted: false, attempt: attemptRowView(current) };
    }
    const unit = allUnits(await this.courses.content(row.course_version_id)).find((u) => u.id === row.unit_id);
    const rule = unit ? unitRule(unit) : 'completed';
    const wasComplete = isUnitComplete(rule, { completionStatus: row.old_completion_status, successStatus: row.old_success_status });
    const nowComplete = isUnitComplete(rule, { completionStatus: row.completion_status, successStatus: row.success_status });
    const courseCompleted =
      !wasComplete &&
      nowComplete &&
      !row.course_completed_at &&
      (await this.completion.evaluate(this.em, row.enrolment_id, row.course_version_id));
    if (courseCompleted) await this.completion.requestCertificate(row.enrolment_id);
    return { applied: true, courseCompleted, attempt: attemptRowView(row) };
  }
}
