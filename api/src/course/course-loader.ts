import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import {
  courseFileSchema,
  unitFrontMatterSchema,
  type CourseContent,
  type CourseFile,
  type ModuleContent,
  type UnitContent,
  type MediaContent,
  type UnitFrontMatter,
  type UnitLocaleContent,
} from './course-content.js';
import { renderMarkdown, type ImageResolver } from './markdown.js';

/** A problem in a course's files, pointing at the file and, where known, the line. */
export interface CourseProblem {
  file: string;
  line?: number;
  message: string;
  /** Warnings (such as a missing translation) do not stop publishing; errors do. */
  severity: 'error' | 'warning';
}

export class CourseProblems extends Error {
  constructor(readonly problems: CourseProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'CourseProblems';
  }
}

export function formatProblem(problem: CourseProblem): string {
  return `${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.severity}: ${problem.message}`;
}

/**
 * A media file a course uses, stored by the hash of its bytes (so unchanged files are stored once). Only its place on
 * disk is kept, not its bytes: a course may hold several videos of up to 200 MB, which are streamed when published.
 */
export interface CourseAsset {
  hash: string;
  fileName: string;
  contentType: string;
  path: string;
  size: number;
}

// Raster images only: SVG can carry scripts, so it is not accepted from course files.
const IMAGE_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
};
const MEDIA_TYPES = {
  video: { '.mp4': 'video/mp4', '.webm': 'video/webm' },
  audio: { '.mp3': 'audio/mpeg', '.m4a': 'audio/mp4', '.ogg': 'audio/ogg' },
} satisfies Record<string, Record<string, string>>;
const CAPTION_TYPES: Record<string, string> = { '.vtt': 'text/vtt' };
const MB = 1024 * 1024;

/**
 * Reads a file from the course's media/ folder and collects it as an asset; returns its served
 * name, or a problem to report.
 */
type StoredFile = { problem: string } | { url: string; contentType: string };

function storeMediaFile(
  dir: string,
  src: string,
  types: Record<string, string>,
  maxBytes: number,
  assets: Map<string, CourseAsset>,
): StoredFile {
  if (!/^media\/[\w.-]+$/.test(src))
    return { problem: `"${src}" must be a file in this course's media/ folder, such as media/file${Object.keys(types)[0]}` };
  const extension = extname(src).toLowerCase();
  const contentType = types[extension];
  if (!contentType) return { problem: `"${src}" must be one of: ${Object.keys(types).join(', ')}` };
  const path = join(dir, src);
  const size = fileSize(path);
  if (size === null) return { problem: `file "${src}" does not exist` };
  if (size > maxBytes) return { problem: `"${src}" is larger than ${maxBytes / MB} MB` };
  const hash = sha256Of(path);
  const fileName = `${hash}${extension}`;
  assets.set(hash, { hash, fileName, contentType, path, size });
  return { url: `/media/${fileName}`, contentType };
}

function fileSize(path: string): number | null {
  try {
    const info = statSync(path);
    return info.isFile() ? info.size : null;
  } catch {
    return null;
  }
}

