import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { allUnits, type CourseContent } from '../course/course-content.js';
import { CourseService } from '../course/course.service.js';
import { writeEvent } from '../events/outbox.js';
import { cmiOfAttempts, rollup } from './sequencing.js';
import { activityMap, courseDone, sequencingView } from './sequencing/course-sequencing.js';
import { doneUnits, unitStates } from './unit-progress.js';

interface UnitStateRow {
  unitId: string;
  completionStatus: string;
  successStatus: string;
  scoreScaled: number | null;
  cmi: Record<string, string>;
}

type Sql = Pick<EntityManager, 'execute'>;

/** Enrolments looked at per sweep at most. */
const SWEEP_LIMIT = 500;

/**
 * The course completion rule. Completion is a function of the stored attempts alone, so it can be
 * evaluated at any time, as often as wanted: after a completing commit, again on that commit's retry,
 * and by a periodic sweep. Whatever happened between a commit and its evaluation (a crash, an error),
 * a finished course cannot stay unfinished.
 */
@Injectable()
export class CompletionService {
  constructor(
    private readonly em: EntityManager,
    private readonly courses: CourseService,
  ) {}

  /**
   * Marks the enrolment completed when every unit of its course version is done, and writes the
   * `enrolment.completed` event in the same transaction. The enrolment row is locked first, so of
   * several evaluations racing exactly one returns true, and it sees every commit made before it.
   */
  evaluate(enrolmentId: string): Promise<boolean> {
    return this.em.fork().transactional(async (tx) => {
      const [enrolment] = await tx.execute<{ course_version_id: string; completed_at: Date | null }[]>(
        `select course_version_id, completed_at from enrolment where id = ? for update`,
        [enrolmentId],
      );
      if (!enrolment || enrolment.completed_at) return false;
      const content = await this.courses.content(enrolment.course_version_id);
      const attempts = await tx.execute<UnitStateRow[]>(
        `select unit_id as "unitId", completion_status as "completionStatus", success_status as "successStatus", score_scaled as "scoreScaled", cmi
           from attempt where enrolment_id = ?`,
        [enrolmentId],
      );
      if (!(await this.isDone(tx, enrolmentId, content, attempts))) return false;
      await tx.execute(`update enrolment set completed_at = now() where id = ?`, [enrolmentId], 'run');
      await writeEvent(tx, 'enrolment.completed', { enrolmentId });
      return true;
    });
  }

  /**
   * SCORM 2004 with its activity tree: the root activity's rolled-up status, by the sequencing engine.
   * Otherwise every unit done by its kind's rule. Either way a course whose result is failed is not done.
   */
  private async isDone(tx: Sql, enrolmentId: string, content: CourseContent, attempts: UnitStateRow[]): Promise<boolean> {
    const map = activityMap(content);
    if (map) {
      const [row] = await tx.execute<{ state: string }[]>(`select state from sequencing_state where enrolment_id = ?`, [enrolmentId]);
      return courseDone(sequencingView(map, row?.state || null, cmiOfAttempts(attempts)).course);
    }
    const states = unitStates(attempts);
    return doneUnits(content, states).size === allUnits(content).length && rollup(content, states).successStatus !== 'failed';
  }

  /**
   * Finds enrolments that are not complete although as many of their units look done as their course
   * has, and evaluates each (the rule decides; a look-alike that is not done stays as it is).
   * Returns how many were completed.
   */
  async sweep(): Promise<number> {
    const candidates = await this.em.fork().execute<{ id: string; courseVersionId: string; done: number }[]>(
      `select e.id, e.course_version_id as "courseVersionId", count(*)::int as done
         from enrolment e join attempt a on a.enrolment_id = e.id
        where e.completed_at is null and (a.completion_status = 'completed' or a.success_status = 'passed')
        group by e.id order by max(a.updated_at) desc limit ${SWEEP_LIMIT}`,
    );
    let completed = 0;
    for (const candidate of candidates) {
      const content = await this.courses.content(candidate.courseVersionId);
      // Under SCORM 2004 sequencing some units need not be done (hidden, not selected): the engine decides.
      const looksDone = activityMap(content) !== null || candidate.done >= allUnits(content).length;
      if (looksDone && (await this.evaluate(candidate.id))) completed++;
    }
    return completed;
  }
}
