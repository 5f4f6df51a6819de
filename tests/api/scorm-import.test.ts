import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/graphql-client.js';
import { enrol, makeLearner } from '../support/learner.js';
import { importPackage, logInAsDemo } from '../support/packages.js';
import { rawZip } from '../support/raw-zip.js';
import { hostilePackages, multiScoPackage, scorm12Package, scorm2004Package, scoPage, scorm12Manifest } from '../support/scorm-packages.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
let trainer: ApiClient;
beforeAll(async () => {
  stack = await startStack({ worker: true, env: { PACKAGE_MAX_ENTRIES: '50', PACKAGE_MAX_UNPACKED_BYTES: String(100 * 1024 * 1024) } });
  trainer = new ApiClient(stack.apiUrl);
  await logInAsDemo(trainer, 'trainer');
}, 60_000);
afterAll(() => stack?.stop());

const CATALOGUE = `{ courses: catalogue { id title version } }`;
const LAUNCH_SCO = `mutation($e: ID!, $u: ID!) { launchUnit(enrolmentId: $e, unitId: $u) { unit { type title sco { scormVersion launchUrl contentOrigin runtimeState { element value } } } } }`;

/** Every file under the storage folder, relative to it. */
async function storedFiles(): Promise<string[]> {
  const entries = await readdir(stack.storageDir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => `${e.parentPath.slice(stack.storageDir.length + 1)}/${e.name}`);
}

