import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { invalidInput, notFound } from '../common/domain-error.js';
import { allUnits, pickLocale, type CourseContent, type UnitLocaleContent } from '../course/course-content.js';
import { CourseService } from '../course/course.service.js';
import { SqlPool } from '../database/sql-pool.js';
import type { CheckResultView, ChooseScenarioInput, ScenarioOutcomeView, SubmitCheckInput } from './assessment.types.js';
import { currentAttempt } from '../tracking/commit-statement.js';
import { scoreCheck, unknownAnswerIds } from './knowledge-check.js';
import { ProgressService } from '../progress/progress.service.js';

/**
 * Knowledge checks and scenarios, judged on the server from the course file; the result is written
 * through the same numbered commit as every other unit's progress.
 */
@Injectable()
export class AssessmentService {
  constructor(
    private readonly db: SqlPool,
    private readonly courses: CourseService,
    private readonly progress: ProgressService,
  ) {}

  private async unitOf<T extends UnitLocaleContent['type']>(viewer: Viewer, attemptId: string, type: T, locale: string) {
    const attempt = await currentAttempt(this.db, attemptId, viewer.userId);
    if (!attempt) throw notFound('That attempt');
    const content: CourseContent = await this.courses.content(attempt.course_version_id);
    const unit = allUnits(content).find((u) => u.id === attempt.unit_id);
    if (unit?.type !== type) throw invalidInput('UNIT_KIND_MISMATCH', `That unit is not a ${type}.`, { kind: type });
    const text = pickLocale(unit.locales, locale, content.sourceLocale) as Extract<UnitLocaleContent, { type: T }>;
    return { content, text };
  }

  async submitCheck(viewer: Viewer, input: SubmitCheckInput): Promise<CheckResultView> {
    const { content, text } = await this.unitOf(viewer, input.attemptId, 'check', input.locale);
    const unknown = unknownAnswerIds(text, input.answers);
    if (unknown.length)
      throw invalidInput('UNKNOWN_ANSWERS', `These answers are not part of this check: ${unknown.join(', ')}.`, {
        answers: unknown.join(', '),
      });
    const passMark = text.passMark ?? content.mastery.passMark;
    const outcome = scoreCheck(text, input.answers, passMark);
    const values = { ...outcome.cmi, ...(input.sessionTime ? { 'cmi.session_time': input.sessionTime } : {}) };
    const commit = await this.progress.commit(
      viewer,
      {
        attemptId: input.attemptId,
        seq: input.seq,
        sessionId: input.sessionId,
        values: Object.entries(values).map(([element, value]) => ({ element, value })),
      },
      'server',
    );
    const { correctCount, total, scoreScaled, passed, questions } = outcome;
    return { correctCount, total, scoreScaled, passed, passMark, questions, commit };
  }

  async chooseScenario(viewer: Viewer, input: ChooseScenarioInput): Promise<ScenarioOutcomeView> {
    const { text } = await this.unitOf(viewer, input.attemptId, 'scenario', input.locale);
    const choice = text.choices.find((c) => c.id === input.choiceId);
    if (!choice) throw invalidInput('UNKNOWN_CHOICE', 'That choice is not part of this scenario.');
    const values: Record<string, string> = {
      'cmi.completion_status': 'completed',
      'cmi.interactions.0.id': 'choice',
      'cmi.interactions.0.type': 'choice',
      'cmi.interactions.0.learner_response': choice.id,
      'cmi.interactions.0.result': choice.best ? 'correct' : 'neutral',
      ...(input.sessionTime ? { 'cmi.session_time': input.sessionTime } : {}),
    };
    const commit = await this.progress.commit(
      viewer,
      {
        attemptId: input.attemptId,
        seq: input.seq,
        sessionId: input.sessionId,
        values: Object.entries(values).map(([element, value]) => ({ element, value })),
      },
      'server',
    );
    return { choiceId: choice.id, consequence: choice.consequence, best: choice.best, commit };
  }
}
