import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CourseProblems, loadCourse } from './course-loader.js';

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

async function courseDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'course-'));
  made.push(dir);
  await mkdir(join(dir, 'units'));
  await Promise.all(Object.entries(files).map(([name, text]) => writeFile(join(dir, name), text)));
  return dir;
}

const courseYaml = `id: sample
sourceLocale: en
locales: [en, fr]
title: { en: Sample, fr: Exemple }
description: { en: A sample., fr: Un exemple. }
estimatedMinutes: 10
modules:
  - id: one
    title: { en: One }
    units: [intro, check]
`;

const intro = `---
type: lesson
title: Intro
---
Hello **there**.

::: tip
Take a break.
:::
`;

async function problemsOf(dir: string) {
  try {
    await loadCourse(dir);
  } catch (error) {
    if (error instanceof CourseProblems) return error.problems.map((p) => ({ ...p, file: relative(dir, resolve(p.file)) }));
    throw error;
  }
  return [];
}

describe('loadCourse', () => {
  it('renders lessons, and warns about missing translations without failing', async () => {
    const check = `---\ntype: check\ntitle: Check\nquestions:\n  - id: q1\n    kind: single\n    prompt: Which?\n    options:\n      - { id: a, text: A, correct: true, feedback: Yes. }\n      - { id: b, text: B, correct: false, feedback: No. }\n---\n`;
    const dir = await courseDir({
      'course.yaml': courseYaml,
      'units/intro.en.md': intro,
      'units/intro.fr.md': intro,
      'units/check.en.md': check,
    });
    const loaded = await loadCourse(dir);
    const html = loaded.content.modules[0]!.units[0]!.locales.en!.html;
    expect(html).toContain('<strong>there</strong>');
    expect(html).toContain('<aside class="callout callout-tip"');
    expect(loaded.warnings.map((w) => w.message)).toEqual([
      'missing fr translation of module one title',
      'missing fr translation of unit "check"; learners will see en',
    ]);
    expect(loaded.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('points at the file and line of each problem', async () => {
    const broken = `---\ntype: check\ntitle: Check\nquestions:\n  - id: q1\n    kind: single\n    prompt: Which?\n    options:\n      - { id: a, text: A, correct: yes-please, feedback: Yes. }\n---\n`;
    const dir = await courseDir({
      'course.yaml': courseYaml.replace('estimatedMinutes: 10', 'estimatedMinutes: ten'),
      'units/intro.en.md': 'no front matter here',
      'units/check.en.md': broken,
    });
    const problems = await problemsOf(dir);
    expect(problems).toEqual([
      {
        file: 'course.yaml',
        line: 6,
        message: 'estimatedMinutes: Invalid input: expected number, received string',
        severity: 'error',
      },
    ]);
    const dir2 = await courseDir({ 'course.yaml': courseYaml, 'units/intro.en.md': 'no front matter here', 'units/check.en.md': broken });
    const problems2 = await problemsOf(dir2);
    expect(problems2.filter((p) => p.severity === 'error')).toEqual([
      {
        file: 'units/intro.en.md',
        line: 1,
        message: 'a unit file must start with front matter between two "---" lines',
        severity: 'error',
      },
      {
        file: 'units/check.en.md',
        line: 9,
        message: 'questions.0.options.0.correct: Invalid input: expected boolean, received string',
        severity: 'error',
      },
      {
        file: 'units/check.en.md',
        line: 9,
        message: 'questions.0.options: Too small: expected array to have >=2 items',
        severity: 'error',
      },
    ]);
  });

  it('stores images from media/ by hash, and refuses ones without alt text, outside media/ or missing', async () => {
    const png = Buffer.from('89504e470d0a1a0a', 'hex');
    const lesson = (body: string) => `---\ntype: lesson\ntitle: Pictures\n---\nIntro.\n\n${body}\n`;
    const good = await courseDir({
      'course.yaml': courseYaml.replace('units: [intro, check]', 'units: [intro]').replace('locales: [en, fr]', 'locales: [en]'),
      'units/intro.en.md': lesson('![A map of the river](media/map.png)'),
    });
    await mkdir(join(good, 'media'));
    await writeFile(join(good, 'media', 'map.png'), png);
    const loaded = await loadCourse(good);
    expect(loaded.assets).toHaveLength(1);
    expect(loaded.content.modules[0]!.units[0]!.locales.en!.html).toContain(
      `<img src="/media/${loaded.assets[0]!.fileName}" alt="A map of the river"`,
    );

    const bad = await courseDir({
      'course.yaml': courseYaml.replace('units: [intro, check]', 'units: [intro]').replace('locales: [en, fr]', 'locales: [en]'),
      'units/intro.en.md': lesson('![](media/map.png)\n\n![Logo](https://example.org/logo.png)\n\n![Gone](media/gone.png)'),
    });
    expect((await problemsOf(bad)).map((p) => [p.line, p.message])).toEqual([
      [7, 'image "media/map.png" needs alt text: a short description for people who cannot see it'],
      [9, 'image "https://example.org/logo.png" must be a file in this course\'s media/ folder, such as media/file.png'],
      [11, 'image file "media/gone.png" does not exist'],
    ]);
  });

  it('needs captions for video and a transcript for every clip', async () => {
    const lesson = `---\ntype: lesson\ntitle: Watch\nmedia:\n  - kind: video\n    src: media/clip.mp4\n    title: A clip\n    transcript: Words.\n---\nBody.\n`;
    const dir = await courseDir({
      'course.yaml': courseYaml.replace('units: [intro, check]', 'units: [intro]').replace('locales: [en, fr]', 'locales: [en]'),
      'units/intro.en.md': lesson,
    });
    await mkdir(join(dir, 'media'));
    await writeFile(join(dir, 'media', 'clip.mp4'), Buffer.from('not really a video'));
    expect((await problemsOf(dir)).map((p) => p.message)).toEqual([
      'media 1 ("A clip"): a video needs captions: a WebVTT file in media/, e.g. captions: media/clip.en.vtt',
    ]);
    await writeFile(join(dir, 'media', 'clip.en.vtt'), 'WEBVTT\n\n00:00.000 --> 00:01.000\nWords.\n');
    await writeFile(
      join(dir, 'units', 'intro.en.md'),
      lesson.replace('    transcript: Words.', '    captions: media/clip.en.vtt\n    transcript: Words.'),
    );
    const loaded = await loadCourse(dir);
    const lessonContent = loaded.content.modules[0]!.units[0]!.locales.en!;
    expect(lessonContent.type === 'lesson' && lessonContent.media[0]).toMatchObject({
      kind: 'video',
      contentType: 'video/mp4',
      captionsUrl: expect.stringMatching(/^\/media\/[0-9a-f]{64}\.vtt$/) as unknown,
    });
    expect(loaded.assets).toHaveLength(2);
  });
});
