import * as scormAgain from 'scorm-again';
import type { ActivityDefinition, SequencingDefinition } from './sequencing-definition.js';

/** What the platform reads of scorm-again's activities (its Activity class is not exported). */
interface EngineActivity {
  id: string;
  title: string;
  isVisible: boolean;
  isActive: boolean;
  isSuspended: boolean;
  isHiddenFromChoice: boolean;
  attemptCount: number;
  completionStatus: string;
  successStatus: string;
  objectiveMeasureStatus: boolean;
  objectiveNormalizedMeasure: number;
  children: EngineActivity[];
  parent: EngineActivity | null;
  getAvailableChildren(): EngineActivity[];
}

interface SequencingProcess {
  predictChoiceEnabled(activityId: string): boolean;
  predictContinueEnabled(): boolean;
  predictPreviousEnabled(): boolean;
}

interface SequencingService {
  getSequencingState(): {
    currentActivity: EngineActivity | null;
    rootActivity: EngineActivity;
    lastSequencingResult: { exception?: string | null } | null;
  };
  getOverallSequencingProcess(): SequencingProcess | null;
}

/**
 * The parts of scorm-again's Scorm2004API the engine uses. Its declarations do not resolve under
 * NodeNext (extensionless imports), so the shape the platform relies on is written down here.
 */
interface HeadlessRuntime {
  Initialize(parameter: string): string;
  Terminate(parameter: string): string;
  SetValue(element: string, value: string): string;
  processNavigationRequest(request: string, targetActivityId?: string): boolean;
  getSequencingService(): SequencingService | null;
  serializeSequencingState(): string;
  deserializeSequencingState(state: string): boolean;
}
type RuntimeConstructor = new (settings: Record<string, unknown>) => HeadlessRuntime;

/** The navigation requests a learner (or a SCO's adl.nav.request) may make of the platform. */
export const NAVIGATION_REQUESTS = ['start', 'resumeAll', 'continue', 'previous', 'choice', 'jump', 'exitAll', 'suspendAll'] as const;
export type NavigationRequest = (typeof NAVIGATION_REQUESTS)[number];

export interface ActivityStatus {
  id: string;
  /** Shown in the table of contents (isvisible, not hidden from choice, selected by random selection). */
  visible: boolean;
  /** The learner may open it now from the table of contents. */
  enabled: boolean;
  completionStatus: string;
  successStatus: string;
  attemptCount: number;
}

export interface CourseStatus {
  completionStatus: string;
  successStatus: string;
  scoreScaled: number | null;
}

/** The CMI values of a SCO's attempt, under their SCORM 2004 names, that sequencing reads when the attempt ends. */
const RESULT_ELEMENTS =
  /^cmi\.(completion_status|success_status|exit|progress_measure|score\.(scaled|raw|min|max)|objectives\.\d+\.(id|success_status|completion_status|progress_measure|score\.(scaled|raw|min|max)))$/;

function quietly<T>(run: () => T): T {
  // The library reports restores and deliveries with console.debug; the api logs through its own logger.
  const debug = console.debug;
  console.debug = () => undefined;
  try {
    return run();
  } finally {
    console.debug = debug;
  }
}

/**
 * scorm-again's SCORM 2004 sequencing and navigation (the overall sequencing process, rollup, global
 * objectives, selection and randomisation, limit conditions), run headless on the server over one
 * enrolment's persisted state. The platform decides here what a learner may open and what the course's
 * result is, so that no client can unlock or complete what the package's rules forbid.
 */
export class SequencingEngine {
  /** A run-time API takes one Initialize/Terminate; a second SCO session gets a fresh one over the same state. */
  private terminated = false;

  private constructor(
    private readonly definition: SequencingDefinition,
    private api: HeadlessRuntime,
  ) {}

  static open(definition: SequencingDefinition, state: string | null): SequencingEngine {
    return new SequencingEngine(definition, SequencingEngine.runtime(definition, state));
  }

  private static runtime(definition: SequencingDefinition, state: string | null): HeadlessRuntime {
    return quietly(() => {
      const Runtime = (scormAgain as unknown as { Scorm2004API: RuntimeConstructor }).Scorm2004API;
      const api = new Runtime({
        lmsCommitUrl: false,
        autocommit: false,
        logLevel: 5,
        sequencing: { activityTree: structuredClone(definition.activityTree) },
      });
      if (state && !api.deserializeSequencingState(state)) throw new Error('the stored sequencing state could not be restored');
      return api;
    });
  }

