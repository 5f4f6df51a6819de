import type { LocalisedText } from './manifest-metadata.js';

/** What the platform understands of a SCORM package's imsmanifest.xml. */
export type ScormVersion = '1.2' | '2004';

/** SCORM 2004 sequencing control modes of a cluster (an item with children, or the organization). */
export interface ControlMode {
  /** The learner may pick any child from the table of contents. */
  choice: boolean;
  /** The learner may move to the previous/next child. */
  flow: boolean;
  /** Only forward moves (no going back to an earlier child). */
  forwardOnly: boolean;
}

/**
 * A global objective mapping (imsss:mapInfo, plus the 4th Edition's adlseq:mapInfo for scores and
 * completion): which parts of a local objective are read from, or written to, the shared objective
 * `targetObjectiveId`. Defaults as the standard gives them (reads true, writes false).
 */
export interface ObjectiveMap {
  targetObjectiveId: string;
  readSatisfiedStatus: boolean;
  readNormalizedMeasure: boolean;
  writeSatisfiedStatus: boolean;
  writeNormalizedMeasure: boolean;
  /** adlseq:mapInfo (4th Edition) flags that are true: readRawScore, writeCompletionStatus, readProgressMeasure, ... */
  extended: string[];
}

/**
 * An objective a SCO declares in imsss:objectives (the primary one and the others), kept in the
 * course content (`ScoUnit.objectives`). At launch every objective with an id is put into the
 * runtime as `cmi.objectives.n.id` (after those the attempt already stored, which keep their place),
 * so a SCO finds its objectives by id; what it writes there is stored in the attempt's CMI and loaded
 * back on resume. Global objectives (shared by SCOs) are keyed by `maps[].targetObjectiveId`: the
 * sequencing engine reads and writes them through these maps.
 */
export interface ManifestObjective {
  /** objectiveID; the primary objective may have none (it is then not in cmi.objectives). */
  id: string | null;
  primary: boolean;
  /** Satisfied by its measure (score) rather than by the status the SCO reports. */
  satisfiedByMeasure: boolean;
  /** imsss:minNormalizedMeasure (default 1.0). */
  minNormalizedMeasure: number;
  maps: ObjectiveMap[];
}

export interface ManifestItem {
  identifier: string;
  title: string;
  /**
   * For a SCO or asset: the launch address relative to the package root (the resource's xml:base
   * and href joined, with the item's `parameters` appended), e.g. `content/index.html?page=2`.
   * Null for a cluster (an item that only groups children).
   */
  launch: string | null;
  /** `sco` (talks to the runtime API) or `asset` (does not); null for a cluster. */
  scormType: 'sco' | 'asset' | null;
  /** The pass mark as a scaled score 0..1: SCORM 1.2 adlcp:masteryscore / 100, SCORM 2004 imsss:minNormalizedMeasure when satisfiedByMeasure="true". */
  masteryScore: number | null;
  /**
   * SCORM 2004 cmi.completion_threshold: adlcp:completionThreshold as a number (3rd Edition), or its
   * minProgressMeasure when completedByMeasure="true" (4th Edition). Null: the SCO's own status counts.
   */
  completionThreshold: number | null;
  /** SCORM 2004 imsss:objectives of this item (empty for SCORM 1.2 and for clusters' own). */
  objectives: ManifestObjective[];
  /**
   * SCORM 2004 imsss:deliveryControls completionSetByContent / objectiveSetByContent (default false):
   * when false, the platform sets completion / satisfaction when an attempt ends that the SCO left unset.
   */
  completionSetByContent: boolean;
  objectiveSetByContent: boolean;
  /** adlcp:datafromlms (1.2) / adlcp:dataFromLMS (2004): given to the SCO as cmi.launch_data. */
  launchData: string | null;
  /** adlcp:timelimitaction (1.2) / adlcp:timeLimitAction (2004), one of TIME_LIMIT_ACTIONS: given to the SCO. */
  timeLimitAction: string | null;
  /**
   * The time the SCO may take: SCORM 1.2 adlcp:maxtimeallowed (a timespan), SCORM 2004 imsss:limitConditions
   * attemptAbsoluteDurationLimit (an ISO 8601 duration); given to the SCO as (cmi.student_data.)max_time_allowed.
   */
  maxTimeAllowed: string | null;
  /**
   * Items (by identifier) that must be completed before this one can be launched: SCORM 1.2
   * adlcp:prerequisites (a plain list joined with & is supported), SCORM 2004 precondition rules
   * "disabled/hiddenFromChoice/skip if not satisfied/not completed" on a referenced objective or
   * activity that the parser can resolve to item identifiers.
   */
  prerequisites: string[];
  /** SCORM 2004: whether this item's result counts towards the course's success and score (rollup). */
  contributesToRollup: boolean;
  /** Control mode for this item's children (defaults: choice true, flow false, forwardOnly false). */
  controlMode: ControlMode;
  children: ManifestItem[];
}

export interface ScormManifest {
  version: ScormVersion;
  /** SCORM 2004 edition when the manifest says (schemaversion "2004 3rd Edition", "CAM 1.3", ...). */
  edition: '2nd' | '3rd' | '4th' | null;
  identifier: string;
  /** The default organization's title (falls back to the manifest identifier). */
  title: string;
  /**
   * LOM general/description of the package, in each language given: the manifest's metadata, else the
   * default organization's. Empty when neither has one inline (see `metadataFile`).
   */
  descriptions: LocalisedText[];
  /** The LOM file (adlcp:location) to read the description from when there is none inline, if it is in the package. */
  metadataFile: string | null;
  /** The default organization's control mode (for its top-level items). */
  controlMode: ControlMode;
  /** The default organization's top-level items, in order. */
  items: ManifestItem[];
}

export interface ManifestReport {
  /** Null when there are problems. */
  manifest: ScormManifest | null;
  /** What makes the package unusable, in words a trainer understands. Empty when usable. */
  problems: string[];
  /** What the platform will ignore or treat approximately (unsupported sequencing, for instance). */
  warnings: string[];
}
