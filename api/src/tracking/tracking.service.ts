import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { DomainError, notFound } from '../common/domain-error.js';
import { SqlPool } from '../database/sql-pool.js';
import { Attempt } from './attempt.entity.js';
import { CmiError, CmiErrorCode, formatDuration, parseDuration, validateCmiWrite, type CmiValues } from './cmi.js';
import { CommitBatcher } from './commit-batcher.js';
import { currentAttempt, type AttemptRow, type CommitRow, type CurrentRow } from './commit-statement.js';
import { fromScorm12 } from './scorm12-names.js';
import type { StatusRules } from './status-rules.js';
import type { AttemptView, CommitInput } from './tracking.types.js';

const MAX_VALUES_PER_COMMIT = 1000;

/** Which CMI elements a commit may write (the unit kind's rule for its writer). */
export type WritePolicy = (element: string) => boolean;

/** A commit as stored: applied, or (a retry, a late commit) the attempt as it already is. */
export type StoredCommit = { applied: true; row: CommitRow } | { applied: false; row: CurrentRow };

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

export function attemptRowView(row: AttemptRow): AttemptView {
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
export function checkCommitShape(input: CommitInput) {
  if (!UUID.test(input.attemptId)) throw notFound('That attempt');
  if (!Number.isSafeInteger(input.seq) || input.seq < 1 || input.seq > MAX_SEQ)
    throw new DomainError('BAD_USER_INPUT', 'A commit number must be a whole number from 1 up.');
  if (!input.sessionId || input.sessionId.length > 64)
    throw new DomainError('BAD_USER_INPUT', 'A commit needs a session id of at most 64 characters.');
  if (input.values.length > MAX_VALUES_PER_COMMIT)
    throw new DomainError('BAD_USER_INPUT', `A commit may carry at most ${MAX_VALUES_PER_COMMIT} values.`);
}

/** Validates every value first, so that a commit with one bad value changes nothing. */
function validatedValues(input: CommitInput, mayWrite: WritePolicy): CmiValues {
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
      // Checked after the data model's own rules, so an unknown element is still 401 and a bad value 406/407.
      if (!mayWrite(element))
        // To the client this reads as SCORM's "element is read only": the platform records it, not the player.
        throw new DomainError('CMI_ERROR', `${write.element} is recorded by the platform for this kind of unit, not by the player.`, {
          cmiErrorCode: CmiErrorCode.readOnly,
          element: write.element,
        });
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
    private readonly batcher: CommitBatcher,
  ) {}

  /** The attempt at a unit of an enrolment, created on first use. */
  async openAttempt(enrolmentId: string, unitId: string): Promise<Attempt> {
    const candidate = this.em.create(Attempt, { enrolment: enrolmentId, unitId }, { persist: false });
    await this.em.upsert(candidate, undefined, { onConflictFields: ['enrolment', 'unitId'], onConflictAction: 'ignore' });
    return this.em.findOneOrFail(Attempt, { enrolment: enrolmentId, unitId }, { refresh: true });
  }

  /** Every attempt of an enrolment. */
  attemptsOf(enrolmentId: string): Promise<Attempt[]> {
    return this.em.find(Attempt, { enrolment: enrolmentId });
  }

  async attempt(viewer: Viewer, attemptId: string): Promise<AttemptView> {
    const attempt = await this.em.findOne(Attempt, { id: attemptId, enrolment: { user: viewer.userId } });
    if (!attempt) throw notFound('That attempt');
    return attemptView(attempt);
  }

  /**
   * Applies one numbered commit, once, writing only what the policy allows. The row lock orders
   * concurrent commits to the same attempt; a number at or below the stored one is acknowledged without
   * being applied, so a retry after a timeout or a late, out-of-order commit never overwrites newer
   * state. PostgreSQL has made the change durable before this returns.
   */
  async store(viewer: Viewer, input: CommitInput, mayWrite: WritePolicy, rules?: StatusRules): Promise<StoredCommit> {
    checkCommitShape(input);
    const values = validatedValues(input, mayWrite);
    const sessionTime = values['cmi.session_time'];
    const row = await this.batcher.apply({
      attemptId: input.attemptId,
      userId: viewer.userId,
      seq: input.seq,
      values,
      sessionId: input.sessionId,
      sessionSeconds: sessionTime === undefined ? null : (parseDuration(sessionTime) ?? 0),
      rules,
    });
    if (row) return { applied: true, row };
    // Not applied: a retry, a late commit, or not the viewer's attempt at all.
    const current = await currentAttempt(this.db, input.attemptId, viewer.userId);
    if (!current) throw notFound('That attempt');
    return { applied: false, row: current };
  }
}