describe('SCORM package import', () => {
  it('publishes a SCORM 1.2 package as a course that learners can enrol in and launch', async () => {
    const outcome = await importPackage(trainer, scorm12Package(), 'lesson-12.zip');
    expect(outcome).toMatchObject({ status: 'published', courseId: 'scorm-com-example-kinship-test-12', courseVersion: 1, problems: [] });
    const { courses } = await trainer.ok<{ courses: { id: string; title: string }[] }>(CATALOGUE);
    expect(courses).toContainEqual(expect.objectContaining({ id: outcome.courseId, title: 'Test course in SCORM 1.2' }));

    const learner = await makeLearner(stack.apiUrl, { displayName: 'Samira' });
    const { enrolmentId, unitIds } = await enrol(learner.client, outcome.courseId!);
    expect(unitIds).toHaveLength(1);
    const { launchUnit } = await learner.client.ok<{
      launchUnit: {
        unit: {
          type: string;
          sco: { scormVersion: string; launchUrl: string; contentOrigin: string; runtimeState: { element: string; value: string }[] };
        };
      };
    }>(LAUNCH_SCO, { e: enrolmentId, u: unitIds[0] });
    expect(launchUnit.unit.type).toBe('sco');
    expect(launchUnit.unit.sco.scormVersion).toBe('1.2');
    expect(launchUnit.unit.sco.contentOrigin).toBe(stack.contentUrl);
    const state = Object.fromEntries(launchUnit.unit.sco.runtimeState.map((v) => [v.element, v.value]));
    expect(state).toMatchObject({
      'cmi.core.student_name': 'Samira',
      'cmi.core.entry': 'ab-initio',
      'cmi.student_data.mastery_score': '80',
    });

    // The content origin serves the host page and the package's files, and never a cookie.
    const host = await fetch(launchUnit.unit.sco.launchUrl);
    expect(host.status).toBe(200);
    expect(host.headers.get('set-cookie')).toBeNull();
    expect(host.headers.get('content-security-policy')).toContain(`frame-ancestors ${stack.webUrl}`);
    const sco = await fetch(new URL('sco/index.html', launchUnit.unit.sco.launchUrl), { headers: { cookie: 'kinship_session=stolen' } });
    expect(sco.status).toBe(200);
    expect(sco.headers.get('content-type')).toContain('text/html');
    expect(sco.headers.get('set-cookie')).toBeNull();
    expect(await sco.text()).toContain('Lesson in SCORM 1.2');
    // A tampered or expired signature opens nothing.
    const forged = launchUnit.unit.sco.launchUrl.replace(
      /\/(\d+)\/([A-Za-z0-9_-]{43})\//,
      (_, exp: string, sig: string) => `/${exp}/${sig.slice(0, -2)}xx/`,
    );
    expect((await fetch(new URL('sco/index.html', forged))).status).toBe(403);
    const expired = launchUnit.unit.sco.launchUrl.replace(/\/(\d+)\//, '/1000/');
    expect((await fetch(new URL('sco/index.html', expired))).status).toBe(403);
  });

  it('publishes SCORM 2004 packages, and a multi-SCO package with its order and post-test', async () => {
    const single = await importPackage(trainer, scorm2004Package());
    expect(single).toMatchObject({ status: 'published', courseId: 'scorm-com-example-kinship-test-2004' });
    const multi = await importPackage(trainer, multiScoPackage());
    expect(multi.status).toBe('published');
    const learner = await makeLearner(stack.apiUrl);
    const { unitIds } = await enrol(learner.client, multi.courseId!);
    expect(unitIds).toEqual(['sco-part1', 'sco-part2', 'sco-posttest']);
  });

  it('makes a new version when a changed package is uploaded again, and none for the same one', async () => {
    const first = await importPackage(trainer, scorm12Package({ id: 'com.example.versions' }));
    const same = await importPackage(trainer, scorm12Package({ id: 'com.example.versions' }));
    const changed = await importPackage(trainer, scorm12Package({ id: 'com.example.versions', extra: ' (revised)' }));
    expect([first.courseVersion, same.status, same.courseVersion, changed.courseVersion]).toEqual([1, 'unchanged', 1, 2]);
  });

  it('refuses hostile and broken packages with a clear reason, writing nothing outside their own folder', async () => {
    const before = await storedFiles();
    const { courses: catalogueBefore } = await trainer.ok<{ courses: { id: string; version: number }[] }>(CATALOGUE);
    const cases = [
      ...hostilePackages(),
      {
        name: 'unpacks too large',
        zip: rawZip([
          { name: 'imsmanifest.xml', data: Buffer.from(scorm12Manifest('com.example.big')) },
          { name: 'sco/index.html', data: Buffer.from(scoPage('x')) },
          { name: 'sco/huge.bin', data: Buffer.from('x'), deflate: true, declaredSize: 200 * 1024 * 1024 },
        ]),
        says: /unpack to more than 100\.0 MB/,
      },
    ];
    for (const hostile of cases) {
      const outcome = await importPackage(trainer, hostile.zip, `${hostile.name}.zip`);
      expect(outcome.status, hostile.name).toBe('failed');
      expect(outcome.problems.join(' '), hostile.name).toMatch(hostile.says);
    }
    // Nothing new was stored (refused uploads are deleted), and the catalogue is as it was.
    expect((await storedFiles()).filter((f) => !before.includes(f))).toEqual([]);
    expect((await trainer.ok<{ courses: unknown[] }>(CATALOGUE)).courses).toEqual(catalogueBefore);
  }, 120_000);

  it('lets only trainers and admins upload, and shows each trainer only their own uploads', async () => {
    const learner = await makeLearner(stack.apiUrl);
    const refused = await learner.client.postBytes('/package-imports?fileName=x.zip', scorm12Package());
    expect(refused.status).toBe(403);
    const anonymous = await fetch(`${stack.apiUrl}/package-imports`, { method: 'POST', body: new Uint8Array(scorm12Package()) });
    expect(anonymous.status).toBe(401);
    const mine = await importPackage(trainer, scorm2004Package({ id: 'com.example.private' }));
    const admin = new ApiClient(stack.apiUrl);
    await logInAsDemo(admin, 'admin');
    const peek = await admin.gql(`query($id: ID!) { packageImport(id: $id) { id } }`, { id: mine.id });
    expect(peek.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
