import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { CertificateService } from '../certificate/certificate.service.js';
import { notFound } from '../common/domain-error.js';
import { CourseService } from '../course/course.service.js';
import { enrolmentView } from '../progress/enrolment-view.js';
import { Attempt } from '../tracking/attempt.entity.js';
import { Enrolment } from './enrolment.entity.js';
import type { EnrolmentView } from './enrolment.types.js';

/** The organisation a learner takes courses as a member of: where they are a learner, else their first. */
function learningOrganisation(viewer: Viewer): string | null {
  const membership = viewer.memberships.find((m) => m.role === 'learner') ?? viewer.memberships[0];
  return membership?.organisationId ?? null;
}

@Injectable()
export class EnrolmentService {
  constructor(
    private readonly em: EntityManager,
    private readonly courses: CourseService,
    private readonly certificates: CertificateService,
  ) {}

  findForCourse(viewer: Viewer, courseId: string): Promise<Enrolment | null> {
    return this.em.findOne(Enrolment, { user: viewer.userId, course: courseId });
  }

  /** The viewer's own enrolment; anyone else's is reported as not found, revealing nothing. */
  async own(viewer: Viewer, enrolmentId: string): Promise<Enrolment> {
    const enrolment = await this.em.findOne(Enrolment, { id: enrolmentId, user: viewer.userId }, { populate: ['courseVersion'] });
    if (!enrolment) throw notFound('That enrolment');
    return enrolment;
  }

  /** Enrols the viewer in the newest version of a course; enrolling again returns the existing enrolment. */
  async enrol(viewer: Viewer, courseId: string, locale: string): Promise<EnrolmentView> {
    // A learner who started a course that was since withdrawn still finishes it; only new enrolments are refused.
    const existing = await this.em.findOne(Enrolment, { user: viewer.userId, course: courseId }, { populate: ['courseVersion'] });
    if (existing) return (await this.views(viewer, [existing], locale))[0]!;
    const version = await this.courses.offeredVersionOf(courseId);
    const candidate = this.em.create(
      Enrolment,
      { user: viewer.userId, course: courseId, courseVersion: version.id, organisation: learningOrganisation(viewer) },
      { persist: false },
    );
    await this.em.upsert(candidate, undefined, { onConflictFields: ['user', 'course'], onConflictAction: 'ignore' });
    const enrolment = await this.em.findOneOrFail(
      Enrolment,
      { user: viewer.userId, course: courseId },
      { populate: ['courseVersion'], refresh: true },
    );
    const [view] = await this.views(viewer, [enrolment], locale);
    return view!;
  }

  async mine(viewer: Viewer, locale: string): Promise<EnrolmentView[]> {
    const enrolments = await this.em.find(
      Enrolment,
      { user: viewer.userId },
      { populate: ['courseVersion'], orderBy: { enrolledAt: 'desc' } },
    );
    return this.views(viewer, enrolments, locale);
  }

  async view(viewer: Viewer, enrolmentId: string, locale: string): Promise<EnrolmentView> {
    const [view] = await this.views(viewer, [await this.own(viewer, enrolmentId)], locale);
    return view!;
  }

  /** Builds views for several enrolments with one query for attempts and one for certificates. */
  private async views(viewer: Viewer, enrolments: Enrolment[], locale: string): Promise<EnrolmentView[]> {
    const ids = enrolments.map((e) => e.id);
    const [attempts, certificates, sequencing] = await Promise.all([
      ids.length ? this.em.find(Attempt, { enrolment: ids }, { orderBy: { updatedAt: 'desc' } }) : [],
      this.certificates.byEnrolment(viewer, ids),
      this.sequencingStates(ids),
    ]);
    return Promise.all(
      enrolments.map(async (enrolment) => {
        const content = await this.courses.content(enrolment.courseVersion.id);
        const own = attempts.filter((a) => a.enrolment.id === enrolment.id);
        return enrolmentView(enrolment, content, own, locale, certificates.get(enrolment.id) ?? null, sequencing.get(enrolment.id) ?? null);
      }),
    );
  }

  /** SCORM 2004 sequencing state per enrolment (progress/sequencing), for the engine to judge each view. */
  private async sequencingStates(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.em.execute<{ enrolmentId: string; state: string }[]>(
      `select enrolment_id as "enrolmentId", state from sequencing_state where enrolment_id in (${ids.map(() => '?').join(', ')})`,
      ids,
    );
    return new Map(rows.map((row) => [row.enrolmentId, row.state]));
  }
}
