import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rawHtmlLines, renderMarkdown } from '@kinship/api/course/markdown';
import { describe, expect, it } from 'vitest';
import { lessonSchema } from '../../web/src/lib/authoring/rich-text/lesson-extensions.ts';
import { docToMarkdown, markdownToDoc } from '../../web/src/lib/authoring/rich-text/lesson-markdown.ts';
import { parseUnitFile } from '../../web/src/lib/authoring/unit-file.ts';
import { repoRoot } from '../support/paths.js';

// The rich-text editor's Markdown reader and writer, on the editor's own schema, against the api's course renderer:
// whatever a trainer opens in the editor and saves must show learners the same lesson.
const schema = lessonSchema();
const roundTrip = (markdown: string) => docToMarkdown(markdownToDoc(schema, markdown));
// The loader resolves images to the addresses they are served from; here each stays as written, so images compare too.
const render = (markdown: string) => renderMarkdown(markdown, (src) => src);

async function unitFiles(): Promise<{ path: string; body: string; type: string }[]> {
  const coursesDir = join(repoRoot, 'courses');
  const files = [];
  for (const course of await readdir(coursesDir, { withFileTypes: true })) {
    if (!course.isDirectory()) continue;
    const unitsDir = join(coursesDir, course.name, 'units');
    for (const name of (await readdir(unitsDir)).filter((n) => n.endsWith('.md')).sort()) {
      const { type, body } = parseUnitFile(await readFile(join(unitsDir, name), 'utf8'));
      files.push({ path: `${course.name}/units/${name}`, body, type });
    }
  }
  return files;
}

describe('lesson Markdown through the rich-text editor', () => {
  it('every unit body in courses/, in every language, renders to the same HTML after a round trip, and a second trip changes nothing', async () => {
    const files = await unitFiles();
    expect(files.filter((f) => f.type === 'lesson').length).toBeGreaterThan(30);
    expect(files.some((f) => f.body.includes('::: tip'))).toBe(true);
    for (const { path, body } of files) {
      const once = roundTrip(body);
      expect(render(once), path).toBe(render(body));
      expect(roundTrip(once), `${path}, written twice`).toBe(once);
    }
  });

  it('keeps each callout kind as a callout, with what it holds', () => {
    const source = '::: warning\nStay safe.\n\n- first\n- second\n:::\n\n::: note\nA *short* note.\n:::\n';
    expect(roundTrip(source)).toBe(source);
    expect(render(roundTrip(source))).toContain('<aside class="callout callout-warning" data-callout="warning">');
  });

  it('writes text that looks like HTML, an entity or a callout fence as the text it is', () => {
    const doc = schema.node('doc', null, [
      schema.node('paragraph', null, [schema.text('<script>alert(1)</script> &amp; more')]),
      schema.node('paragraph', null, [schema.text('::: tip')]),
    ]);
    const markdown = docToMarkdown(doc);
    expect(rawHtmlLines(markdown)).toEqual([]);
    const html = render(markdown);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; more');
    expect(html).not.toContain('<aside');
    expect(roundTrip(markdown)).toBe(markdown);
  });

  it('keeps tight and loose lists, numbered lists that start elsewhere, links and images with their description', () => {
    const source = [
      '## Steps',
      '',
      '3. three',
      '4. four',
      '',
      '- loose one',
      '',
      '- loose two',
      '',
      'See [the guide](https://example.org/guide "Guide") and ![People at a bus stop](media/bus-stop.jpg).',
      '',
    ].join('\n');
    expect(render(roundTrip(source))).toBe(render(source));
    expect(roundTrip(source)).toContain('![People at a bus stop](media/bus-stop.jpg)');
  });
});
