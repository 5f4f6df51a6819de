import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrol, makeLearner } from '../support/learner.js';
import { apiCli, repoRoot } from '../support/paths.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
const copies: string[] = [];
afterAll(async () => {
  await Promise.all(copies.map((dir) => rm(dir, { recursive: true, force: true })));
  await stack?.stop();
});

/** Runs `courses:publish` on this stack's database with the given folder of courses. */
function publish(coursesDir: string): { ok: boolean; output: string } {
  try {
    const output = execFileSync(process.execPath, [apiCli, 'courses:publish'], {
      env: { ...process.env, DATABASE_URL: stack.databaseUrl, STORAGE_DIR: stack.storageDir, COURSES_DIR: coursesDir, LOG_LEVEL: 'warn' },
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { ok: true, output };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string };
    return { ok: false, output: failed.stdout + failed.stderr };
  }
}

async function copyOfPracticeCourse() {
  const root = await mkdtemp(join(tmpdir(), 'courses-'));
  copies.push(root);
  await cp(join(repoRoot, 'tests/fixtures/courses/test-practice'), join(root, 'test-practice'), { recursive: true });
  return { root, lesson: join(root, 'test-practice/units/read-this.en.md'), course: join(root, 'test-practice/course.yaml') };
}

const versions = async () =>
  (
    await stack.db.query<{ version: number }>(`select version from course_version where course_id = 'test-practice' order by version`)
  ).rows.map((r) => r.version);

describe('course versions', () => {
  it('publishes changed content as a new version; learners stay on the version they started', async () => {
    const early = await makeLearner(stack.apiUrl);
    const { enrolmentId } = await enrol(early.client, 'test-practice');
    const copy = await copyOfPracticeCourse();

    expect(publish(copy.root).output).toContain('unchanged test-practice v1');
    await writeFile(copy.lesson, (await readFile(copy.lesson, 'utf8')).replace('A short lesson.', 'A short, revised lesson.'));
    expect(publish(copy.root).output).toContain('published test-practice v2');
    expect(await versions()).toEqual([1, 2]);

    const pinned = await early.client.ok<{ enrolment: { courseVersion: number } }>(
      'query($id: ID!) { enrolment(id: $id) { courseVersion } }',
      { id: enrolmentId },
    );
    expect(pinned.enrolment.courseVersion).toBe(1);
    const late = await makeLearner(stack.apiUrl);
    const fresh = await late.client.ok<{ enrol: { courseVersion: number } }>(
      'mutation { enrol(courseId: "test-practice") { courseVersion } }',
    );
    expect(fresh.enrol.courseVersion).toBe(2);
  });

  it('never half-publishes a course with an error: the published version stays as it was', async () => {
    const copy = await copyOfPracticeCourse();
    const before = await versions();
    await writeFile(copy.lesson, (await readFile(copy.lesson, 'utf8')).replace('A short lesson.', 'Changed text.'));
    await writeFile(copy.course, (await readFile(copy.course, 'utf8')).replace('estimatedMinutes: 5', 'estimatedMinutes: soon'));
    const result = publish(copy.root);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/test-practice\/course\.yaml:\d+: error: estimatedMinutes/);
    expect(result.output).toContain('the published version stays as it was');
    expect(await versions()).toEqual(before);
  });
});