/** The file's SHA-256, read a megabyte at a time rather than whole. */
function sha256Of(path: string): string {
  const hash = createHash('sha256');
  const chunk = Buffer.alloc(MB);
  const fd = openSync(path, 'r');
  try {
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) hash.update(chunk.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

export interface LoadedCourse {
  content: CourseContent;
  assets: CourseAsset[];
  /** SHA-256 of the parsed content: equal files give an equal hash, so unchanged courses are not re-published. */
  hash: string;
  warnings: CourseProblem[];
}

interface YamlSource {
  doc: Document;
  lines: LineCounter;
  file: string;
  /** Line offset of the YAML inside its file (front matter starts after the opening `---`). */
  offset: number;
}

function parseYaml(text: string, file: string, offset = 0): { source: YamlSource; problems: CourseProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const problems = doc.errors.map((error) => ({
    file,
    line: (error.linePos?.[0].line ?? 0) + offset || undefined,
    message: error.message.split('\n')[0] ?? error.message,
    severity: 'error' as const,
  }));
  return { source: { doc, lines, file, offset }, problems };
}

function lineAt(source: YamlSource, path: PropertyKey[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = source.doc.getIn(path.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && node.range) return source.lines.linePos(node.range[0]).line + source.offset;
  }
  return undefined;
}

function validate<S extends z.ZodType>(schema: S, source: YamlSource, problems: CourseProblem[]): z.infer<S> | undefined {
  const result = schema.safeParse(source.doc.toJS());
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    problems.push({ file: source.file, line: lineAt(source, issue.path), message: `${where}${issue.message}`, severity: 'error' });
  }
  return undefined;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Checks each image a unit uses (alt text, a file in media/, a raster type) and collects it as an asset. */
function imageResolver(
  dir: string,
  file: string,
  bodyLine: number,
  problems: CourseProblem[],
  assets: Map<string, CourseAsset>,
): ImageResolver {
  return (src, alt, line) => {
    const at = line === undefined ? undefined : line + bodyLine;
    if (!alt.trim()) {
      problems.push({
        file,
        line: at,
        message: `image "${src}" needs alt text: a short description for people who cannot see it`,
        severity: 'error',
      });
      return null;
    }
    const stored = storeMediaFile(dir, src, IMAGE_TYPES, 5 * MB, assets);
    if ('problem' in stored) {
      problems.push({ file, line: at, message: `image ${stored.problem}`, severity: 'error' });
      return null;
    }
    return stored.url;
  };
}

type LessonFrontMatter = Extract<UnitFrontMatter, { type: 'lesson' }>;

/** A lesson's video and audio: files stored as assets, captions required for video, transcripts rendered. */
function lessonMedia(
  dir: string,
  file: string,
  lesson: LessonFrontMatter,
  problems: CourseProblem[],
  assets: Map<string, CourseAsset>,
): MediaContent[] {
  return lesson.media.flatMap((clip, index): MediaContent[] => {
    const report = (message: string) =>
      problems.push({ file, message: `media ${index + 1} ("${clip.title}"): ${message}`, severity: 'error' });
    const stored = storeMediaFile(dir, clip.src, MEDIA_TYPES[clip.kind], 200 * MB, assets);
    if ('problem' in stored) return (report(stored.problem), []);
    let captionsUrl: string | null = null;
    if (clip.captions) {
      const captions = storeMediaFile(dir, clip.captions, CAPTION_TYPES, MB, assets);
      if ('problem' in captions) return (report(`captions ${captions.problem}`), []);
      captionsUrl = captions.url;
    } else if (clip.kind === 'video') {
      return (report('a video needs captions: a WebVTT file in media/, e.g. captions: media/clip.en.vtt'), []);
    }
    return [
      {
        kind: clip.kind,
        title: clip.title,
        url: stored.url,
        contentType: stored.contentType,
        captionsUrl,
        transcriptHtml: renderMarkdown(clip.transcript),
      },
    ];
  });
}

async function loadUnitFile(
  dir: string,
  path: string,
  file: string,
  problems: CourseProblem[],
  assets: Map<string, CourseAsset>,
): Promise<UnitLocaleContent | undefined> {
  const text = await readFile(path, 'utf8');
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    problems.push({ file, line: 1, message: 'a unit file must start with front matter between two "---" lines', severity: 'error' });
    return undefined;
  }
  const parsed = parseYaml(match[1] ?? '', file, 1);
  problems.push(...parsed.problems);
  if (parsed.problems.length) return undefined;
  const front = validate(unitFrontMatterSchema, parsed.source, problems);
  if (!front) return undefined;
  const bodyLine = (match[1] ?? '').split('\n').length + 2;
  const html = renderMarkdown(match[2] ?? '', imageResolver(dir, file, bodyLine, problems, assets));
  if (front.type === 'lesson') return { ...front, media: lessonMedia(dir, file, front, problems, assets), html };
  return { ...front, html };
}

function sameStructure(a: UnitLocaleContent, b: UnitLocaleContent): boolean {
  if (a.type !== b.type) return false;
  const shape = (unit: UnitLocaleContent) =>
    unit.type === 'check'
      ? JSON.stringify(unit.questions.map((q) => [q.id, q.kind, q.options.map((o) => [o.id, o.correct])]))
      : unit.type === 'scenario'
        ? JSON.stringify(unit.choices.map((c) => [c.id, c.best]))
        : '';
  return shape(a) === shape(b);
}

async function loadUnit(
  dir: string,
  course: CourseFile,
  unitId: string,
  problems: CourseProblem[],
  warnings: CourseProblem[],
  assets: Map<string, CourseAsset>,
) {
  const locales: Record<string, UnitLocaleContent> = {};
  for (const locale of course.locales) {
    const file = join('units', `${unitId}.${locale}.md`);
    const path = join(dir, file);
    const exists = await readFile(path).then(
      () => true,
      () => false,
    );
    const display = join(relative(process.cwd(), dir), file);
    if (!exists) {
      const target = locale === course.sourceLocale ? problems : warnings;
      const severity = locale === course.sourceLocale ? 'error' : 'warning';
      const message =
        severity === 'error'
          ? `unit "${unitId}" has no ${locale} file`
          : `missing ${locale} translation of unit "${unitId}"; learners will see ${course.sourceLocale}`;
      target.push({ file: display, message, severity });
      continue;
    }
    const unit = await loadUnitFile(dir, path, display, problems, assets);
    if (unit) locales[locale] = unit;
  }
  const source = locales[course.sourceLocale];
  if (!source) return undefined;
  for (const [locale, unit] of Object.entries(locales)) {
    if (!sameStructure(source, unit)) {
      problems.push({
        file: join(relative(process.cwd(), dir), 'units', `${unitId}.${locale}.md`),
        message: `the ${locale} version differs from the ${course.sourceLocale} one in type, ids or answers`,
        severity: 'error',
      });
    }
  }
  return { id: unitId, type: source.type, locales } satisfies UnitContent;
}

function checkTranslations(course: CourseFile, file: string, warnings: CourseProblem[]) {
  const texts: [string, Record<string, unknown>][] = [
    ['title', course.title],
    ['description', course.description],
    ...course.modules.map((m): [string, Record<string, unknown>] => [`module ${m.id} title`, m.title]),
  ];
  for (const locale of course.locales) {
    for (const [name, values] of texts) {
      if (values[locale] === undefined) warnings.push({ file, message: `missing ${locale} translation of ${name}`, severity: 'warning' });
    }
  }
}

function checkIds(course: CourseFile, file: string, problems: CourseProblem[]) {
  const seen = new Set<string>();
  for (const unitId of course.modules.flatMap((m) => m.units)) {
    if (seen.has(unitId)) problems.push({ file, message: `unit "${unitId}" is listed more than once`, severity: 'error' });
    seen.add(unitId);
  }
  if (!course.locales.includes(course.sourceLocale)) {
    problems.push({ file, message: `sourceLocale "${course.sourceLocale}" must be one of locales`, severity: 'error' });
  }
}

/** Reads and checks one course folder. Throws CourseProblems listing every error found. */
export async function loadCourse(dir: string): Promise<LoadedCourse> {
  const file = join(relative(process.cwd(), dir), 'course.yaml');
  const problems: CourseProblem[] = [];
  const warnings: CourseProblem[] = [];
  const text = await readFile(join(dir, 'course.yaml'), 'utf8').catch(() => null);
  if (text === null) throw new CourseProblems([{ file, message: 'course.yaml is missing', severity: 'error' }]);
  const parsed = parseYaml(text, file);
  if (parsed.problems.length) throw new CourseProblems(parsed.problems);
  const course = validate(courseFileSchema, parsed.source, problems);
  if (!course) throw new CourseProblems(problems);
  checkIds(course, file, problems);
  checkTranslations(course, file, warnings);

  const modules: ModuleContent[] = [];
  const assets = new Map<string, CourseAsset>();
  for (const module of course.modules) {
    const units: UnitContent[] = [];
    for (const unitId of module.units) {
      const unit = await loadUnit(dir, course, unitId, problems, warnings, assets);
      if (unit) units.push(unit);
    }
    modules.push({ id: module.id, title: module.title, units });
  }
  if (problems.length) throw new CourseProblems([...problems, ...warnings]);
  const content: CourseContent = { ...course, modules };
  const hash = createHash('sha256').update(JSON.stringify(content)).digest('hex');
  return { content, hash, warnings, assets: [...assets.values()] };
}

/** The course folders under `root`: every directory holding a course.yaml. */
export async function listCourseDirs(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true });
  const dirs: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const candidate = join(root, entry.name);
    const hasCourse = await readFile(join(candidate, 'course.yaml')).then(
      () => true,
      () => false,
    );
    if (hasCourse) dirs.push(candidate);
  }
  return dirs.sort();
}
