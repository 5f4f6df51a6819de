import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { CourseContent } from '../../course/course-content.js';
import { SequencingEngine, type NavigationRequest } from '../../unit-kinds/sco/sequencing-engine.js';
import { activityMap, sequencingView, type ActivityMap, type SequencingView } from './course-sequencing.js';
import { navigationValidity, type NavigationValidity } from './navigation-validity.js';

type Sql = Pick<EntityManager, 'execute'>;

export interface Delivery {
  /** The unit to show, or null when nothing is delivered (refused, or the session ended: exitAll, suspendAll). */
  unitId: string | null;
  /** The delivery starts a new attempt on a unit tried before (a retry, a remediation): it starts afresh. */
  newAttempt: boolean;
  /** The engine's exception code (SCORM 2004 SN, e.g. SB.2.9-5) when refused. */
  exception: string | null;
}

/** How a unit's address may be reached, in the order tried (each on the state as stored). */
const OPENING_REQUESTS: NavigationRequest[][] = [['choice'], ['resumeAll', 'start'], ['continue'], ['previous']];

interface StateRow {
  state: string | null;
  delivered: string[] | null;
}

/**
 * SCORM 2004 sequencing for an enrolment: scorm-again's engine over the state stored per enrolment.
 * Navigation (launching a unit from the table of contents, continue, previous, jump, exitAll,
 * suspendAll, a SCO's adl.nav.request) runs here, on the server, with the enrolment's row locked.
 */
@Injectable()
export class SequencingService {
  constructor(private readonly em: EntityManager) {}

  /** The engine's view of an enrolment, or null when the course is not sequenced by the engine. */
  async view(enrolmentId: string, content: CourseContent, cmiOf: (unitId: string) => Record<string, string>, sql: Sql = this.em) {
    const map = activityMap(content);
    if (!map) return null;
    const [row] = await sql.execute<StateRow[]>(`select state, delivered from sequencing_state where enrolment_id = ?`, [enrolmentId]);
    return sequencingView(map, row?.state ?? null, cmiOf);
  }

  /** What the SCO's adl.nav.request_valid answers now (see navigation-validity.ts), or null when the course is not sequenced. */
  async validity(
    enrolmentId: string,
    content: CourseContent,
    cmiOf: (unitId: string) => Record<string, string>,
  ): Promise<NavigationValidity | null> {
    const map = activityMap(content);
    if (!map) return null;
    const [row] = await this.em.execute<StateRow[]>(`select state from sequencing_state where enrolment_id = ?`, [enrolmentId]);
    return navigationValidity(map, row?.state || null, cmiOf);
  }

  /** Whether a client may commit to this unit: only to units the engine has delivered to this learner. */
  async wasDelivered(enrolmentId: string, unitId: string): Promise<boolean> {
    const [row] = await this.em.execute<StateRow[]>(`select delivered from sequencing_state where enrolment_id = ?`, [enrolmentId]);
    return row?.delivered?.includes(unitId) ?? false;
  }

  /**
   * Processes a navigation request. The unit the learner is in first ends with what its SCO stored;
   * a unit given again after its attempt ended starts a new attempt (its stored results are cleared).
   */
  navigate(
    enrolmentId: string,
    content: CourseContent,
    request: NavigationRequest,
    targetUnitId: string | null,
    cmiOf: (unitId: string) => Record<string, string>,
  ): Promise<Delivery> {
    return this.change(enrolmentId, content, (map, state) => {
      const engine = SequencingEngine.open(map.definition, state);
      return { engine, delivery: this.deliver(engine, map, [request], targetUnitId, cmiOf) };
    });
  }

  /**
   * Opens a unit by its address (the table of contents, a link, a reload): the request that leads there,
   * tried in turn on the stored state (choice; start or resume; continue; previous). A course with choice
   * off is thus walked by continue and previous, and nothing the rules forbid is ever delivered.
   */
  open(enrolmentId: string, content: CourseContent, unitId: string, cmiOf: (unitId: string) => Record<string, string>): Promise<Delivery> {
    return this.change(enrolmentId, content, (map, state) => {
      let refused: { engine: SequencingEngine; delivery: Delivery } | null = null;
      for (const requests of OPENING_REQUESTS) {
        const engine = SequencingEngine.open(map.definition, state);
        const delivery = this.deliver(engine, map, requests, unitId, cmiOf);
        if (delivery.unitId === unitId) return { engine, delivery };
        refused ??= { engine: SequencingEngine.open(map.definition, state), delivery: { ...delivery, unitId: null } };
      }
      // Nothing leads there: the stored state stays as it was.
      return refused!;
    });
  }

