import { extname } from 'node:path';
import { pickLocale, type CourseContent } from '../course/course-content.js';
import type { CourseProblem } from '../course/course-loader.js';
import type { PreviewCourseView, PreviewUnitView } from './draft-preview.types.js';
import type { CourseDraft } from './course-draft.entity.js';
import type { DraftView } from './authoring.types.js';
import type { FolderCheck } from './publish.service.js';

export function problemViews(problems: CourseProblem[]) {
  return problems.map((p) => ({ file: p.file, line: p.line ?? null, message: p.message, severity: p.severity }));
}

/** What the editor gets of a draft: its files, its media's addresses and what the loader says of them. */
export function draftView(draft: CourseDraft, check: FolderCheck, published: { version: number | null; withdrawn: boolean }): DraftView {
  return {
    courseId: draft.courseId,
    organisationName: draft.organisation.name,
    revision: draft.revision,
    updatedAt: draft.updatedAt,
    updatedBy: draft.updatedBy?.displayName ?? null,
    files: Object.entries(draft.files)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([path, text]) => ({ path, text })),
    media: Object.entries(draft.media).map(([path, m]) => ({
      path,
      size: m.size,
      url: `/media/${m.hash}${extname(path).toLowerCase()}`,
    })),
    problems: problemViews(check.problems),
    contentHash: check.loaded?.hash ?? null,
    publishedVersion: published.version,
    withdrawn: published.withdrawn,
  };
}

/** The loaded draft as a learner would read it in `locale` (falling back to the source language, as the player does). */
export function previewView(content: CourseContent, locale: string): PreviewCourseView {
  const served = content.locales.includes(locale) ? locale : content.sourceLocale;
  const pick = <T>(values: Record<string, T>) => pickLocale(values, served, content.sourceLocale);
  const units = content.modules.flatMap((module) =>
    module.units.map((unit): PreviewUnitView => {
      const view = pick(unit.locales);
      return {
        id: unit.id,
        moduleTitle: pick(module.title),
        type: view.type,
        title: view.title,
        html: view.html,
        prompt: view.type === 'reflection' ? view.prompt : null,
        questions: view.type === 'check' ? view.questions : [],
        choices: view.type === 'scenario' ? view.choices : [],
        media: view.type === 'lesson' ? view.media : [],
      };
    }),
  );
  return { locale: served, title: pick(content.title), description: pick(content.description), units };
}
