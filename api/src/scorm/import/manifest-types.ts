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
  /** adlcp:datafromlms (1.2) / adlcp:dataFromLMS (2004): given to the SCO as cmi.launch_data. */
  launchData: string | null;
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
