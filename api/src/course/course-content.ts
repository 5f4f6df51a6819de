import { z } from 'zod';
import type { SequencingDefinition } from '../unit-kinds/sco/sequencing-definition.js';
import type { ManifestObjective } from '../scorm/import/manifest-types.js';

/**
 * The shape of a course as written in `courses/<id>/` (see courses/README.md) and as stored, parsed
 * and rendered, in each CourseVersion. Unit bodies are stored as HTML rendered from Markdown.
 */
// A BCP 47 language, optionally with a script (zh-Hant) and a region (pt-BR).
const localeCode = z.string().regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/, 'must be a language code such as en, fr or zh-Hant');
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (lower-case letters, digits and dashes)');
const localized = z.record(localeCode, z.string().min(1));

export const courseFileSchema = z.object({
  id,
  sourceLocale: localeCode,
  locales: z.array(localeCode).min(1),
  title: localized,
  description: localized,
  audience: localized.optional(),
  estimatedMinutes: z.number().int().positive(),
  outcomes: z.record(localeCode, z.array(z.string().min(1))).default({}),
  completion: z.enum(['all-units']).default('all-units'),
  mastery: z.object({ passMark: z.number().min(0).max(1) }).default({ passMark: 0.75 }),
  modules: z
    .array(z.object({ id, title: localized, units: z.array(id).min(1) }))
    .min(1)
    .refine((ms) => new Set(ms.map((m) => m.id)).size === ms.length, 'module ids must differ'),
  // Where each translation stands (courses/README.md): a draft until a fluent speaker has reviewed it.
  translationStatus: z.record(localeCode, z.enum(['draft', 'reviewed'])).optional(),
});
export type CourseFile = z.infer<typeof courseFileSchema>;

const option = z.object({ id: z.string().min(1), text: z.string().min(1), correct: z.boolean(), feedback: z.string().min(1) });
const question = z
  .object({
    id: z.string().min(1),
    kind: z.enum(['single', 'multiple']),
    prompt: z.string().min(1),
    options: z.array(option).min(2),
  })
  .superRefine((q, context) => {
    // A question nobody can get right (or a single-answer one with two right answers) is a writing slip, caught here.
    const right = q.options.filter((o) => o.correct).length;
    if (q.kind === 'single' && right !== 1)
      context.addIssue({ code: 'custom', path: ['options'], message: 'a single-answer question needs exactly one correct option' });
    if (q.kind === 'multiple' && right < 1)
      context.addIssue({ code: 'custom', path: ['options'], message: 'a question needs at least one correct option' });
    const ids = q.options.map((o) => o.id);
    if (new Set(ids).size !== ids.length) context.addIssue({ code: 'custom', path: ['options'], message: 'option ids must differ' });
  });
const choice = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  consequence: z.string().min(1),
  best: z.boolean().default(false),
});

export const unitFrontMatterSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('lesson'),
    title: z.string().min(1),
    media: z
      .array(
        z.object({
          kind: z.enum(['video', 'audio']),
          src: z.string().min(1),
          title: z.string().min(1),
          /** WebVTT captions; required for video. */
          captions: z.string().optional(),
          /** The full text of what is said, for people who cannot or prefer not to listen. */
          transcript: z.string().min(1),
        }),
      )
      .default([]),
  }),
  z.object({
    type: z.literal('check'),
    title: z.string().min(1),
    passMark: z.number().min(0).max(1).optional(),
    questions: z
      .array(question)
      .min(1)
      .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, 'question ids must differ'),
  }),
  z.object({ type: z.literal('reflection'), title: z.string().min(1), prompt: z.string().min(1) }),
  z.object({ type: z.literal('scenario'), title: z.string().min(1), choices: z.array(choice).min(2) }),
]);
export type UnitFrontMatter = z.infer<typeof unitFrontMatterSchema>;

/** A SCO (or asset) of an imported SCORM package, launched from the content origin. */
export interface ScoUnit {
  type: 'sco';
  title: string;
  /** Relative to the package root, with the item's parameters, e.g. `course/index.html?lang=en`. */
  launch: string;
  /** Assets do not talk to the runtime; opening them completes them. */
  scormType: 'sco' | 'asset';
  /** The pass mark as a scaled score; with one, the unit counts as done only when passed. */
  masteryScore: number | null;
  /** SCORM 2004 cmi.completion_threshold; absent in versions imported before it was read. */
  completionThreshold?: number | null;
  /** The SCO's manifest objectives, put into cmi.objectives at launch (shape: scorm/import/manifest-types.ts). */
  objectives?: ManifestObjective[];
  launchData: string | null;
  /** Given to the SCO as cmi.time_limit_action / cmi.max_time_allowed (absent in versions imported before). */
  timeLimitAction?: string | null;
  maxTimeAllowed?: string | null;
  /** Units that must be done before this one can be opened. */
  prerequisites: string[];
  /** Whether the unit's result counts towards the course's result (SCORM 2004 rollup). */
  contributesToRollup: boolean;
  /** The manifest item's identifier: the SCORM 2004 activity this unit delivers (absent in courses imported before). */
  itemId?: string;
  /**
   * SCORM 2004 delivery controls: whether the SCO itself sets completion / satisfaction. When false (the
   * default, and in versions stored before they were read) the platform sets them at the attempt's end.
   */
  completionSetByContent?: boolean;
  objectiveSetByContent?: boolean;
}

export type UnitType = UnitFrontMatter['type'] | 'sco';

/** One unit in one language: its front matter plus the body rendered to HTML. */
/** A video or audio clip as stored: served addresses instead of file paths, transcript rendered. */
export interface MediaContent {
  kind: 'video' | 'audio';
  title: string;
  url: string;
  contentType: string;
  captionsUrl: string | null;
  transcriptHtml: string;
}

export type UnitLocaleContent = (
  | Exclude<UnitFrontMatter, { type: 'lesson' }>
  | (Omit<Extract<UnitFrontMatter, { type: 'lesson' }>, 'media'> & { media: MediaContent[] })
  | ScoUnit
) & {
  html: string;
};

export interface UnitContent {
  id: string;
  type: UnitType;
  /** Keyed by locale; always holds the course's source locale. */
  locales: Record<string, UnitLocaleContent>;
}

export interface ModuleContent {
  id: string;
  title: Record<string, string>;
  units: UnitContent[];
}

/** Where an imported course came from: the package's files are kept under `packages/<id>/`. */
export interface ScormPackageInfo {
  /** SHA-256 of the uploaded zip. */
  id: string;
  version: '1.2' | '2004';
  edition: string | null;
  /** The manifest's identifier (absent in versions imported before it was kept). */
  manifestIdentifier?: string;
  /** How the learner may move between units (SCORM 2004 control modes; SCORM 1.2 is free choice). */
  controlMode: { choice: boolean; flow: boolean; forwardOnly: boolean };
  warnings: string[];
  /** SCORM 2004: the activity tree with every sequencing definition, for the sequencing engine (absent before it was kept). */
  sequencing?: SequencingDefinition;
}

export type CourseContent = Omit<CourseFile, 'modules'> & { modules: ModuleContent[]; scorm?: ScormPackageInfo };

/** Picks the text for `locale`, falling back to the course's source language. */
export function pickLocale<T>(values: Record<string, T>, locale: string, sourceLocale: string): T {
  const value = values[locale] ?? values[sourceLocale];
  if (value === undefined) throw new Error(`no text in ${locale} or the source locale ${sourceLocale}`);
  return value;
}

export function allUnits(content: Pick<CourseContent, 'modules'>): UnitContent[] {
  return content.modules.flatMap((module) => module.units);
}
