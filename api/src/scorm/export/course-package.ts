import { allUnits, pickLocale } from '../../course/course-content.js';
import type { ExportInput } from './export-input.js';
import { stringsFor } from './export-strings.js';
import { manifest12, manifest2004 } from './manifests.js';
import { renderPage, STYLE, type Page } from './page-renderer.js';
import { zipBuffer, type ZipEntry } from './zip-writer.js';

export type { ExportFormat, ExportInput } from './export-input.js';
export type { CourseData } from './page-renderer.js';

/** A native course as a single-SCO SCORM zip: the page, the player, the style sheet, the media it links to, and the manifest. */
export async function coursePackage(input: ExportInput): Promise<Buffer> {
  const { content, locale } = input;
  if (content.scorm || allUnits(content).some((unit) => unit.type === 'sco')) {
    throw new Error('only native courses can be exported as SCORM; this course was imported from a SCORM package');
  }
  const page: Page = { strings: stringsFor(locale), media: new Set(), nextId: 0 };
  const html = renderPage(input, page);
  const files: ZipEntry[] = [
    { path: 'index.html', data: Buffer.from(html), compress: true },
    { path: 'player.js', data: Buffer.from(input.playerScript), compress: true },
    { path: 'style.css', data: Buffer.from(STYLE), compress: true },
  ];
  for (const name of [...page.media].sort()) {
    const data = await input.media(name);
    // Already-compressed media (images, video) gains nothing from deflate.
    if (data) files.push({ path: `media/${name}`, data, compress: false });
  }
  const title = pickLocale(content.title, locale, content.sourceLocale);
  const paths = files.map((file) => file.path);
  const manifest = input.format === 'scorm12' ? manifest12(input, title, paths) : manifest2004(input, title, paths);
  return zipBuffer([{ path: 'imsmanifest.xml', data: Buffer.from(manifest), compress: true }, ...files]);
}
