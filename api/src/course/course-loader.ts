import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Readable } from 'node:stream';
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
import { diskCourseFiles, type CourseFiles } from './course-files.js';
import { rawHtmlLines, renderMarkdown, type ImageResolver } from './markdown.js';

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
 * A media file a course uses, stored by the hash of its bytes (so unchanged files are stored once). Only a way to
 * open it is kept, not its bytes: a course may hold several videos of up to 200 MB, which are streamed when published.
 */
export interface CourseAsset {
  hash: string;
  fileName: string;
  contentType: string;
  size: number;
  open(): Promise<Readable>;
}

// Raster images only: SVG can carry scripts, so it is not accepted from course files.
export const IMAGE_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
};
export const MEDIA_TYPES = {
  video: { '.mp4': 'video/mp4', '.webm': 'video/webm' },
  audio: { '.mp3': 'audio/mpeg', '.m4a': 'audio/mp4', '.ogg': 'audio/ogg' },
} satisfies Record<string, Record<string, string>>;
export const CAPTION_TYPES: Record<string, string> = { '.vtt': 'text/vtt' };
const MB = 1024 * 1024;
/** The largest file of each sort a course may hold (the authoring upload applies the same limits). */
export const MAX_BYTES = { image: 5 * MB, clip: 200 * MB, captions: MB };

/**
 * Looks up a file in the course's media/ folder and collects it as an asset; returns its served
 * name, or a problem to report.
 */
type StoredFile = { problem: string } | { url: string; contentType: string };