  /** Runs a navigation over the enrolment's state with its row locked, and stores the outcome. */
  private change(
    enrolmentId: string,
    content: CourseContent,
    run: (map: ActivityMap, state: string | null) => { engine: SequencingEngine; delivery: Delivery },
  ): Promise<Delivery> {
    const map = activityMap(content);
    if (!map) return Promise.resolve({ unitId: null, newAttempt: false, exception: null });
    return this.em.fork().transactional(async (tx) => {
      await tx.execute(
        `insert into sequencing_state (enrolment_id, state, delivered, updated_at) values (?, '', '{}', now()) on conflict do nothing`,
        [enrolmentId],
      );
      const [row] = await tx.execute<StateRow[]>(`select state, delivered from sequencing_state where enrolment_id = ? for update`, [
        enrolmentId,
      ]);
      const { engine, delivery } = run(map, row?.state || null);
      const delivered = new Set(row?.delivered ?? []);
      if (delivery.unitId) delivered.add(delivery.unitId);
      await tx.execute(`update sequencing_state set state = ?, delivered = ?, updated_at = now() where enrolment_id = ?`, [
        engine.serialize(),
        `{${[...delivered].map((id) => JSON.stringify(id)).join(',')}}`,
        enrolmentId,
      ]);
      if (delivery.newAttempt && delivery.unitId) await this.clearAttempt(tx, enrolmentId, delivery.unitId);
      return delivery;
    });
  }

  /**
   * Ends the open unit, then makes the first of `requests` that the engine accepts. Ending the unit may
   * itself deliver one (a post-condition or exit rule: retry, continue, previous), which then wins over
   * the learner's request, as in the standard's overall sequencing process. suspendAll suspends the unit
   * instead of ending it.
   */
  private deliver(
    engine: SequencingEngine,
    map: ActivityMap,
    requests: NavigationRequest[],
    targetUnitId: string | null,
    cmiOf: (unitId: string) => Record<string, string>,
  ): Delivery {
    const current = engine.current();
    const currentUnitId = current ? (map.unitOf.get(current.id) ?? null) : null;
    // Opening the unit the learner is already in (a reload, a second tab) is no navigation.
    if (current?.active && requests[0] === 'choice' && targetUnitId === currentUnitId)
      return { unitId: currentUnitId, newAttempt: false, exception: null };
    const before = new Map(engine.activities().map((a) => [a.id, a.attemptCount]));
    const delivered = (activityId: string): Delivery => {
      const attempts = engine.activities().find((a) => a.id === activityId)?.attemptCount ?? 0;
      return {
        unitId: map.unitOf.get(activityId) ?? null,
        newAttempt: attempts > 1 && attempts > (before.get(activityId) ?? 0),
        exception: null,
      };
    };
    if (current?.active && currentUnitId) {
      const suspending = requests[0] === 'suspendAll';
      engine.endCurrent({ ...cmiOf(currentUnitId), ...(suspending ? { 'cmi.exit': 'suspend' } : {}) });
      const byRules = engine.current();
      if (!suspending && requests[0] !== 'exitAll' && byRules?.active) return delivered(byRules.id);
    }
    const target = targetUnitId ? map.activityOf.get(targetUnitId) : undefined;
    let exception: string | null = null;
    for (const request of requests) {
      const outcome = engine.navigate(request, request === 'choice' || request === 'jump' ? target : undefined);
      if (outcome.delivered) return delivered(outcome.delivered);
      exception = outcome.exception;
    }
    return { unitId: null, newAttempt: false, exception };
  }

  /** A new attempt starts with nothing from the last one: no status, score, location or suspend data. */
  private async clearAttempt(tx: Sql, enrolmentId: string, unitId: string) {
    await tx.execute(
      `update attempt set cmi = '{}', completion_status = 'not attempted', success_status = 'unknown', score_scaled = null, updated_at = now()
        where enrolment_id = ? and unit_id = ?`,
      [enrolmentId, unitId],
      'run',
    );
  }
}

export type { SequencingView };
