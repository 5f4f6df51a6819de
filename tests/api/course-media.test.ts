import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrol, makeLearner } from '../support/learner.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

const LAUNCH_MEDIA = `mutation($e: ID!) { launchUnit(enrolmentId: $e, unitId: "read-this") { unit { html media { kind url contentType transcriptHtml } } } }`;

describe('course media', () => {
  it('serves lesson images and audio by hash, publicly and immutably, with byte ranges for players', async () => {
    const learner = await makeLearner(stack.apiUrl);
    const { enrolmentId } = await enrol(learner.client, 'test-practice');
    const { launchUnit } = await learner.client.ok<{
      launchUnit: { unit: { html: string; media: { kind: string; url: string; contentType: string; transcriptHtml: string }[] } };
    }>(LAUNCH_MEDIA, { e: enrolmentId });
    const image = /src="\/media\/([0-9a-f]{64}\.png)"/.exec(launchUnit.unit.html)?.[1];
    expect(image).toBeDefined();
    expect(launchUnit.unit.media).toMatchObject([
      { kind: 'audio', contentType: 'audio/mpeg', transcriptHtml: expect.stringContaining('Hello, and welcome') as unknown },
    ]);

    const png = await fetch(`${stack.apiUrl}/course-media/${image}`);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(png.headers.get('cache-control')).toContain('immutable');

    const audio = launchUnit.unit.media[0]!.url.replace('/media/', '/course-media/');
    const part = await fetch(`${stack.apiUrl}${audio}`, { headers: { range: 'bytes=0-9' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 0-9/210');
    expect((await part.arrayBuffer()).byteLength).toBe(10);
    expect((await fetch(`${stack.apiUrl}${audio}`, { headers: { range: 'bytes=500-' } })).status).toBe(416);
    expect((await fetch(`${stack.apiUrl}/course-media/${'0'.repeat(64)}.png`)).status).toBe(404);
  });
});