async function storeMediaFile(
  files: CourseFiles,
  src: string,
  types: Record<string, string>,
  maxBytes: number,
  assets: Map<string, CourseAsset>,
): Promise<StoredFile> {
  if (!/^media\/[\w.-]+$/.test(src))
    return { problem: `"${src}" must be a file in this course's media/ folder, such as media/file${Object.keys(types)[0]}` };
  const extension = extname(src).toLowerCase();
  const contentType = types[extension];
  if (!contentType) return { problem: `"${src}" must be one of: ${Object.keys(types).join(', ')}` };
  const info = await files.media(src);
  if (info === null) return { problem: `file "${src}" does not exist` };
  if (info.size > maxBytes) return { problem: `"${src}" is larger than ${maxBytes / MB} MB` };
  const fileName = `${info.hash}${extension}`;
  assets.set(info.hash, { hash: info.hash, fileName, contentType, size: info.size, open: () => files.open(src) });
  return { url: `/media/${fileName}`, contentType };
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

/**
 * Checks each image a unit uses (alt text, a file in media/, a raster type) and collects it as an asset. Markdown is
 * rendered synchronously while files are looked up asynchronously, so images are found in a first pass and the
 * returned resolver hands out their addresses, in the same order, to the rendering pass.
 */
async function resolveImages(
  files: CourseFiles,
  body: string,
  file: string,
  bodyLine: number,
  problems: CourseProblem[],
  assets: Map<string, CourseAsset>,
): Promise<ImageResolver> {
  const found: { src: string; alt: string; line: number | undefined }[] = [];
  renderMarkdown(body, (src, alt, line) => (found.push({ src, alt, line }), null));
  const urls: (string | null)[] = [];
  for (const { src, alt, line } of found) {
    const at = line === undefined ? undefined : line + bodyLine;
    if (!alt.trim()) {
      const message = `image "${src}" needs alt text: a short description for people who cannot see it`;
      problems.push({ file, line: at, message, severity: 'error' });
      urls.push(null);
      continue;
    }
    const stored = await storeMediaFile(files, src, IMAGE_TYPES, MAX_BYTES.image, assets);
    if ('problem' in stored) problems.push({ file, line: at, message: `image ${stored.problem}`, severity: 'error' });
    urls.push('problem' in stored ? null : stored.url);
  }
  let next = 0;
  return () => urls[next++] ?? null;
}

type LessonFrontMatter = Extract<UnitFrontMatter, { type: 'lesson' }>;

/** A lesson's video and audio: files stored as assets, captions required for video, transcripts rendered. */
async function lessonMedia(
  files: CourseFiles,
  file: string,
  lesson: LessonFrontMatter,
  problems: CourseProblem[],
  assets: Map<string, CourseAsset>,
): Promise<MediaContent[]> {
  const media: MediaContent[] = [];
  for (const [index, clip] of lesson.media.entries()) {
    const report = (message: string) =>
      problems.push({ file, message: `media ${index + 1} ("${clip.title}"): ${message}`, severity: 'error' });
    const stored = await storeMediaFile(files, clip.src, MEDIA_TYPES[clip.kind], MAX_BYTES.clip, assets);
    if ('problem' in stored) {
      report(stored.problem);
      continue;
    }
    let captionsUrl: string | null = null;
    if (clip.captions) {
      const captions = await storeMediaFile(files, clip.captions, CAPTION_TYPES, MAX_BYTES.captions, assets);
      if ('problem' in captions) {
        report(`captions ${captions.problem}`);
        continue;
      }
      captionsUrl = captions.url;
    } else if (clip.kind === 'video') {
      report('a video needs captions: a WebVTT file in media/, e.g. captions: media/clip.en.vtt');
      continue;
    }
    const { kind, title } = clip;
    media.push({
      kind,
      title,
      url: stored.url,
      contentType: stored.contentType,
      captionsUrl,
      transcriptHtml: renderMarkdown(clip.transcript),
    });
  }
  return media;
}

/** Raw HTML stays impossible in course text: it is reported (not silently shown as text) so the writer can fix it. */
function reportRawHtml(body: string, file: string, bodyLine: number, problems: CourseProblem[]): void {
  for (const line of rawHtmlLines(body)) {
    const message = 'HTML is not allowed in course text; write it in Markdown (headings with ##, lists with -, links as [text](address))';
    problems.push({ file, line: line + 1 + bodyLine, message, severity: 'error' });
  }
}

async function loadUnitFile(
  files: CourseFiles,
  text: string,
  file: string,
  problems: CourseProblem[],
  assets: Map<string, CourseAsset>,
): Promise<UnitLocaleContent | undefined> {
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
  const body = match[2] ?? '';
  reportRawHtml(body, file, bodyLine, problems);
  const html = renderMarkdown(body, await resolveImages(files, body, file, bodyLine, problems, assets));
  if (front.type === 'lesson') return { ...front, media: await lessonMedia(files, file, front, problems, assets), html };
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
  files: CourseFiles,
  course: CourseFile,
  unitId: string,
  problems: CourseProblem[],
  warnings: CourseProblem[],
  assets: Map<string, CourseAsset>,
) {
  const locales: Record<string, UnitLocaleContent> = {};
  for (const locale of course.locales) {
    const display = files.display(`units/${unitId}.${locale}.md`);
    const text = await files.text(`units/${unitId}.${locale}.md`);
    if (text === null) {
      const target = locale === course.sourceLocale ? problems : warnings;
      const severity = locale === course.sourceLocale ? 'error' : 'warning';
      const message =
        severity === 'error'
          ? `unit "${unitId}" has no ${locale} file`
          : `missing ${locale} translation of unit "${unitId}"; learners will see ${course.sourceLocale}`;
      target.push({ file: display, message, severity });
      continue;
    }
    const unit = await loadUnitFile(files, text, display, problems, assets);
    if (unit) locales[locale] = unit;
  }
  const source = locales[course.sourceLocale];
  if (!source) return undefined;
  for (const [locale, unit] of Object.entries(locales)) {
    if (!sameStructure(source, unit)) {
      problems.push({
        file: files.display(`units/${unitId}.${locale}.md`),
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

/** Reads and checks one course folder on disk. Throws CourseProblems listing every error found. */
export function loadCourse(dir: string): Promise<LoadedCourse> {
  return loadCourseFiles(diskCourseFiles(dir));
}

/** Reads and checks a course folder wherever its files are (disk or a draft). Throws CourseProblems listing every error found. */
export async function loadCourseFiles(files: CourseFiles): Promise<LoadedCourse> {
  const file = files.display('course.yaml');
  const problems: CourseProblem[] = [];
  const warnings: CourseProblem[] = [];
  const text = await files.text('course.yaml');
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
      const unit = await loadUnit(files, course, unitId, problems, warnings, assets);
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
