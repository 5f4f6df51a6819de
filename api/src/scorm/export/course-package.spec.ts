import { describe, expect, it } from 'vitest';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { CourseContent } from '../../course/course-content.js';
import { parseManifest } from '../import/manifest.js';
import { coursePackage, type CourseData, type ExportFormat } from './course-package.js';

const IMAGE = `${'ab12'.repeat(16)}.png`;
const IMAGE_BYTES = Buffer.from('not really a png');
const VIDEO = `${'cd34'.repeat(16)}.mp4`;
const CAPTIONS = `${'ef56'.repeat(16)}.vtt`;

function course(): CourseContent {
  return {
    id: 'talking-together',
    sourceLocale: 'en',
    locales: ['en', 'fr'],
    title: { en: 'Talking <together>', fr: 'Parler ensemble' },
    description: { en: 'A short course.', fr: 'Un cours court.' },
    estimatedMinutes: 10,
    outcomes: {},
    completion: 'all-units',
    mastery: { passMark: 0.75 },
    modules: [
      {
        id: 'basics',
        title: { en: 'Basics', fr: 'Les bases' },
        units: [
          {
            id: 'welcome',
            type: 'lesson',
            locales: {
              en: {
                type: 'lesson',
                title: 'Welcome',
                media: [
                  {
                    kind: 'video',
                    title: 'A story',
                    url: `/media/${VIDEO}`,
                    contentType: 'video/mp4',
                    captionsUrl: `/media/${CAPTIONS}`,
                    transcriptHtml: '<p>What was said.</p>',
                  },
                ],
                html: `<p>Hello.</p>\n<p><img src="/media/${IMAGE}" alt="A map" loading="lazy"></p>`,
              },
              fr: {
                type: 'lesson',
                title: 'Bienvenue',
                media: [],
                html: `<p>Bonjour.</p>\n<p><img src="/media/${IMAGE}" alt="Une carte" loading="lazy"></p>`,
              },
            },
          },
          {
            id: 'quiz',
            type: 'check',
            locales: {
              en: {
                type: 'check',
                title: 'Quick check',
                html: '<p>Two questions.</p>',
                questions: [
                  {
                    id: 'q1',
                    kind: 'single',
                    prompt: 'Which is kind?',
                    options: [
                      { id: 'a', text: 'Listening', correct: true, feedback: 'Yes.' },
                      { id: 'b', text: 'Interrupting', correct: false, feedback: 'No: </script> it is not.' },
                    ],
                  },
                  {
                    id: 'q2',
                    kind: 'multiple',
                    prompt: 'Which help?',
                    options: [
                      { id: 'a', text: 'Asking', correct: true, feedback: 'Yes.' },
                      { id: 'b', text: 'Naming it', correct: true, feedback: 'Yes.' },
                      { id: 'c', text: 'Ignoring', correct: false, feedback: 'No.' },
                    ],
                  },
                ],
              },
            },
          },
        ],
      },
      {
        id: 'practice',
        title: { en: 'Practice', fr: 'Pratique' },
        units: [
          {
            id: 'think',
            type: 'reflection',
            locales: { en: { type: 'reflection', title: 'Think', prompt: 'What did you notice?', html: '<p>Take a moment.</p>' } },
          },
          {
            id: 'meeting',
            type: 'scenario',
            locales: {
              en: {
                type: 'scenario',
                title: 'At the meeting',
                html: '<p>Someone makes a joke.</p>',
                choices: [
                  { id: 'speak', text: 'Speak up', consequence: 'The room listens.', best: true },
                  { id: 'wait', text: 'Say nothing', consequence: 'It happens again.', best: false },
                ],
              },
            },
          },
        ],
      },
    ],
  };
}

function readEntry(zip: ZipFile, entry: Entry): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(error);
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    }),
  );
}

function unzip(buffer: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const files = new Map<string, Buffer>();
      zip.on('error', reject);
      zip.on('end', () => resolve(files));
      zip.on('entry', (entry: Entry) => {
        readEntry(zip, entry)
          .then((data) => {
            files.set(entry.fileName, data);
            zip.readEntry();
          })
          .catch(reject);
      });
      zip.readEntry();
    }),
  );
}

async function exported(format: ExportFormat, locale = 'en') {
  const requested: string[] = [];
  const zip = await coursePackage({
    content: course(),
    version: 3,
    locale,
    format,
    playerScript: 'console.log(1)',
    media: (name) => {
      requested.push(name);
      // The captions file is missing: the package is still built, without it.
      return Promise.resolve(name === IMAGE ? IMAGE_BYTES : name === VIDEO ? Buffer.from('video') : null);
    },
  });
  const files = await unzip(zip);
  const text = (path: string) => files.get(path)?.toString('utf8') ?? '';
  return { files, text, requested, html: text('index.html') };
}

function courseData(html: string): CourseData {
  const json = /<script type="application\/json" id="course-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  return JSON.parse(json) as CourseData;
}

