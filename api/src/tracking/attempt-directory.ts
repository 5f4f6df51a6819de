import { Injectable } from '@nestjs/common';
import { SqlPool } from '../database/sql-pool.js';

/** Where an attempt belongs. It never changes for the attempt's life, so it is cached. */
export interface AttemptPlace {
  attemptId: string;
  userId: string;
  unitId: string;
  enrolmentId: string;
  courseVersionId: string;
}

const PLACE_SQL = `
select a.id as "attemptId", e.user_id as "userId", a.unit_id as "unitId", a.enrolment_id as "enrolmentId", e.course_version_id as "courseVersionId"
  from attempt a join enrolment e on e.id = a.enrolment_id
 where a.id = $1 and e.user_id = $2`;

/** Attempts remembered at most; the cache is simply emptied when full (entries are cheap to look up again). */
const MAX_CACHED = 100_000;

/** Looks up which unit, enrolment and course version an attempt is for, before a commit is judged by its unit's kind. */
@Injectable()
export class AttemptDirectory {
  private readonly cache = new Map<string, AttemptPlace>();

  constructor(private readonly db: SqlPool) {}

  /** The attempt's place, or null when it does not exist or is not this person's. */
  async place(attemptId: string, userId: string): Promise<AttemptPlace | null> {
    const cached = this.cache.get(attemptId);
    if (cached) return cached.userId === userId ? cached : null;
    const [row] = await this.db.query<AttemptPlace>('attempt-place', PLACE_SQL, [attemptId, userId]);
    if (!row) return null;
    if (this.cache.size >= MAX_CACHED) this.cache.clear();
    this.cache.set(attemptId, row);
    return row;
  }
}
