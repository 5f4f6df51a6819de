import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { notFound } from '../common/domain-error.js';
import { allUnits, pickLocale, type CourseContent } from '../course/course-content.js';
import { CourseService } from '../course/course.service.js';
import { EnrolmentService } from '../enrolment/enrolment.service.js';
import { ContentLinks, HOST_PAGE } from '../scorm/content/content-links.js';
import { runtimeState } from '../scorm/content/runtime-state.js';
import type { Attempt } from '../tracking/attempt.entity.js';
import { attemptView, TrackingService } from '../tracking/tracking.service.js';
import type { UnitLaunch, UnitView } from '../tracking/tracking.types.js';
import { blockedBy, unitTitles } from './sequencing.js';
import { doneUnits, unitStates } from './unit-progress.js';
import { unitView } from './unit-view.js';

/** Opens a unit for the learner: their attempt (created on first launch), the unit's view, and what locks it. */
@Injectable()
export class LaunchService {
  constructor(
    private readonly courses: CourseService,
    private readonly enrolments: EnrolmentService,
    private readonly tracking: TrackingService,
    private readonly links: ContentLinks,
  ) {}

  async launch(viewer: Viewer, enrolmentId: string, unitId: string, locale: string): Promise<UnitLaunch> {
    const enrolment = await this.enrolments.own(viewer, enrolmentId);
    const content = await this.courses.content(enrolment.courseVersion.id);
    const served = content.locales.includes(locale) ? locale : content.sourceLocale;
    const unit = unitView(content, unitId, served);
    if (!unit) throw notFound('That unit');
    const attempt = await this.tracking.openAttempt(enrolment.id, unitId);
    if (content.scorm) this.applySequencing(content, unit, await this.tracking.attemptsOf(enrolment.id), served);
    if (!unit.blockedBy.length) this.addScoLaunch(viewer, content, unit, attempt, served);
    return {
      enrolmentId,
      courseTitle: pickLocale(content.title, served, content.sourceLocale),
      locale: served,
      unit,
      attempt: attemptView(attempt),
    };
  }

  private applySequencing(content: CourseContent, unit: UnitView, attempts: Attempt[], locale: string) {
    unit.blockedBy = unitTitles(content, blockedBy(content, unit.id, doneUnits(content, unitStates(attempts))), locale);
    // SCORM 2004 forwardOnly: the package does not let the learner go back.
    if (content.scorm?.controlMode.forwardOnly) unit.previousUnitId = null;
  }

  /** A SCO runs on the content origin, from a signed address, with the run-time state it resumes from. */
  private addScoLaunch(viewer: Viewer, content: CourseContent, unit: UnitView, attempt: Attempt, locale: string) {
    const sco = pickLocale(allUnits(content).find((u) => u.id === unit.id)!.locales, locale, content.sourceLocale);
    if (sco.type !== 'sco' || !content.scorm) return;
    const { version, id: packageId } = content.scorm;
    const state = runtimeState(version, sco, attempt, { id: viewer.userId, name: viewer.displayName });
    const launch = new URLSearchParams({ sco: sco.launch, v: version });
    unit.sco = {
      scormVersion: version,
      launchUrl: `${this.links.launchUrl(packageId)}${HOST_PAGE}?${launch.toString()}`,
      contentOrigin: this.links.contentOrigin,
      runtimeState: Object.entries(state).map(([element, value]) => ({ element, value })),
    };
  }
}
