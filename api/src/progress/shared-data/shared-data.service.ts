import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { SharedDataMap } from '../../unit-kinds/sco/shared-data-maps.js';
import { sharedDataElements } from './shared-data-writes.js';

/** SCORM 2004 shared data (adl.data) of an enrolment: kept per target id, given to each SCO that maps it. */
@Injectable()
export class SharedDataService {
  constructor(private readonly em: EntityManager) {}

  /** The run-time elements for a SCO's maps, with the enrolment's stored values. */
  async elementsFor(enrolmentId: string, maps: SharedDataMap[]): Promise<Record<string, string>> {
    if (!maps.length) return {};
    // An enrolment holds a handful of buckets: all of them are read, and the maps pick theirs.
    const rows = await this.em.execute<{ target_id: string; store: string }[]>(
      `select target_id, store from shared_data where enrolment_id = ?`,
      [enrolmentId],
    );
    return sharedDataElements(maps, new Map(rows.map((row) => [row.target_id, row.store])));
  }

  /** Stores what an applied commit wrote; the last applied write of a bucket wins. */
  async write(enrolmentId: string, stores: Map<string, string>): Promise<void> {
    for (const [targetId, store] of stores)
      await this.em.execute(
        `insert into shared_data (enrolment_id, target_id, store, updated_at) values (?, ?, ?, now())
          on conflict (enrolment_id, target_id) do update set store = excluded.store, updated_at = excluded.updated_at`,
        [enrolmentId, targetId, store],
        'run',
      );
  }
}
