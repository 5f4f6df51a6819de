import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { DomainError, notFound } from '../common/domain-error.js';
import { allUnits, type CourseContent, type UnitContent } from '../course/course-content.js';
import { CourseService } from '../course/course.service.js';
import { AttemptDirectory, type AttemptPlace } from '../tracking/attempt-directory.js';
import { checkCommitShape, attemptRowView, TrackingService, type StoredCommit } from '../tracking/tracking.service.js';
import type { CommitInput, CommitResult } from '../tracking/tracking.types.js';
import { sharedDataMaps } from '../unit-kinds/sco/shared-data-maps.js';
import { doneRuleOf, isDone, unitKind } from '../unit-kinds/unit-kinds.js';
import { CmiErrorCode } from '../tracking/cmi.js';
import { CompletionService } from './completion.service.js';
import { isPlatformSitting, LAUNCH_SITTING, platformSitting, SESSION_END, splitSessionEnd } from './session-end.js';
import { blockedBy, unitTitles } from './sequencing.js';
import { activityMap } from './sequencing/course-sequencing.js';
import { SequencingService } from './sequencing/sequencing.service.js';
import { splitSharedDataWrites } from './shared-data/shared-data-writes.js';
import { SharedDataService } from './shared-data/shared-data.service.js';
import { doneUnits, unitStates } from './unit-progress.js';

/** Who judged the values of a commit: the learner's client, or the platform itself (scoring a check, saving a reflection). */
export type JudgedBy = 'client' | 'server';

/** Attempts known to be unlocked; sequencing never locks a unit again once its prerequisites are done. */
const MAX_UNLOCKED = 100_000;

/**
 * Progress above the CMI store: a commit is checked against its unit's kind (what its writer may set)
 * and the course's sequencing (a locked unit takes no commits), stored, and then the course's completion
 * is evaluated when the unit is done and the course is not yet.
 */
@Injectable()
export class ProgressService {
  private readonly unlocked = new Set<string>();

  constructor(
    private readonly courses: CourseService,
    private readonly tracking: TrackingService,
    private readonly directory: AttemptDirectory,
    private readonly completion: CompletionService,
    private readonly sequencing: SequencingService,
    private readonly sharedData: SharedDataService,
  ) {}

  async commit(viewer: Viewer, given: CommitInput, judgedBy: JudgedBy = 'client'): Promise<CommitResult> {
    checkCommitShape(given);
    const { input, end } = splitSessionEnd(given);
    if (judgedBy === 'client' && isPlatformSitting(input.sessionId))
      throw new DomainError('BAD_USER_INPUT', 'A session id starting with "lms:" is the platform\'s own.');
    const place = await this.directory.place(input.attemptId, viewer.userId);
    if (!place) throw notFound('That attempt');
    const content = await this.courses.content(place.courseVersionId);
    const unit = allUnits(content).find((u) => u.id === place.unitId);
    if (!unit) throw notFound('That unit');
    if (judgedBy === 'client') await this.refuseIfLocked(content, unit, place, viewer.locale);
    const kind = unitKind(unit.type);
    if (end && !kind.atSessionEnd)
      throw new DomainError('CMI_ERROR', `${SESSION_END} is not an element of this kind of unit.`, {
        cmiErrorCode: CmiErrorCode.undefinedElement,
        element: SESSION_END,
      });
    const mayWrite = judgedBy === 'server' ? () => true : (element: string) => unitKind(unit.type).clientMayWrite(element);
    const rules = unitKind(unit.type).statusRules?.(unit, content.scorm?.version ?? '2004');
    // SCORM 2004 shared data is the enrolment's, not the attempt's: checked here, stored once the commit applies.
    const shared = splitSharedDataWrites(input.values, unit.type === 'sco' ? sharedDataMaps(content, unit) : []);
    const stored = await this.tracking.store(viewer, { ...input, values: shared.cmi }, mayWrite, rules);
    if (stored.applied && shared.stores.size) await this.sharedData.write(place.enrolmentId, shared.stores);
    const evaluate = !stored.row.course_completed_at && mayCompleteCourse(content, unit, stored);
    const courseCompleted = evaluate && (await this.completion.evaluate(place.enrolmentId));
    const result = { applied: stored.applied, courseCompleted, attempt: attemptRowView(stored.row) };
    if (!end || !kind.atSessionEnd) return result;
    const atEnd = kind.atSessionEnd(unit, {
      scormVersion: content.scorm?.version ?? '2004',
      terminated: end === 'terminate',
      exit: stored.row.cmi['cmi.exit'] ?? '',
      completionStatus: stored.row.completion_status,
      successStatus: stored.row.success_status,
      scoreScaled: stored.row.score_scaled,
    });
    return Object.keys(atEnd).length ? this.setByPlatform(viewer, input, atEnd, result) : result;
  }

