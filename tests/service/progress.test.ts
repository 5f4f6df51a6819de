import { randomBytes } from 'node:crypto';
import { AuthService } from '@kinship/api/auth/auth.service';
import { SessionService } from '@kinship/api/auth/session.service';
import type { Viewer } from '@kinship/api/auth/viewer';
import { DomainError } from '@kinship/api/common/domain-error';
import { EnrolmentService } from '@kinship/api/enrolment/enrolment.service';
import { CompletionService } from '@kinship/api/progress/completion.service';
import { LaunchService } from '@kinship/api/progress/launch.service';
import { ProgressService } from '@kinship/api/progress/progress.service';
import { TrackingService } from '@kinship/api/tracking/tracking.service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServiceStack, type ServiceStack } from '../support/service-stack.js';

let stack: ServiceStack;
beforeAll(async () => {
  stack = await startServiceStack();
});
afterAll(() => stack?.stop());

const service = <T>(type: new (...args: never[]) => T): T => stack.app.get(type);

async function newLearner(): Promise<Viewer> {
  const { session } = await service(AuthService).signUp(
    {
      email: `svc-${randomBytes(4).toString('hex')}@example.test`,
      displayName: 'Service Learner',
      password: `pw-${randomBytes(8).toString('hex')}`,
    },
    '127.0.0.1',
  );
  return (await service(SessionService).viewerForToken(session.token))!;
}

async function eventsFor(enrolmentId: string): Promise<number> {
  const { rows } = await stack.db.query<{ n: number }>(`select count(*)::int as n from outbox_event where payload->>'enrolmentId' = $1`, [
    enrolmentId,
  ]);
  return rows[0]!.n;
}

const completed = [{ element: 'cmi.completion_status', value: 'completed' }];

describe('progress, in process on a real database', () => {
  it('stores a lesson commit once, and completes the course exactly once, with one event', () =>
    stack.run(async () => {
      const viewer = await newLearner();
      const enrolment = await service(EnrolmentService).enrol(viewer, 'getting-started', 'en');
      const results: boolean[] = [];
      for (const unit of enrolment.units) {
        const { attempt } = await service(LaunchService).launch(viewer, enrolment.id, unit.unitId, 'en');
        const input = { attemptId: attempt.id, seq: 1, sessionId: 's', values: completed };
        results.push((await service(ProgressService).commit(viewer, input)).courseCompleted);
        expect((await service(ProgressService).commit(viewer, input)).applied).toBe(false);
      }
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(results.at(-1)).toBe(true);
      expect(await eventsFor(enrolment.id)).toBe(1);
      // Evaluating again, or sweeping, changes nothing.
      expect(await service(CompletionService).evaluate(enrolment.id)).toBe(false);
      await service(CompletionService).sweep();
      expect(await eventsFor(enrolment.id)).toBe(1);
    }));

  it("refuses what a unit's kind does not let its client write, and changes nothing", () =>
    stack.run(async () => {
      const viewer = await newLearner();
      const enrolment = await service(EnrolmentService).enrol(viewer, 'anti-racism-foundations', 'en');
      const check = enrolment.units.find((unit) => unit.type === 'check')!;
      const { attempt } = await service(LaunchService).launch(viewer, enrolment.id, check.unitId, 'en');
      const forged = service(ProgressService).commit(viewer, {
        attemptId: attempt.id,
        seq: 1,
        sessionId: 's',
        values: [{ element: 'cmi.score.scaled', value: '1' }],
      });
      await expect(forged).rejects.toBeInstanceOf(DomainError);
      await expect(forged).rejects.toMatchObject({ code: 'CMI_ERROR', details: { cmiErrorCode: 404 } });
      const stored = await service(TrackingService).attempt(viewer, attempt.id);
      expect(stored).toMatchObject({ seq: 0, scoreScaled: null, successStatus: 'unknown' });
    }));

  it("keeps one learner's attempts and enrolments from another", () =>
    stack.run(async () => {
      const owner = await newLearner();
      const stranger = await newLearner();
      const enrolment = await service(EnrolmentService).enrol(owner, 'getting-started', 'en');
      const { attempt } = await service(LaunchService).launch(owner, enrolment.id, enrolment.units[0]!.unitId, 'en');
      const input = { attemptId: attempt.id, seq: 1, sessionId: 's', values: completed };
      await expect(service(ProgressService).commit(stranger, input)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(service(EnrolmentService).view(stranger, enrolment.id, 'en')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }));
});
