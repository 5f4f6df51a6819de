/**
 * A package's SCORM 2004 sequencing definitions in the shape scorm-again's `sequencing.activityTree`
 * setting takes (names as in IMS Simple Sequencing), kept as plain JSON in the course content. Typed
 * here because the library's own declarations do not resolve under NodeNext (extensionless imports).
 */
export interface RuleConditionDefinition {
  condition: string;
  operator: 'not' | 'noOp';
  referencedObjective?: string;
  parameters?: { threshold: number };
}

export interface RuleDefinition {
  action: string;
  conditionCombination: 'all' | 'any';
  conditions: RuleConditionDefinition[];
}

export interface RollupRuleDefinition {
  action: string;
  consideration: string;
  minimumCount?: number;
  minimumPercent?: number;
  conditionCombination: 'all' | 'any';
  conditions: { condition: string; operator: 'not' | 'noOp' }[];
}

export interface ObjectiveDefinition {
  objectiveID: string;
  isPrimary: boolean;
  satisfiedByMeasure: boolean;
  minNormalizedMeasure?: number;
  mapInfo: Record<string, string | boolean>[];
}

export interface SequencingPart {
  primaryObjective?: ObjectiveDefinition;
  objectives?: ObjectiveDefinition[];
  sequencingControls?: Record<string, string | number | boolean>;
  sequencingRules?: { preConditionRules: RuleDefinition[]; exitConditionRules: RuleDefinition[]; postConditionRules: RuleDefinition[] };
  rollupRules?: { rules: RollupRuleDefinition[] };
  rollupConsiderations?: Record<string, string | boolean>;
  attemptLimit?: number;
  attemptAbsoluteDurationLimit?: string;
}

export interface ActivityDefinition extends SequencingPart {
  /** The manifest item's identifier (the organization's for the root). */
  id: string;
  title: string;
  isVisible: boolean;
  children?: ActivityDefinition[];
  completionThreshold?: { completedByMeasure?: boolean; minProgressMeasure?: number; progressWeight?: number };
  timeLimitAction?: string;
  sharedDataMaps?: { targetID: string; readSharedData: boolean; writeSharedData: boolean }[];
  hideLmsUi?: string[];
}

/** A package's activity tree: activity ids are the manifest's item identifiers. */
export interface SequencingDefinition {
  activityTree: ActivityDefinition;
}
