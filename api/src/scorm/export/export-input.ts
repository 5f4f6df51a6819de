import type { CourseContent } from '../../course/course-content.js';

/**
 * Exports a native course as a single-SCO SCORM package, so that it can run, and report completion,
 * success and score, in another LMS. The page is static HTML that reads well without JavaScript; the
 * player script (runtime/export-player.ts) adds one-unit-at-a-time navigation, scoring and tracking.
 */
export type ExportFormat = 'scorm12' | 'scorm2004';

export interface ExportInput {
  content: CourseContent;
  version: number;
  locale: string;
  format: ExportFormat;
  /** The compiled browser player (dist/scorm/runtime/export-player.js). */
  playerScript: string;
  /** The bytes of a stored course file, by its name under /media/; null when it is missing. */
  media: (fileName: string) => Promise<Buffer | null>;
}