  /**
   * What the platform sets when a session ends (SCORM's default statuses), as its own commit in a sitting
   * beside the client's: applied once, also when the client's commit is a retry of one already stored.
   */
  private async setByPlatform(viewer: Viewer, input: CommitInput, values: Record<string, string>, before: CommitResult) {
    const sitting = { attemptId: input.attemptId, seq: input.seq, sessionId: platformSitting(input.sessionId) };
    const entries = Object.entries(values).map(([element, value]) => ({ element, value }));
    const after = await this.commit(viewer, { ...sitting, values: entries }, 'server');
    return { applied: before.applied, courseCompleted: before.courseCompleted || after.courseCompleted, attempt: after.attempt };
  }

  /** Sets what the unit's kind sets when it is opened (an asset is complete once opened), once. */
  async atLaunch(viewer: Viewer, unit: UnitContent, attempt: { id: string; cmi: Record<string, string> }): Promise<boolean> {
    const values = unitKind(unit.type).atLaunch?.(unit) ?? {};
    const missing = Object.entries(values).filter(([element, value]) => attempt.cmi[element] !== value);
    if (!missing.length) return false;
    const toWrite = missing.map(([element, value]) => ({ element, value }));
    await this.commit(viewer, { attemptId: attempt.id, seq: 1, sessionId: LAUNCH_SITTING, values: toWrite }, 'server');
    return true;
  }

  /** Refuses a client's commit to a unit that the course's sequencing still locks (SCORM prerequisites, forced order). */
  private async refuseIfLocked(content: CourseContent, unit: UnitContent, place: AttemptPlace, locale: string) {
    // SCORM 2004 with its activity tree: the engine is the judge; only a unit it has delivered takes commits.
    if (activityMap(content)) {
      if (await this.sequencing.wasDelivered(place.enrolmentId, unit.id)) return;
      const titles = unitTitles(content, [unit.id], content.locales.includes(locale) ? locale : content.sourceLocale);
      throw new DomainError('FORBIDDEN', `The course's rules have not opened ${titles.join(', ')} to you yet.`, { reason: 'UNIT_LOCKED' });
    }
    if (this.unlocked.has(place.attemptId) || !blockedBy(content, unit.id, new Set()).length) return;
    const blockers = blockedBy(content, unit.id, doneUnits(content, unitStates(await this.tracking.attemptsOf(place.enrolmentId))));
    if (blockers.length) {
      const titles = unitTitles(content, blockers, content.locales.includes(locale) ? locale : content.sourceLocale);
      throw new DomainError('FORBIDDEN', `This part is locked until you finish: ${titles.join(', ')}.`, { reason: 'UNIT_LOCKED' });
    }
    if (this.unlocked.size >= MAX_UNLOCKED) this.unlocked.clear();
    this.unlocked.add(place.attemptId);
  }
}

/**
 * Whether a stored commit can have finished the course, so its completion is evaluated: when the unit
 * became done by its kind's rule, or (under SCORM 2004 sequencing, where the course's result is the
 * engine's rollup, not the units' done rules) when its completion or success changed at all; and again on
 * any retry while the course is unfinished, so an evaluation lost between the commit and its end (a
 * crash) is made up by the retry or the sweep.
 */
function mayCompleteCourse(content: CourseContent, unit: UnitContent, stored: StoredCommit): boolean {
  const sequenced = activityMap(content) !== null;
  const rule = doneRuleOf(unit);
  if (!stored.applied)
    return sequenced || isDone(rule, { completionStatus: stored.row.completion_status, successStatus: stored.row.success_status });
  const { row } = stored;
  if (sequenced) return row.completion_status !== row.old_completion_status || row.success_status !== row.old_success_status;
  return (
    isDone(rule, { completionStatus: row.completion_status, successStatus: row.success_status }) &&
    !isDone(rule, { completionStatus: row.old_completion_status, successStatus: row.old_success_status })
  );
}
