import {
  allUnits,
  pickLocale,
  type CourseContent,
  type MediaContent,
  type UnitContent,
  type UnitLocaleContent,
} from '../../course/course-content.js';
import type { ExportFormat, ExportInput } from './export-input.js';
import { fill, type Strings } from './export-strings.js';
import { escapeXml } from './xml-escape.js';

/** Writes the course as one accessible HTML page (with its data for the player script) and its style sheet. */
const MEDIA_FILE = /^[\w-]+(\.[\w-]+)+$/;

export interface CourseData {
  format: ExportFormat;
  /** The course's pass mark (scaled), for the success status and score. */
  passMark: number;
  units: { id: string; type: string }[];
  checks: Record<
    string,
    {
      passMark: number;
      questions: { id: string; kind: 'single' | 'multiple'; options: { id: string; correct: boolean; feedback: string }[] }[];
    }
  >;
  scenarios: Record<string, { choices: { id: string; best: boolean; consequence: string }[] }>;
  strings: Strings;
}

type LessonText = Extract<UnitLocaleContent, { type: 'lesson' }>;
type CheckText = Extract<UnitLocaleContent, { type: 'check' }>;
type ReflectionText = Extract<UnitLocaleContent, { type: 'reflection' }>;
type ScenarioText = Extract<UnitLocaleContent, { type: 'scenario' }>;

/** State shared while the page is written: the media files it links to and unique element ids. */
export interface Page {
  strings: Strings;
  media: Set<string>;
  nextId: number;
}

function nextId(page: Page, prefix: string): string {
  page.nextId += 1;
  return `${prefix}${page.nextId}`;
}

/** `/media/<file>` as a path inside the package, remembering the file; other addresses are kept. */
function packageUrl(url: string, page: Page): string {
  const name = url.startsWith('/media/') ? url.slice('/media/'.length) : null;
  if (name === null || !MEDIA_FILE.test(name)) return url;
  page.media.add(name);
  return `media/${name}`;
}

/** Rendered Markdown links images and files as `/media/<file>`; the package serves them relative to the page. */
function packageHtml(html: string, page: Page): string {
  return html.replace(
    /(\s(?:src|href|poster)=")(\/media\/[^"]+)"/g,
    (_match, before: string, url: string) => `${before}${packageUrl(url, page)}"`,
  );
}

function langAttribute(unit: UnitContent, locale: string, sourceLocale: string): string {
  return unit.locales[locale] ? '' : ` lang="${escapeXml(sourceLocale)}"`;
}

function renderMedia(clip: MediaContent, locale: string, page: Page): string {
  const src = escapeXml(packageUrl(clip.url, page));
  const track = clip.captionsUrl
    ? `<track kind="captions" src="${escapeXml(packageUrl(clip.captionsUrl, page))}" srclang="${escapeXml(locale)}" label="${escapeXml(page.strings.captions)}" default>`
    : '';
  const player = `<${clip.kind} controls preload="metadata"><source src="${src}" type="${escapeXml(clip.contentType)}">${track}</${clip.kind}>`;
  return `<figure class="media">
<figcaption>${escapeXml(clip.title)}</figcaption>
${player}
<details class="transcript"><summary>${escapeXml(page.strings.transcript)}</summary>
${packageHtml(clip.transcriptHtml, page)}
</details>
</figure>`;
}

function renderLesson(text: LessonText, locale: string, page: Page): string {
  return [...text.media.map((clip) => renderMedia(clip, locale, page)), packageHtml(text.html, page)].join('\n');
}

function renderQuestion(question: CheckText['questions'][number], index: number, page: Page): string {
  const name = nextId(page, 'q');
  const type = question.kind === 'multiple' ? 'checkbox' : 'radio';
  const options = question.options.map((option) => {
    const feedbackId = nextId(page, 'f');
    return `<div class="option">
<label><input type="${type}" name="${name}" value="${escapeXml(option.id)}" aria-describedby="${feedbackId}"> ${escapeXml(option.text)}</label>
<p class="feedback" id="${feedbackId}" hidden></p>
</div>`;
  });
  return `<fieldset class="question" data-question="${escapeXml(question.id)}">
<legend>${index + 1}. ${escapeXml(question.prompt)}</legend>
${options.join('\n')}
<p class="verdict" hidden></p>
</fieldset>`;
}

