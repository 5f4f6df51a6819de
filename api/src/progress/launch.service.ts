import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { invalidInput, notFound } from '../common/domain-error.js';
import { allUnits, pickLocale, type CourseContent } from '../course/course-content.js';
import { CourseService } from '../course/course.service.js';
import { EnrolmentService } from '../enrolment/enrolment.service.js';
import { ContentLinks, HOST_PAGE } from '../scorm/content/content-links.js';
import { runtimeState } from '../scorm/content/runtime-state.js';
import type { Attempt } from '../tracking/attempt.entity.js';
import { attemptView, TrackingService } from '../tracking/tracking.service.js';
import type { UnitLaunch, UnitView } from '../tracking/tracking.types.js';
import { sharedDataMaps } from '../unit-kinds/sco/shared-data-maps.js';
import { CompletionService } from './completion.service.js';
import { ProgressService } from './progress.service.js';
import { blockedBy, cmiOfAttempts, lockedBecause, unitTitles } from './sequencing.js';
import { activityMap } from './sequencing/course-sequencing.js';
import { navigationValidityElements } from './sequencing/navigation-validity.js';
import type { NavigationResult } from './sequencing/navigation.types.js';
import { parseNavigationRequest } from './sequencing/sco-navigation-request.js';
import { SequencingService } from './sequencing/sequencing.service.js';
import { SharedDataService } from './shared-data/shared-data.service.js';
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
    private readonly sequencing: SequencingService,
    private readonly completion: CompletionService,
    private readonly progress: ProgressService,
    private readonly sharedData: SharedDataService,
  ) {}

  async launch(viewer: Viewer, enrolmentId: string, unitId: string, locale: string): Promise<UnitLaunch> {
    const enrolment = await this.enrolments.own(viewer, enrolmentId);
    const content = await this.courses.content(enrolment.courseVersion.id);
    const served = content.locales.includes(locale) ? locale : content.sourceLocale;
    const unit = unitView(content, unitId, served);
    if (!unit) throw notFound('That unit');
    let attempt = await this.tracking.openAttempt(enrolment.id, unitId);
    if (content.scorm) await this.applySequencing(enrolment.id, content, unit, await this.tracking.attemptsOf(enrolment.id), served);
    // Read again: a new attempt the sequencing started (a retry) has cleared the last one's results.
    if (unit.sequenced) attempt = await this.tracking.openAttempt(enrolment.id, unitId);
    // What the kind sets on opening (an asset is complete once opened), once the unit is open to the learner.
    const unitContent = allUnits(content).find((u) => u.id === unitId)!;
    if (!unit.blockedBy.length && (await this.progress.atLaunch(viewer, unitContent, attempt)))
      attempt = await this.tracking.openAttempt(enrolment.id, unitId);
    if (!unit.blockedBy.length) await this.addScoLaunch(viewer, enrolment.id, content, unit, attempt, served);
    return {
      enrolmentId,
      courseTitle: pickLocale(content.title, served, content.sourceLocale),
      locale: served,
      unit,
      attempt: attemptView(attempt),
    };
  }

  /**
   * A navigation request from the learner (continue, previous, a jump or a choice from the table of
   * contents, exitAll, suspendAll) or from the SCO they are in (adl.nav.request), decided by sequencing.
   */
  async navigate(viewer: Viewer, enrolmentId: string, request: string, targetUnitId: string | null): Promise<NavigationResult> {
    const parsed = parseNavigationRequest(request);
    if (!parsed) throw invalidInput('NAVIGATION_UNKNOWN', `"${request}" is not a navigation request this platform knows.`, { request });
    const enrolment = await this.enrolments.own(viewer, enrolmentId);
    const content = await this.courses.content(enrolment.courseVersion.id);
    const map = activityMap(content);
    if (!map) throw invalidInput('NAVIGATION_NOT_SEQUENCED', 'This course has no SCORM 2004 sequencing to navigate.');
    // A SCO names its target by the manifest item; the platform's pages by the unit.
    const target = parsed.targetActivityId !== null ? (map.unitOf.get(parsed.targetActivityId) ?? null) : targetUnitId;
    if (parsed.targetActivityId !== null && target === null) throw notFound('That activity');
    if (target !== null && !allUnits(content).some((u) => u.id === target)) throw notFound('That unit');
    const attempts = await this.tracking.attemptsOf(enrolment.id);
    const delivery = await this.sequencing.navigate(enrolment.id, content, parsed.request, target, cmiOfAttempts(attempts));
    const sessionEnded = parsed.request === 'exitAll' || parsed.request === 'suspendAll';
    const courseCompleted = await this.completion.evaluate(enrolment.id);
    return { unitId: delivery.unitId, sessionEnded, refused: !sessionEnded && !delivery.unitId, courseCompleted };
  }

  private async applySequencing(enrolmentId: string, content: CourseContent, unit: UnitView, attempts: Attempt[], locale: string) {
    if (!activityMap(content)) {
      unit.blockedBy = unitTitles(content, blockedBy(content, unit.id, doneUnits(content, unitStates(attempts))), locale);
      // SCORM 2004 forwardOnly: the package does not let the learner go back.
      if (content.scorm?.controlMode.forwardOnly) unit.previousUnitId = null;
      return;
    }
    // SCORM 2004: opening a unit is a navigation request (choice, or continue/previous in a flow-only course) the engine grants or refuses.
    const delivery = await this.sequencing.open(enrolmentId, content, unit.id, cmiOfAttempts(attempts));
    const view = await this.sequencing.view(enrolmentId, content, cmiOfAttempts(attempts));
    const visible = (id: string) => view?.units.get(id)?.visible ?? true;
    if (delivery.unitId !== unit.id) unit.blockedBy = lockedBecause(content, unit.id, attempts, locale, visible);
    unit.sequenced = true;
    if (!view?.flow.previous) unit.previousUnitId = null;
    if (!view?.flow.continue) unit.nextUnitId = null;
  }

  /** A SCO runs on the content origin, from a signed address, with the run-time state it resumes from. */
  private async addScoLaunch(
    viewer: Viewer,
    enrolmentId: string,
    content: CourseContent,
    unit: UnitView,
    attempt: Attempt,
    locale: string,
  ) {
    const unitContent = allUnits(content).find((u) => u.id === unit.id)!;
    const sco = pickLocale(unitContent.locales, locale, content.sourceLocale);
    if (sco.type !== 'sco' || !content.scorm) return;
    const { version, id: packageId } = content.scorm;
    const state = {
      ...runtimeState(version, sco, attempt, { id: viewer.userId, name: viewer.displayName }),
      ...(unit.sequenced ? await this.navigationValidity(enrolmentId, content) : {}),
      ...(await this.sharedData.elementsFor(enrolmentId, sharedDataMaps(content, unitContent))),
    };
    const launch = new URLSearchParams({ sco: sco.launch, v: version });
    unit.sco = {
      scormVersion: version,
      // The commit token travels in the fragment: never sent to a server, so never in a log.
      launchUrl: `${this.links.launchUrl(packageId)}${HOST_PAGE}?${launch.toString()}#commit=${this.links.commitToken(attempt.id, viewer.userId)}`,
      contentOrigin: this.links.contentOrigin,
      runtimeState: Object.entries(state).map(([element, value]) => ({ element, value })),
    };
  }

  /** The engine's answers to the SCO's adl.nav.request_valid, from the state the delivery of this unit left. */
  private async navigationValidity(enrolmentId: string, content: CourseContent): Promise<Record<string, string>> {
    const validity = await this.sequencing.validity(enrolmentId, content, cmiOfAttempts(await this.tracking.attemptsOf(enrolmentId)));
    return validity ? navigationValidityElements(validity) : {};
  }
}
