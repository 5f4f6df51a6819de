import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { DomainError, notFound } from '../common/domain-error.js';
import { pickLocale } from '../course/course-content.js';
import { CourseService } from '../course/course.service.js';
import { EnrolmentService } from '../enrolment/enrolment.service.js';
import { Attempt } from './attempt.entity.js';
import { CmiError, deriveState, formatDuration, isUnitComplete, parseDuration, validateCmiWrite, type CmiValues } from './cmi.js';
import { CompletionService } from './completion.service.js';
import type { AttemptView, CommitInput, CommitResult, UnitLaunch } from './tracking.types.js';
import { unitView } from './unit-view.js';

const MAX_VALUES_PER_COMMIT = 1000;

export function attemptView(attempt: Attempt): AttemptView {
  return {
    id: attempt.id,
    unitId: attempt.unitId,
    seq: attempt.seq,
    completionStatus: attempt.completionStatus,
    successStatus: attempt.successStatus,
    scoreScaled: attempt.scoreScaled ?? null,
    location: attempt.cmi['cmi.location'] ?? '',
    suspendData: attempt.cmi['cmi.suspend_data'] ?? '',
    totalTime: formatDuration(attempt.totalSeconds),
    entry: attempt.seq === 0 ? 'ab-initio' : 'resume',
  };
}

function checkCommitShape(input: CommitInput) {
  if (!Number.isSafeInteger(input.seq) || input.seq < 1)
    throw new DomainError('BAD_USER_INPUT', 'A commit number must be a whole number from 1 up.');
  if (!input.sessionId || input.sessionId.length > 64)
    throw new DomainError('BAD_USER_INPUT', 'A commit needs a session id of at most 64 characters.');
  if (input.values.length > MAX_VALUES_PER_COMMIT)
    throw new DomainError('BAD_USER_INPUT', `A commit may carry at most ${MAX_VALUES_PER_COMMIT} values.`);
}

/** Validates every value first, so that a commit with one bad value changes nothing. */
function validatedValues(input: CommitInput): CmiValues {
  const values: CmiValues = {};
  for (const { element, value } of input.values) {
    try {
      validateCmiWrite(element, value);
    } catch (error) {
      if (error instanceof CmiError) throw new DomainError('CMI_ERROR', error.message, { cmiErrorCode: error.cmiCode, element });
      throw error;
    }
    values[element] = value;
  }
  return values;
}

function applyValues(attempt: Attempt, values: CmiValues, sessionId: string) {
  attempt.cmi = { ...attempt.cmi, ...values };
  const sessionTime = values['cmi.session_time'];
  if (sessionTime !== undefined) {
    attempt.sessionSeconds = { ...attempt.sessionSeconds, [sessionId]: parseDuration(sessionTime) ?? 0 };
    attempt.totalSeconds = Object.values(attempt.sessionSeconds).reduce((sum, s) => sum + s, 0);
  }
  Object.assign(attempt, deriveState(attempt.cmi));
  attempt.updatedAt = new Date();
}

@Injectable()
export class TrackingService {
  constructor(
    private readonly em: EntityManager,
    private readonly courses: CourseService,
    private readonly enrolments: EnrolmentService,
    private readonly completion: CompletionService,
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
    return {
      enrolmentId,
      courseTitle: pickLocale(content.title, served, content.sourceLocale),
      locale: served,
      unit,
      attempt: attemptView(attempt),
    };
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
    const outcome = await this.em.fork().transactional(async (tx) => {
      const attempt = await tx.findOne(
        Attempt,
        { id: input.attemptId, enrolment: { user: viewer.userId } },
        { populate: ['enrolment', 'enrolment.courseVersion'], lockMode: LockMode.PESSIMISTIC_WRITE, lockTableAliases: ['a0'] },
      );
      if (!attempt) throw notFound('That attempt');
      if (input.seq <= attempt.seq) return { applied: false, attempt, courseCompleted: false };
      const wasComplete = isUnitComplete(attempt);
      applyValues(attempt, values, input.sessionId);
      attempt.seq = input.seq;
      await tx.flush();
      const courseCompleted =
        !wasComplete &&
        isUnitComplete(attempt) &&
        !attempt.enrolment.completedAt &&
        (await this.completion.evaluate(tx, attempt.enrolment));
      return { applied: true, attempt, courseCompleted };
    });
    if (outcome.courseCompleted) await this.completion.requestCertificate(outcome.attempt.enrolment.id);
    return { applied: outcome.applied, courseCompleted: outcome.courseCompleted, attempt: attemptView(outcome.attempt) };
  }
}