function renderCheck(text: CheckText, page: Page): string {
  return `${packageHtml(text.html, page)}
<form class="check" novalidate>
${text.questions.map((question, index) => renderQuestion(question, index, page)).join('\n')}
<noscript><p>${escapeXml(page.strings.needsScript)}</p></noscript>
<p><button type="submit">${escapeXml(page.strings.checkAnswers)}</button></p>
<p class="result" role="status"></p>
</form>`;
}

function renderScenario(text: ScenarioText, page: Page): string {
  const name = nextId(page, 's');
  const choices = text.choices.map(
    (choice) =>
      `<div class="option"><label><input type="radio" name="${name}" value="${escapeXml(choice.id)}"> ${escapeXml(choice.text)}</label></div>`,
  );
  return `${packageHtml(text.html, page)}
<form class="scenario" novalidate>
<fieldset>
<legend>${escapeXml(page.strings.whatWouldYouDo)}</legend>
${choices.join('\n')}
</fieldset>
<noscript><p>${escapeXml(page.strings.needsScript)}</p></noscript>
<p><button type="submit">${escapeXml(page.strings.choose)}</button></p>
<div class="consequence" role="status"></div>
</form>`;
}

function renderReflection(text: ReflectionText, page: Page): string {
  const id = nextId(page, 'r');
  return `${packageHtml(text.html, page)}
<div class="reflection">
<label for="${id}">${escapeXml(text.prompt)}</label>
<textarea id="${id}" rows="8" aria-describedby="${id}-note"></textarea>
<p class="note" id="${id}-note">${escapeXml(page.strings.reflectionNote)}</p>
</div>`;
}

function renderBody(text: UnitLocaleContent, locale: string, page: Page): string {
  switch (text.type) {
    case 'lesson':
      return renderLesson(text, locale, page);
    case 'check':
      return renderCheck(text, page);
    case 'scenario':
      return renderScenario(text, page);
    case 'reflection':
      return renderReflection(text, page);
    case 'sco':
      throw new Error('a unit made of an imported SCORM package cannot be exported');
  }
}

function renderUnit(
  content: CourseContent,
  unit: UnitContent,
  position: { n: number; total: number; module: string | null },
  locale: string,
  page: Page,
): string {
  const text = pickLocale(unit.locales, locale, content.sourceLocale);
  const textLocale = unit.locales[locale] ? locale : content.sourceLocale;
  const headingId = `unit-${escapeXml(unit.id)}-title`;
  const part =
    fill(page.strings.part, { n: position.n, total: position.total }) + (position.module ? ` · ${escapeXml(position.module)}` : '');
  return `<section id="unit-${escapeXml(unit.id)}" data-unit="${escapeXml(unit.id)}" data-type="${escapeXml(unit.type)}" aria-labelledby="${headingId}"${langAttribute(unit, locale, content.sourceLocale)}>
<p class="part">${part}</p>
<h2 id="${headingId}" tabindex="-1">${escapeXml(text.title)}</h2>
${renderBody(text, textLocale, page)}
</section>`;
}

function courseData(content: CourseContent, locale: string, format: ExportFormat, strings: Strings): CourseData {
  const data: CourseData = { format, passMark: content.mastery.passMark, units: [], checks: {}, scenarios: {}, strings };
  for (const unit of allUnits(content)) {
    data.units.push({ id: unit.id, type: unit.type });
    const text = pickLocale(unit.locales, locale, content.sourceLocale);
    if (text.type === 'check') {
      data.checks[unit.id] = {
        passMark: text.passMark ?? content.mastery.passMark,
        questions: text.questions.map(({ id, kind, options }) => ({
          id,
          kind,
          options: options.map(({ id: optionId, correct, feedback }) => ({ id: optionId, correct, feedback })),
        })),
      };
    } else if (text.type === 'scenario') {
      data.scenarios[unit.id] = { choices: text.choices.map(({ id, best, consequence }) => ({ id, best, consequence })) };
    }
  }
  return data;
}