describe('coursePackage', () => {
  it.each([
    ['scorm12', '1.2', null],
    ['scorm2004', '2004', '4th'],
  ] as const)('builds a %s package that our own importer accepts', async (format, version, edition) => {
    const { files, text } = await exported(format);
    const report = parseManifest(text('imsmanifest.xml'), (path) => files.has(path));
    expect(report.problems).toEqual([]);
    expect(report.warnings).toEqual([]);
    const manifest = report.manifest!;
    expect(manifest).toMatchObject({ version, edition, identifier: 'kinship.talking-together.v3', title: 'Talking <together>' });
    expect(manifest.items).toHaveLength(1);
    expect(manifest.items[0]).toMatchObject({ launch: 'index.html', scormType: 'sco', masteryScore: 0.75, children: [] });
  });

  it('lists every file of the package in the manifest', async () => {
    const { files, text } = await exported('scorm2004');
    const listed = [...text('imsmanifest.xml').matchAll(/<file href="([^"]+)"\/>/g)].map((match) => match[1]);
    expect(listed.sort()).toEqual([...files.keys()].filter((path) => path !== 'imsmanifest.xml').sort());
  });

  it('leaves out the pass mark when the course has no checks', async () => {
    const content = course();
    content.modules = content.modules.map((module) => ({ ...module, units: module.units.filter((unit) => unit.type !== 'check') }));
    for (const format of ['scorm12', 'scorm2004'] as const) {
      const zip = await coursePackage({ content, version: 1, locale: 'en', format, playerScript: '', media: () => Promise.resolve(null) });
      const files = await unzip(zip);
      const report = parseManifest(files.get('imsmanifest.xml')!, (path) => files.has(path));
      expect(report.manifest?.items[0]?.masteryScore).toBeNull();
    }
  });

  it('packs lesson images and media under media/ and links them relatively', async () => {
    const { files, html, requested } = await exported('scorm12');
    expect(requested.sort()).toEqual([IMAGE, VIDEO, CAPTIONS].sort());
    expect(files.get(`media/${IMAGE}`)).toEqual(IMAGE_BYTES);
    expect(files.has(`media/${VIDEO}`)).toBe(true);
    expect(files.has(`media/${CAPTIONS}`)).toBe(false);
    expect(html).toContain(`src="media/${IMAGE}"`);
    expect(html).toContain(`<video controls preload="metadata"><source src="media/${VIDEO}" type="video/mp4">`);
    expect(html).toContain(`<track kind="captions" src="media/${CAPTIONS}" srclang="en" label="Captions" default>`);
    expect(html).toContain('<p>What was said.</p>');
    expect(html).not.toContain('/media/');
  });

  it('writes every unit in order, with its form controls', async () => {
    const { html } = await exported('scorm2004');
    const units = [...html.matchAll(/<section[^>]* data-unit="([^"]+)" data-type="([^"]+)"/g)].map((match) => `${match[1]}:${match[2]}`);
    expect(units).toEqual(['welcome:lesson', 'quiz:check', 'think:reflection', 'meeting:scenario']);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<meta name="viewport"');
    expect(html.match(/<main>/g)).toHaveLength(1);
    expect(html).toContain('<script src="player.js" defer></script>');
    expect(html).toMatch(/<label><input type="radio" name="q\d+" value="a"/);
    expect(html).toMatch(/<label><input type="checkbox" name="q\d+" value="c"/);
    expect(html).toMatch(/<label for="(r\d+)">What did you notice\?<\/label>\s*<textarea id="\1"/);
    expect(html).toContain('Part 2 of 4');
    expect(html).toContain('Check my answers');
    expect(html).toContain('Talking &#60;together&#62;');
  });

  it('gives the player the answers in a course-data block', async () => {
    const { html } = await exported('scorm2004');
    const data = courseData(html);
    expect(data.format).toBe('scorm2004');
    expect(data.passMark).toBe(0.75);
    const questions = data.checks.quiz?.questions ?? [];
    expect(questions.map((q) => q.options.filter((o) => o.correct).map((o) => o.id))).toEqual([['a'], ['a', 'b']]);
    expect(questions[0]?.options[1]?.feedback).toBe('No: </script> it is not.');
    expect(data.scenarios.meeting?.choices.find((c) => c.best)?.id).toBe('speak');
    // Feedback holding </script> must not end the data block early.
    expect(html).toContain('No: \\u003c/script> it is not.');
  });

  it('ships the player script as it is given', async () => {
    const { text } = await exported('scorm12');
    expect(text('player.js')).toBe('console.log(1)');
    expect(text('style.css')).toContain('max-width');
  });

  it('speaks French when exported in French, falling back to the source text', async () => {
    const { html, text } = await exported('scorm12', 'fr');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Vérifier mes réponses');
    expect(html).toContain('Partie 1 sur 4');
    expect(html).toContain('Suivant');
    expect(html).toContain('Bienvenue');
    expect(html).toMatch(/<section id="unit-quiz"[^>]* lang="en">/);
    expect(courseData(html).strings.correct).toBe('Exact.');
    expect(text('imsmanifest.xml')).toContain('<title>Parler ensemble</title>');
  });

  it('refuses a course imported from a SCORM package', async () => {
    const content = course();
    content.scorm = {
      id: 'x',
      version: '1.2',
      edition: null,
      controlMode: { choice: true, flow: false, forwardOnly: false },
      warnings: [],
    };
    await expect(
      coursePackage({ content, version: 1, locale: 'en', format: 'scorm12', playerScript: '', media: () => Promise.resolve(null) }),
    ).rejects.toThrow(/only native courses/);
  });
});
