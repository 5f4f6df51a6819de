import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/graphql-client.js';
import { makeLearner } from '../support/learner.js';
import { logInAsDemo } from '../support/packages.js';
import { repoRoot } from '../support/paths.js';
import { rawZip } from '../support/raw-zip.js';
import { startStack, type Stack } from '../support/stack.js';

const DRAFT_FIELDS =
  'courseId revision contentHash publishedVersion withdrawn files { path text } media { path url } problems { file line message severity }';
const CREATE = `mutation($input: NewCourseInput!) { createCourseDraft(input: $input) { ${DRAFT_FIELDS} } }`;
const SAVE = `mutation($id: ID!, $rev: Int!, $changes: [FileChangeInput!]!) { saveDraftFiles(courseId: $id, expectedRevision: $rev, changes: $changes) { ${DRAFT_FIELDS} } }`;
const DRAFT = `query($id: ID!) { courseDraft(courseId: $id) { ${DRAFT_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!, $note: String!) { publishCourseDraft(courseId: $id, note: $note) { action version note by } }`;

interface Draft {
  courseId: string;
  revision: number;
  contentHash: string | null;
  publishedVersion: number | null;
  files: { path: string; text: string }[];
  media: { path: string; url: string }[];
  problems: { file: string; line: number | null; message: string; severity: string }[];
}

let stack: Stack;
let trainer: ApiClient;
beforeAll(async () => {
  stack = await startStack();
  trainer = new ApiClient(stack.apiUrl);
  await logInAsDemo(trainer, 'trainer');
});
afterAll(() => stack?.stop());

async function create(client: ApiClient, input: Record<string, unknown>): Promise<Draft> {
  return (await client.ok<{ createCourseDraft: Draft }>(CREATE, { input })).createCourseDraft;
}

async function save(client: ApiClient, courseId: string, rev: number, changes: { path: string; text: string | null }[]) {
  return client.gql<{ saveDraftFiles: Draft }>(SAVE, { id: courseId, rev, changes });
}

async function saved(client: ApiClient, courseId: string, rev: number, changes: { path: string; text: string | null }[]) {
  const res = await save(client, courseId, rev, changes);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.saveDraftFiles;
}

type Problem = Draft['problems'][number];
/** The problem in `file` whose message matches, if any. */
const problemAt = (problems: unknown, file: string, message: RegExp): Problem | undefined =>
  (problems as Problem[] | undefined)?.find((p) => p.file === file && message.test(p.message));
const reason = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.reason;
const fileOf = (draft: Draft, path: string) => draft.files.find((f) => f.path === path)?.text ?? '';

const CHECK_NO_CORRECT = `---
type: check
title: Quick check
questions:
  - id: q1
    kind: single
    prompt: Which is a respectful first step?
    options:
      - { id: a, text: Listen, correct: false, feedback: Listening comes first. }
      - { id: b, text: Interrupt, correct: false, feedback: Interrupting shuts people out. }
---
`;

/** A course.yaml with the given units in its one module. */
function withUnits(courseYaml: string, units: string[]): string {
  return courseYaml.replace(/units:\n(\s+- [\w-]+\n)+/, `units:\n${units.map((u) => `        - ${u}\n`).join('')}`);
}

async function publishedHash(courseId: string): Promise<string> {
  const { rows } = await stack.db.query<{ content_hash: string }>(
    'select content_hash from course_version where course_id = $1 order by version desc limit 1',
    [courseId],
  );
  return rows[0]!.content_hash;
}

async function postZip(client: ApiClient, path: string, zip: Buffer) {
  const res = await client.postBytes(path, zip);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { error?: Record<string, unknown> } };
}

