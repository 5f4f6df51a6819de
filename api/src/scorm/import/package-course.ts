import { createHash } from 'node:crypto';
import type { CourseContent, ModuleContent, UnitContent } from '../../course/course-content.js';
import { pickDescription, type LocalisedText } from './manifest-metadata.js';
import type { ManifestItem, ScormManifest } from './manifest-types.js';

export interface PackageCourseInput {
  manifest: ScormManifest;
  packageId: string;
  warnings: string[];
  locale: string;
  estimatedMinutes: number;
  /** The description read from the manifest's metadata file, when it has none inline. */
  descriptions?: LocalisedText[];
  /** The launch path as stored in the package (letter case corrected), from the path the manifest gives. */
  storedPath: (launch: string) => string;
}

const MAX_SLUG = 60;

/**
 * An identifier in kebab-case, readable and unique: a slug that is the identifier's own letters when
 * short, and, when it had to be cut at MAX_SLUG characters, ends in a hash of the whole identifier, so
 * that two identifiers differing only after the cut never become one.
 */
export function identifierSlug(identifier: string): string {
  const slug = identifier
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug;
  const hash = createHash('sha256').update(identifier).digest('hex').slice(0, 10);
  return `${slug.slice(0, MAX_SLUG - hash.length - 1).replace(/-+$/, '')}-${hash}`;
}

/**
 * `scorm-<manifest identifier>` in kebab-case: re-uploading a changed package adds a version to the same
 * course. Ids of versions published before long identifiers were hashed are those cut at 60 characters
 * (`legacyPackageCourseId`); the importer keeps publishing to such a course (see chooseCourseId).
 */
export function packageCourseId(manifestIdentifier: string): string {
  return `scorm-${identifierSlug(manifestIdentifier) || 'package'}`;
}

/** The id earlier versions gave: the slug cut at 60 characters. */
export function legacyPackageCourseId(manifestIdentifier: string): string {
  const slug = manifestIdentifier
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
  return `scorm-${slug || 'package'}`;
}

/** The course id of a package's other SCORM version's variant, when that one took the plain id first. */
export function variantCourseId(courseId: string, version: '1.2' | '2004'): string {
  return `${courseId}-scorm-${version === '1.2' ? '12' : '2004'}`;
}

/** Unit ids must be kebab-case and unique; item identifiers are neither guaranteed. */
function unitIds(items: ManifestItem[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const item of items) {
    const base = `sco-${identifierSlug(item.identifier) || 'package'}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    ids.set(item.identifier, id);
  }
  return ids;
}

function leaves(item: ManifestItem): ManifestItem[] {
  return item.launch ? [item] : item.children.flatMap(leaves);
}

function unitOf(item: ManifestItem, ids: Map<string, string>, input: PackageCourseInput): UnitContent {
  const launch = item.launch ?? '';
  const [path = '', query = ''] = launch.split(/(?=[?#])/, 2);
  return {
    id: ids.get(item.identifier)!,
    type: 'sco',
    locales: {
      [input.locale]: {
        type: 'sco',
        title: item.title,
        html: '',
        launch: input.storedPath(path) + query,
        scormType: item.scormType ?? 'sco',
        masteryScore: item.masteryScore,
        completionThreshold: item.completionThreshold,
        objectives: item.objectives,
        launchData: item.launchData,
        prerequisites: item.prerequisites.map((p) => ids.get(p)).filter((p): p is string => Boolean(p)),
        contributesToRollup: item.contributesToRollup,
        itemId: item.identifier,
        completionSetByContent: item.completionSetByContent,
        objectiveSetByContent: item.objectiveSetByContent,
      },
    },
  };
}

/**
 * A package as a course: each top-level cluster becomes a module of its launchable items; runs of
 * top-level launchable items are gathered into a module named after the course.
 */
export function packageCourse(input: PackageCourseInput): CourseContent {
  const { manifest, locale } = input;
  const ids = unitIds(manifest.items.flatMap(leaves));
  const modules: ModuleContent[] = [];
  for (const item of manifest.items) {
    const units = leaves(item).map((leaf) => unitOf(leaf, ids, input));
    if (!units.length) continue;
    const last = modules.at(-1);
    if (item.launch && last?.id.startsWith('module-loose')) last.units.push(...units);
    else
      modules.push({
        id: item.launch ? `module-loose-${modules.length + 1}` : `module-${modules.length + 1}`,
        title: { [locale]: item.launch ? manifest.title : item.title },
        units,
      });
  }
  return {
    id: packageCourseId(manifest.identifier),
    sourceLocale: locale,
    locales: [locale],
    title: { [locale]: manifest.title },
    // The manifest's LOM description when it has one; the title otherwise (the catalogue needs some text).
    description: { [locale]: pickDescription(input.descriptions ?? manifest.descriptions, locale) ?? manifest.title },
    estimatedMinutes: input.estimatedMinutes,
    outcomes: {},
    completion: 'all-units',
    mastery: { passMark: 0.75 },
    modules,
    scorm: {
      id: input.packageId,
      version: manifest.version,
      edition: manifest.edition,
      manifestIdentifier: manifest.identifier,
      controlMode: manifest.controlMode,
      warnings: input.warnings,
    },
  };
}
