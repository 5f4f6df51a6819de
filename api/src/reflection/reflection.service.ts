import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { invalidInput, notFound } from '../common/domain-error.js';
import { allUnits } from '../course/course-content.js';
import { CourseService } from '../course/course.service.js';
import { SqlPool } from '../database/sql-pool.js';
import { currentAttempt } from '../tracking/commit-statement.js';
import { ProgressService } from '../progress/progress.service.js';
import { Reflection } from './reflection.entity.js';
import type { ReflectionView, SaveReflectionInput, SaveReflectionResult } from './reflection.types.js';

const MAX_REFLECTION_LENGTH = 10_000;

@Injectable()
export class ReflectionService {
  constructor(
    private readonly em: EntityManager,
    private readonly db: SqlPool,
    private readonly courses: CourseService,
    private readonly progress: ProgressService,
  ) {}

  /** The viewer's own reflection for an attempt, or null. */
  async own(viewer: Viewer, attemptId: string): Promise<ReflectionView | null> {
    const reflection = await this.em.findOne(Reflection, { attempt: { id: attemptId, enrolment: { user: viewer.userId } } });
    return reflection && { text: reflection.text, sharedWithTeacher: reflection.sharedWithTeacher, updatedAt: reflection.updatedAt };
  }

  async save(viewer: Viewer, input: SaveReflectionInput): Promise<SaveReflectionResult> {
    const text = input.text.trim();
    if (text.length > MAX_REFLECTION_LENGTH)
      throw invalidInput('REFLECTION_TOO_LONG', `Please keep a reflection under ${MAX_REFLECTION_LENGTH} characters.`, {
        max: MAX_REFLECTION_LENGTH,
      });
    const attempt = await currentAttempt(this.db, input.attemptId, viewer.userId);
    if (!attempt) throw notFound('That attempt');
    const unit = allUnits(await this.courses.content(attempt.course_version_id)).find((u) => u.id === attempt.unit_id);
    if (unit?.type !== 'reflection') throw invalidInput('UNIT_KIND_MISMATCH', 'That unit is not a reflection.', { kind: 'reflection' });

    const commit = await this.progress.commit(
      viewer,
      {
        attemptId: input.attemptId,
        seq: input.seq,
        sessionId: input.sessionId,
        values: [
          { element: 'cmi.completion_status', value: text ? 'completed' : 'incomplete' },
          ...(input.sessionTime ? [{ element: 'cmi.session_time', value: input.sessionTime }] : []),
        ],
      },
      'server',
    );
    // Like the commit it rides on, a reflection from an older commit never overwrites a newer one.
    if (commit.applied) {
      const em = this.em.fork();
      const reflection =
        (await em.findOne(Reflection, { attempt: input.attemptId })) ?? em.create(Reflection, { attempt: input.attemptId, text });
      Object.assign(reflection, { text, sharedWithTeacher: input.shareWithTeacher, updatedAt: new Date() });
      await em.flush();
    }
    const reflection = await this.own(viewer, input.attemptId);
    return { reflection: reflection ?? { text: '', sharedWithTeacher: false, updatedAt: new Date() }, commit };
  }
}
