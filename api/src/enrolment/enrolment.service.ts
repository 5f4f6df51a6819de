import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { CertificateService } from '../certificate/certificate.service.js';
import { notFound } from '../common/domain-error.js';
import { pickLocale, type CourseContent } from '../course/course-content.js';
import { CourseService } from '../course/course.service.js';
import { Attempt } from '../tracking/attempt.entity.js';
import { blockedBy, rollup } from '../scorm/sequencing.js';
import { doneUnits, unitStates } from '../tracking/unit-progress.js';
import { Enrolment } from './enrolment.entity.js';
import type { EnrolmentView, UnitProgressView } from './enrolment.types.js';

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
    const version = await this.courses.latestVersionOf(courseId);
    const candidate = this.em.create(Enrolment, { user: viewer.userId, course: courseId, courseVersion: version.id }, { persist: false });
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
    const [attempts, certificates] = await Promise.all([
      ids.length ? this.em.find(Attempt, { enrolment: ids }, { orderBy: { updatedAt: 'desc' } }) : [],
      this.certificates.byEnrolment(viewer, ids),
    ]);
    return Promise.all(
      enrolments.map(async (enrolment) => {
        const content = await this.courses.content(enrolment.courseVersion.id);
        const own = attempts.filter((a) => a.enrolment.id === enrolment.id);
        return enrolmentView(enrolment, content, own, locale, certificates.get(enrolment.id) ?? null);
      }),
    );
  }
}

function enrolmentView(
  enrolment: Enrolment,
  content: CourseContent,
  attempts: Attempt[],
  locale: string,
  certificate: EnrolmentView['certificate'],
): EnrolmentView {
  const served = content.locales.includes(locale) ? locale : content.sourceLocale;
  const byUnit = new Map(attempts.map((a) => [a.unitId, a]));
  const states = unitStates(attempts);
  const done = doneUnits(content, states);
  const units: UnitProgressView[] = content.modules.flatMap((module) =>
    module.units.map((unit) => ({
      unitId: unit.id,
      type: unit.type,
      title: pickLocale(unit.locales, served, content.sourceLocale).title,
      moduleTitle: pickLocale(module.title, served, content.sourceLocale),
      completionStatus: byUnit.get(unit.id)?.completionStatus ?? 'not attempted',
      complete: done.has(unit.id),
      available: blockedBy(content, unit.id, done).length === 0,
    })),
  );
  const result = rollup(content, states);
  // Resume where the learner was last working, else at the first unit not yet complete.
  // (Opening a unit alone does not count: the player loads the next unit ahead of time.)
  const lastTouched = attempts.find((a) => a.seq > 0 && units.some((u) => u.unitId === a.unitId && !u.complete));
  const resumeUnitId = lastTouched?.unitId ?? units.find((u) => !u.complete && u.available)?.unitId ?? null;
  return {
    id: enrolment.id,
    courseId: content.id,
    courseTitle: pickLocale(content.title, served, content.sourceLocale),
    courseVersion: enrolment.courseVersion.version,
    locale: served,
    enrolledAt: enrolment.enrolledAt,
    completedAt: enrolment.completedAt ?? null,
    completedUnits: units.filter((u) => u.complete).length,
    totalUnits: units.length,
    resumeUnitId,
    successStatus: result.successStatus,
    scoreScaled: result.scoreScaled,
    units,
    certificate,
  };
}