describe('authoring in the browser', () => {
  it('creates a course, refuses a stale save with the other text, and lets a save of another file through', async () => {
    const draft = await create(trainer, { courseId: 'listening-first', title: 'Listening first', sourceLocale: 'en' });
    expect(draft.revision).toBe(1);
    expect(draft.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(draft.contentHash).toMatch(/^[0-9a-f]{64}$/);

    const other = new ApiClient(stack.apiUrl);
    await logInAsDemo(other, 'trainer');
    const lesson = 'units/welcome.en.md';
    const mine = await saved(trainer, 'listening-first', 1, [{ path: lesson, text: fileOf(draft, lesson) + '\nMy paragraph.\n' }]);
    expect(mine.revision).toBe(2);

    const stale = await save(other, 'listening-first', 1, [{ path: lesson, text: fileOf(draft, lesson) + '\nTheir paragraph.\n' }]);
    expect(reason(stale)).toBe('DRAFT_CONFLICT');
    expect(stale.errors?.[0]?.extensions?.theirText).toContain('My paragraph.');
    expect(stale.errors?.[0]?.message).toMatch(/changed units\/welcome\.en\.md since you opened it/);
    const unchanged = (await trainer.ok<{ courseDraft: Draft }>(DRAFT, { id: 'listening-first' })).courseDraft;
    expect(fileOf(unchanged, lesson)).not.toContain('Their paragraph.');

    // Another file, based on the same old revision, touches nothing the first save changed.
    const yaml = fileOf(draft, 'course.yaml').replace('estimatedMinutes: 10', 'estimatedMinutes: 15');
    expect((await saved(other, 'listening-first', 1, [{ path: 'course.yaml', text: yaml }])).revision).toBe(3);

    const revisions = await trainer.ok<{ draftRevisions: { revision: number; author: string }[] }>(
      'query { draftRevisions(courseId: "listening-first") { revision author } }',
    );
    expect(revisions.draftRevisions.map((r) => r.revision)).toEqual([3, 2, 1]);
    expect(revisions.draftRevisions[0]!.author).toBe('Priya Trainer');
  });

  it('shows validation errors at their file and line, refuses HTML, and publishes nothing with errors', async () => {
    const draft = await create(trainer, { courseId: 'checks-need-answers', title: 'Checks need answers' });
    const yaml = withUnits(fileOf(draft, 'course.yaml'), ['welcome', 'quick-check']);
    const html = '---\ntype: lesson\ntitle: Welcome\n---\n\nHello.\n\n<script>alert(1)</script>\n';
    const broken = await saved(trainer, 'checks-need-answers', 1, [
      { path: 'course.yaml', text: yaml },
      { path: 'units/quick-check.en.md', text: CHECK_NO_CORRECT },
      { path: 'units/welcome.en.md', text: html },
    ]);
    expect(broken.contentHash).toBeNull();
    expect(problemAt(broken.problems, 'units/quick-check.en.md', /exactly one correct option/)?.line).toBe(9);
    expect(problemAt(broken.problems, 'units/welcome.en.md', /HTML is not allowed/)?.line).toBe(8);

    const refused = await trainer.gql(PUBLISH, { id: 'checks-need-answers', note: 'First go' });
    expect(reason(refused)).toBe('COURSE_FOLDER_PROBLEMS');
    expect((await stack.db.query(`select 1 from course_version where course_id = 'checks-need-answers'`)).rowCount).toBe(0);
  });

  it('publishes v1 and v2 with notes; a learner who started stays on v1; a withdrawn course takes no new learners', async () => {
    const draft = await create(trainer, { courseId: 'versions-here', title: 'Versions here' });
    const first = await trainer.ok<{ publishCourseDraft: { version: number; by: string; note: string } }>(PUBLISH, {
      id: 'versions-here',
      note: 'First version',
    });
    expect(first.publishCourseDraft).toEqual({ action: 'published', version: 1, note: 'First version', by: 'Priya Trainer' });

    const early = await makeLearner(stack.apiUrl);
    await early.client.ok('mutation { enrol(courseId: "versions-here") { id } }');

    const lesson = 'units/welcome.en.md';
    await saved(trainer, 'versions-here', draft.revision, [{ path: lesson, text: fileOf(draft, lesson) + '\nA second thought.\n' }]);
    const diff = await trainer.ok<{ draftDiff: { path: string; status: string; parts: { change: string; text: string }[] }[] }>(
      'query { draftDiff(courseId: "versions-here") { path status parts { change text } } }',
    );
    expect(diff.draftDiff.map((d) => `${d.status} ${d.path}`)).toEqual([`changed ${lesson}`]);
    const added = diff.draftDiff[0]!.parts.filter((p) => p.change === 'added').map((p) => p.text);
    expect(added.join('')).toContain('A second thought.');
    const second = await trainer.ok<{ publishCourseDraft: { version: number } }>(PUBLISH, {
      id: 'versions-here',
      note: 'A second thought',
    });
    expect(second.publishCourseDraft.version).toBe(2);
    const again = await trainer.gql(PUBLISH, { id: 'versions-here', note: 'Nothing new' });
    expect(reason(again)).toBe('NOTHING_TO_PUBLISH');

    const pinned = await early.client.ok<{ myEnrolments: { courseId: string; courseVersion: number }[] }>(
      'query { myEnrolments { courseId courseVersion } }',
    );
    expect(pinned.myEnrolments.find((e) => e.courseId === 'versions-here')?.courseVersion).toBe(1);
    const late = await makeLearner(stack.apiUrl);
    expect(
      (await late.client.ok<{ enrol: { courseVersion: number } }>('mutation { enrol(courseId: "versions-here") { courseVersion } }')).enrol
        .courseVersion,
    ).toBe(2);

    await trainer.ok('mutation { setCourseWithdrawn(courseId: "versions-here", withdrawn: true, note: "Being rewritten") { version } }');
    const catalogue = await late.client.ok<{ catalogue: { id: string }[] }>('query { catalogue { id } }');
    expect(catalogue.catalogue.map((c) => c.id)).not.toContain('versions-here');
    const newcomer = await makeLearner(stack.apiUrl);
    expect(reason(await newcomer.client.gql('mutation { enrol(courseId: "versions-here") { id } }'))).toBe('COURSE_WITHDRAWN');
    // Someone who started carries on.
    expect((await early.client.gql('mutation { enrol(courseId: "versions-here") { id } }')).errors).toBeUndefined();

    const history = await trainer.ok<{ coursePublications: { action: string; version: number; by: string }[] }>(
      'query { coursePublications(courseId: "versions-here") { action version by } }',
    );
    expect(history.coursePublications.map((p) => `${p.action} v${p.version}`)).toEqual(['withdrawn v2', 'published v2', 'published v1']);
  });

  it('downloads every shipped course as its folder; uploading that zip gives the published content hash', async () => {
    const shipped = (await readdir(join(repoRoot, 'courses'), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(shipped.length).toBeGreaterThan(2);
    for (const courseId of shipped) {
      const res = await trainer.get(`/authoring/courses/${courseId}/folder.zip`);
      expect(res.status).toBe(200);
      const zip = Buffer.from(await res.arrayBuffer());
      const checked = await postZip(trainer, '/authoring/checks', zip);
      expect(checked.status, JSON.stringify(checked.body)).toBe(200);
      expect(checked.body.contentHash, courseId).toBe(await publishedHash(courseId));
    }
  });

  it('round-trips a browser course: download, upload under the same id refused, a copy publishes', async () => {
    await create(trainer, { courseId: 'round-trip', title: 'Round trip' });
    const zip = Buffer.from(await (await trainer.get('/authoring/courses/round-trip/folder.zip')).arrayBuffer());
    const taken = await postZip(trainer, '/authoring/uploads', zip);
    expect(taken.status).toBe(400);
    expect(taken.body.error?.reason).toBe('COURSE_ID_TAKEN');
    const checked = await postZip(trainer, '/authoring/checks', zip);
    const draft = (await trainer.ok<{ courseDraft: Draft }>(DRAFT, { id: 'round-trip' })).courseDraft;
    expect(checked.body.contentHash).toBe(draft.contentHash);

    const copy = await create(trainer, { courseId: 'round-trip-copy', copyOf: 'getting-started' });
    expect(copy.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(fileOf(copy, 'course.yaml')).toMatch(/^id: round-trip-copy$/m);
  });

  it('refuses bad zips, unsafe media and large images with clear messages, keeping nothing', async () => {
    const notZip = await postZip(trainer, '/authoring/uploads', Buffer.from('not a zip at all'));
    expect(notZip.status).toBe(400);
    expect(JSON.stringify(notZip.body)).toContain('not a zip archive');

    const course =
      'id: zip-with-errors\nsourceLocale: en\nlocales: [en]\ntitle: { en: Zip }\ndescription: { en: Zip. }\nestimatedMinutes: 5\nmodules:\n  - id: m\n    title: { en: M }\n    units: [quiz]\n';
    const withErrors = rawZip([
      { name: 'zip-with-errors/course.yaml', data: Buffer.from(course) },
      { name: 'zip-with-errors/units/quiz.en.md', data: Buffer.from(CHECK_NO_CORRECT) },
    ]);
    const refused = await postZip(trainer, '/authoring/uploads', withErrors);
    expect(refused.status).toBe(400);
    expect(problemAt(refused.body.error?.problems, 'units/quiz.en.md', /exactly one correct option/)?.line).toBe(9);
    expect((await stack.db.query(`select 1 from course_draft where course_id = 'zip-with-errors'`)).rowCount).toBe(0);

    const script = rawZip([
      { name: 'course.yaml', data: Buffer.from(course.replace('zip-with-errors', 'zip-with-script')) },
      { name: 'media/run.js', data: Buffer.from('alert(1)') },
    ]);
    const scripted = await postZip(trainer, '/authoring/uploads', script);
    expect(problemAt(scripted.body.error?.problems, 'media/run.js', /not part of a course folder/)).toBeDefined();

    await create(trainer, { courseId: 'media-limits', title: 'Media limits' });
    const svg = await trainer.postBytes(
      '/authoring/drafts/media-limits/media?fileName=logo.svg',
      Buffer.from('<svg onload="alert(1)"/>'),
      'image/svg+xml',
    );
    expect(svg.status).toBe(400);
    expect(JSON.stringify(await svg.json())).toMatch(/SVG and others can carry scripts/);
    const huge = await trainer.postBytes(
      '/authoring/drafts/media-limits/media?fileName=huge.png',
      Buffer.alloc(6 * 1024 * 1024, 1),
      'image/png',
    );
    expect(huge.status).toBe(400);
    expect(JSON.stringify(await huge.json())).toMatch(/huge\.png: is larger than 5 MB/);
    const photo = await trainer.postBytes(
      '/authoring/drafts/media-limits/media?fileName=Bus Stop.PNG',
      Buffer.from('png bytes'),
      'image/png',
    );
    expect(photo.status).toBe(201);
    const draft = (await trainer.ok<{ courseDraft: Draft }>(DRAFT, { id: 'media-limits' })).courseDraft;
    expect(draft.media.map((m) => m.path)).toEqual(['media/bus-stop.png']);
    expect((await fetch(`${stack.apiUrl}/course-${draft.media[0]!.url.slice(1)}`)).status).toBe(200);

    // A video without captions is refused by the checks, with a clear message; with captions it passes.
    const clip = await trainer.postBytes(
      '/authoring/drafts/media-limits/media?fileName=welcome.mp4',
      Buffer.from('not really a video'),
      'video/mp4',
    );
    expect(clip.status).toBe(201);
    const lesson = (captions: string) =>
      `---\ntype: lesson\ntitle: Welcome\nmedia:\n  - kind: video\n    src: media/welcome.mp4\n    title: A welcome\n${captions}    transcript: Hello.\n---\n\nHello.\n`;
    const current = (await trainer.ok<{ courseDraft: Draft }>(DRAFT, { id: 'media-limits' })).courseDraft;
    const silent = await saved(trainer, 'media-limits', current.revision, [{ path: 'units/welcome.en.md', text: lesson('') }]);
    expect(problemAt(silent.problems, 'units/welcome.en.md', /a video needs captions/)).toBeDefined();
    await trainer.postBytes('/authoring/drafts/media-limits/media?fileName=welcome.en.vtt', Buffer.from('WEBVTT\n'), 'text/vtt');
    const latest = (await trainer.ok<{ courseDraft: Draft }>(DRAFT, { id: 'media-limits' })).courseDraft;
    const captioned = await saved(trainer, 'media-limits', latest.revision, [
      { path: 'units/welcome.en.md', text: lesson('    captions: media/welcome.en.vtt\n') },
    ]);
    expect(captioned.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('lets only trainers of the owning organisation in; shipped courses are read-only', async () => {
    await create(trainer, { courseId: 'private-draft', title: 'Private' });
    const learner = await makeLearner(stack.apiUrl);
    expect((await learner.client.gql(DRAFT, { id: 'private-draft' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(reason(await learner.client.gql(CREATE, { input: { courseId: 'nope' } }))).toBe('AUTHORING_ORGANISATION');
    const partner = new ApiClient(stack.apiUrl);
    await logInAsDemo(partner, 'partner');
    expect((await partner.gql(DRAFT, { id: 'private-draft' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await partner.gql(SAVE, { id: 'private-draft', rev: 1, changes: [] })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Every query and mutation on a draft answers "not found" to someone outside its organisation.
    const onDraft = [
      ['query($id: ID!) { draftPreview(courseId: $id, locale: "en") { title } }', {}],
      ['query($id: ID!) { draftRevisions(courseId: $id) { revision } }', {}],
      ['query($id: ID!) { draftDiff(courseId: $id) { path } }', {}],
      ['query($id: ID!) { draftTranslations(courseId: $id) { sourceLocale } }', {}],
      ['query($id: ID!) { coursePublications(courseId: $id) { version } }', {}],
      ['mutation($id: ID!) { restoreDraftRevision(courseId: $id, revision: 1) { revision } }', {}],
      ['mutation($id: ID!) { publishCourseDraft(courseId: $id, note: "x") { version } }', {}],
      ['mutation($id: ID!) { setCourseWithdrawn(courseId: $id, withdrawn: true) { version } }', {}],
    ] as const;
    for (const client of [learner.client, partner]) {
      for (const [query] of onDraft)
        expect((await client.gql(query, { id: 'private-draft' })).errors?.[0]?.extensions?.code, query).toBe('NOT_FOUND');
      expect((await client.gql('query { authoringCourses { courseId } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await client.get('/authoring/courses/private-draft/folder.zip')).status).toBe(403);
      expect((await client.postBytes('/authoring/drafts/private-draft/media?fileName=a.png', Buffer.from('x'), 'image/png')).status).toBe(
        404,
      );
    }
    expect(
      (await stack.db.query<{ revision: number }>(`select revision from course_draft where course_id = 'private-draft'`)).rows[0]?.revision,
    ).toBe(1);
    expect(reason(await trainer.gql(DRAFT, { id: 'getting-started' }))).toBe('SHIPPED_COURSE_READ_ONLY');
    expect(reason(await trainer.gql(CREATE, { input: { courseId: 'getting-started' } }))).toBe('COURSE_ID_TAKEN');
  });

  it('shares a review link: anyone holding it reads the draft and comments, cannot edit, and a revoked link stops', async () => {
    await create(trainer, { courseId: 'for-review', title: 'For review' });
    const made = await trainer.ok<{ createReviewLink: { id: string; token: string } }>(
      'mutation { createReviewLink(courseId: "for-review") { id token } }',
    );
    const { id, token } = made.createReviewLink;
    const colleague = new ApiClient(stack.apiUrl);
    const REVIEW = 'query($t: String!) { review(token: $t, locale: "en") { courseId title units { id title } } }';
    const seen = await colleague.ok<{ review: { courseId: string; units: { id: string }[] } }>(REVIEW, { t: token });
    expect(seen.review.courseId).toBe('for-review');
    const COMMENT =
      'mutation($t: String!, $u: String!, $n: String!, $x: String!) { addReviewComment(token: $t, unitId: $u, name: $n, text: $x) }';
    await colleague.ok(COMMENT, { t: token, u: 'welcome', n: 'Jo Colleague', x: 'Could this start with a question?' });
    expect(reason(await colleague.gql(COMMENT, { t: token, u: 'welcome', n: '', x: 'Nameless' }))).toBe('REVIEW_NAME');
    // The link reads and comments; it does not open the draft for editing.
    expect((await colleague.gql(SAVE, { id: 'for-review', rev: 1, changes: [] })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const comments = await trainer.ok<{ reviewComments: { unitId: string; name: string; text: string }[] }>(
      'query { reviewComments(courseId: "for-review") { unitId name text } }',
    );
    expect(comments.reviewComments).toEqual([{ unitId: 'welcome', name: 'Jo Colleague', text: 'Could this start with a question?' }]);
    await trainer.ok('mutation($id: ID!) { revokeReviewLink(courseId: "for-review", id: $id) }', { id });
    expect((await colleague.gql(REVIEW, { t: token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await colleague.gql(REVIEW, { t: 'guessed-token' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const { rows } = await stack.db.query<{ token_hash: string }>('select token_hash from review_link');
    expect(rows.map((r) => r.token_hash)).not.toContain(token);
  });

  it('holds back a flood of comments through one review link and keeps the ones already made', async () => {
    await create(trainer, { courseId: 'flooded', title: 'Flooded' });
    const made = await trainer.ok<{ createReviewLink: { token: string } }>('mutation { createReviewLink(courseId: "flooded") { token } }');
    const colleague = new ApiClient(stack.apiUrl);
    const COMMENT = 'mutation($t: String!, $x: String!) { addReviewComment(token: $t, unitId: "welcome", name: "Jo Colleague", text: $x) }';
    const answers = [];
    for (let i = 1; i <= 61; i++) answers.push(await colleague.gql(COMMENT, { t: made.createReviewLink.token, x: `Comment ${i}` }));
    expect(answers.slice(0, 60).every((answer) => !answer.errors)).toBe(true);
    const refused = answers[60]!.errors?.[0];
    expect(refused?.extensions?.code).toBe('RATE_LIMITED');
    expect(refused?.message).toMatch(/Too many comments through this link for now\. Please wait \d+ minutes?/);
    const comments = await trainer.ok<{ reviewComments: unknown[] }>('query { reviewComments(courseId: "flooded") { text } }');
    expect(comments.reviewComments).toHaveLength(60);
  });
});