  private get service() {
    const service = this.api.getSequencingService();
    if (!service) throw new Error('the package has no activity tree');
    return service;
  }

  private get root(): EngineActivity {
    return this.service.getSequencingState().rootActivity;
  }

  /** The activity the learner was last given, and whether it is still open (its attempt not ended). */
  current(): { id: string; active: boolean } | null {
    const activity = this.service.getSequencingState().currentActivity;
    return activity ? { id: activity.id, active: activity.isActive } : null;
  }

  /** The activity a suspended session resumes at, if the learner suspended. */
  suspended(): string | null {
    const find = (activity: EngineActivity): string | null =>
      activity.children.length === 0 && activity.isSuspended ? activity.id : (activity.children.map(find).find(Boolean) ?? null);
    return find(this.root);
  }

  /**
   * Ends the open activity's attempt with what its SCO stored (the run-time to sequencing data transfer,
   * delivery controls, exit rules and rollup), as the SCO's Terminate would.
   */
  endCurrent(cmi: Record<string, string>): void {
    const current = this.current();
    if (!current?.active) return;
    if (this.terminated) this.api = SequencingEngine.runtime(this.definition, this.serialize());
    this.terminated = true;
    quietly(() => {
      this.api.Initialize('');
      for (const [element, value] of Object.entries(cmi)) if (RESULT_ELEMENTS.test(element)) this.api.SetValue(element, value);
      this.api.Terminate('');
    });
  }

  /** Processes a navigation request; returns the activity delivered, if any. */
  navigate(request: NavigationRequest, target?: string): { delivered: string | null; exception: string | null } {
    if (request === 'choice' && target && !this.choiceAllowedTo(target)) return { delivered: null, exception: 'NB.2.1-10' };
    const before = this.current();
    const accepted = quietly(() => this.api.processNavigationRequest(request, target));
    const result = this.service.getSequencingState().lastSequencingResult;
    const now = this.current();
    const delivered = accepted && now?.active && (now.id !== before?.id || !before.active) ? now.id : null;
    return { delivered, exception: delivered ? null : (result?.exception ?? (accepted ? null : 'refused')) };
  }

  /**
   * SCORM 2004 SN NB.2.1 (choice): the request is not valid when any cluster on the path to the target
   * turns choice off. scorm-again skips this check before the session has a current activity (3.4.3), so
   * a first choice could open any activity of a forced-order course; the platform checks it here.
   */
  private choiceAllowedTo(target: string): boolean {
    const path = (activity: ActivityDefinition, trail: ActivityDefinition[]): ActivityDefinition[] | null =>
      activity.id === target ? trail : ((activity.children ?? []).map((child) => path(child, [...trail, activity])).find(Boolean) ?? null);
    const clusters = path(this.definition.activityTree, []);
    return clusters !== null && clusters.every((cluster) => cluster.sequencingControls?.choice !== false);
  }

  /** Every leaf activity (SCO or asset) in tree order, with what the learner may do with it now. */
  activities(): ActivityStatus[] {
    const process = this.service.getOverallSequencingProcess();
    const leaves: ActivityStatus[] = [];
    const walk = (activity: EngineActivity, shown: boolean) => {
      const available = activity.parent ? activity.parent.getAvailableChildren().includes(activity) : true;
      const visible = shown && available && activity.isVisible && !activity.isHiddenFromChoice;
      if (activity.children.length) activity.children.forEach((child) => walk(child, visible));
      else
        leaves.push({
          id: activity.id,
          visible,
          enabled: visible && this.choiceAllowedTo(activity.id) && (process?.predictChoiceEnabled(activity.id) ?? false),
          completionStatus: activity.completionStatus,
          successStatus: activity.successStatus,
          attemptCount: activity.attemptCount,
        });
    };
    walk(this.root, true);
    return leaves;
  }

  /** Whether continue and previous are possible from where the learner is. */
  flow(): { continue: boolean; previous: boolean } {
    const process = this.service.getOverallSequencingProcess();
    return { continue: process?.predictContinueEnabled() ?? false, previous: process?.predictPreviousEnabled() ?? false };
  }

  /** The course's rolled-up result (the root activity's). */
  course(): CourseStatus {
    const root = this.root;
    return {
      completionStatus: root.completionStatus,
      successStatus: root.successStatus,
      scoreScaled: root.objectiveMeasureStatus ? root.objectiveNormalizedMeasure : null,
    };
  }

  serialize(): string {
    return this.api.serializeSequencingState();
  }
}