/** JSON that cannot end its <script> element early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function renderPage(input: ExportInput, page: Page): string {
  const { content, locale } = input;
  const title = pickLocale(content.title, locale, content.sourceLocale);
  const description = pickLocale(content.description, locale, content.sourceLocale);
  const units = content.modules.flatMap((module) => module.units.map((unit) => ({ unit, module })));
  const sections = units.map(({ unit, module }, index) => {
    const moduleTitle = content.modules.length > 1 ? pickLocale(module.title, locale, content.sourceLocale) : null;
    return renderUnit(content, unit, { n: index + 1, total: units.length, module: moduleTitle }, locale, page);
  });
  const data = courseData(content, locale, input.format, page.strings);
  return `<!DOCTYPE html>
<html lang="${escapeXml(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(title)}</title>
<link rel="stylesheet" href="style.css">
<script src="player.js" defer></script>
</head>
<body>
<main>
<h1>${escapeXml(title)}</h1>
<p class="description">${escapeXml(description)}</p>
${sections.join('\n')}
<nav class="pager" aria-label="${escapeXml(page.strings.navigation)}" hidden>
<button type="button" data-nav="previous">${escapeXml(page.strings.previous)}</button>
<button type="button" data-nav="next">${escapeXml(page.strings.next)}</button>
</nav>
<p class="course-status" role="status"></p>
</main>
<script type="application/json" id="course-data">${scriptJson(data)}</script>
</body>
</html>
`;
}

export const STYLE = `:root {
  color-scheme: light;
  --text: #1b1b1f;
  --muted: #4a4a55;
  --accent: #0b5cad;
  --right: #146c2e;
  --wrong: #a3261b;
  --line: #c9c9d2;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { font-size: 100%; }
body {
  margin: 0;
  padding: 1.5rem 1rem 4rem;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  line-height: 1.6;
  color: var(--text);
  background: #fff;
}
main { max-width: 45rem; margin: 0 auto; }
h1, h2, h3 { line-height: 1.25; }
h2:focus { outline: none; }
img, video { max-width: 100%; height: auto; }
a { color: var(--accent); }
section { padding-bottom: 1.5rem; border-bottom: 1px solid var(--line); margin-bottom: 1.5rem; }
.part, .description, .note { color: var(--muted); }
.part { margin-bottom: 0; font-size: 0.95rem; }
.callout { border-left: 4px solid var(--accent); padding: 0.5rem 1rem; background: #f2f6fb; margin: 1rem 0; }
.callout-warning { border-color: #8a5a00; background: #fdf7ec; }
figure.media { margin: 1.5rem 0; }
figcaption { font-weight: 600; margin-bottom: 0.5rem; }
audio { width: 100%; }
details.transcript { margin-top: 0.5rem; }
fieldset { border: 1px solid var(--line); border-radius: 0.5rem; margin: 1rem 0; padding: 0.75rem 1rem; }
legend { font-weight: 600; padding: 0 0.25rem; }
.option { margin: 0.5rem 0; }
.option label { display: flex; gap: 0.6rem; align-items: baseline; cursor: pointer; }
.feedback, .verdict { margin: 0.25rem 0 0.5rem 1.8rem; }
.right { color: var(--right); }
.wrong { color: var(--wrong); }
.verdict { font-weight: 600; }
textarea { display: block; width: 100%; margin: 0.5rem 0; font: inherit; padding: 0.5rem; border: 1px solid var(--muted); border-radius: 0.25rem; }
button {
  font: inherit;
  padding: 0.55rem 1.2rem;
  border-radius: 0.35rem;
  border: 2px solid var(--accent);
  background: var(--accent);
  color: #fff;
  cursor: pointer;
}
button[data-nav='previous'] { background: #fff; color: var(--accent); }
button:disabled { opacity: 0.45; cursor: not-allowed; }
.pager { display: flex; justify-content: space-between; gap: 1rem; margin: 2rem 0 1rem; }
.course-status { font-weight: 600; color: var(--right); }
:focus-visible { outline: 3px solid #e07b00; outline-offset: 2px; }
@media (prefers-reduced-motion: no-preference) { html { scroll-behavior: smooth; } }
`;
