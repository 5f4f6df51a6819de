import type { CourseContent, ModuleContent, UnitContent } from '../../course/course-content.js';
import type { ManifestItem, ScormManifest } from './manifest-types.js';

export interface PackageCourseInput {
  manifest: ScormManifest;
  packageId: string;
  warnings: string[];
  locale: string;
  estimatedMinutes: number;
  /** The launch path as stored in the package (letter case corrected), from the path the manifest gives. */
  storedPath: (launch: string) => string;
}

/** `scorm-<manifest identifier>` in kebab-case: re-uploading a changed package adds a version to the same course. */
export function packageCourseId(manifestIdentifier: string): string {
  const slug = manifestIdentifier
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `scorm-${slug || 'package'}`;
}

/** Unit ids must be kebab-case and unique; item identifiers are neither guaranteed. */
function unitIds(items: ManifestItem[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const item of items) {
    const base = packageCourseId(item.identifier).replace(/^scorm-/, 'sco-');
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
        launchData: item.launchData,
        prerequisites: item.prerequisites.map((p) => ids.get(p)).filter((p): p is string => Boolean(p)),
        contributesToRollup: item.contributesToRollup,
        itemId: item.identifier,
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
    description: { [locale]: manifest.title },
    estimatedMinutes: input.estimatedMinutes,
    outcomes: {},
    completion: 'all-units',
    mastery: { passMark: 0.75 },
    modules,
    scorm: {
      id: input.packageId,
      version: manifest.version,
      edition: manifest.edition,
      controlMode: manifest.controlMode,
      warnings: input.warnings,
    },
  };
}
