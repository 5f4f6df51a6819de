import { Injectable } from '@nestjs/common';
import type { CourseContent } from '../course/course-content.js';
import { SqlPool } from '../database/sql-pool.js';
import { courseResultPlan, type CourseResultPlan } from '../progress/course-result-plan.js';
import { plansParameter } from './report-result-sql.js';

/** How many versions' contents are read in one statement when plans are first worked out (contents are large). */
const CHUNK = 20;

/**
 * The result plan of every course version, for the report's statement. Versions are immutable, so a
 * version's content is read and its plan worked out once per process; later reports only list the ids.
 */
@Injectable()
export class ReportResultPlans {
  private readonly plans = new Map<string, CourseResultPlan>();

  constructor(private readonly pool: SqlPool) {}

  async parameter(): Promise<string> {
    const ids = (await this.pool.once<{ id: string }>(`select id from course_version`, [])).map((r) => r.id);
    const missing = ids.filter((id) => !this.plans.has(id));
    for (let i = 0; i < missing.length; i += CHUNK) {
      const rows = await this.pool.once<{ id: string; content: CourseContent }>(
        `select id, content from course_version where id = any($1::uuid[])`,
        [missing.slice(i, i + CHUNK)],
      );
      for (const row of rows) this.plans.set(row.id, courseResultPlan(row.content));
    }
    return plansParameter(ids.flatMap((id) => (this.plans.has(id) ? [[id, this.plans.get(id)!] as [string, CourseResultPlan]] : [])));
  }
}
