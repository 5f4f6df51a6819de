import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CourseOwnedElsewhere, publishCourse } from '../../course/course-publisher.js';
import type { PackageStorage } from '../../storage/package-storage.js';
import type { PackageFormat } from './package-format.js';
import { chooseCourseId } from './package-course-id.js';
import { PackageImport } from './package-import.entity.js';
import { PackageRefused, PackageZip, type ZipLimits } from './package-zip.js';
import { scormFormat } from './scorm-format.js';

/** The package formats the platform imports, tried in order. */
const FORMATS: PackageFormat[] = [scormFormat];

export const uploadKey = (importId: string) => `uploads/${importId}.zip`;
export const packageFolder = (packageId: string) => `packages/${packageId}`;
/** Written last when a package is unpacked, so that a half-unpacked folder is never taken as done. */
const unpackedMarker = (packageId: string) => `package-index/${packageId}.json`;

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The format that recognises the zip, and where in the zip its package is. */
function recognise(zip: PackageZip): { format: PackageFormat; root: string } {
  for (const format of FORMATS) {
    const root = format.rootOf(zip);
    if (root !== null) return { format, root };
  }
  throw new PackageRefused([
    'The package has no imsmanifest.xml at its top level. Export the course from your authoring tool as a SCORM package and upload the zip as it is.',
  ]);
}

type Progress = (status: 'validating' | 'unpacking', percent: number) => Promise<void>;

async function unpack(zip: PackageZip, root: string, storage: PackageStorage, packageId: string, progress: Progress) {
  if ((await storage.size(unpackedMarker(packageId))) !== null) return;
  const files = zip.entries.filter((e) => e.path.startsWith(root));
  const total = files.reduce((sum, f) => sum + f.size, 0) || 1;
  let done = 0;
  let reported = 0;
  for (const file of files) {
    const key = `${packageFolder(packageId)}/${file.path.slice(root.length)}`;
    try {
      // The declared size is the limit: an entry that unpacks to more than its header says is refused.
      await storage.write(key, await zip.stream(file), file.size);
    } catch (error) {
      await storage.removeFolder(packageFolder(packageId));
      throw new PackageRefused([`The file "${file.path}" is damaged or larger than the zip says (${(error as Error).message}).`]);
    }
    done += file.size;
    const percent = Math.floor((done / total) * 100);
    if (percent >= reported + 5) await progress('unpacking', (reported = percent));
  }
  await storage.write(unpackedMarker(packageId), Readable.from([JSON.stringify({ files: files.length, bytes: total })]));
}

export interface ImportDependencies {
  em: EntityManager;
  storage: PackageStorage;
  limits: ZipLimits;
}

/**
 * Validates an uploaded package, unpacks it into its own folder and publishes it as a course version.
 * A refused package records its problems and changes nothing else; a package identical to the
 * newest version of its course publishes nothing new.
 */
export async function importPackage({ em, storage, limits }: ImportDependencies, importId: string): Promise<PackageImport> {
  const row = await em.findOneOrFail(PackageImport, { id: importId });
  if (row.status === 'published' || row.status === 'unchanged' || row.status === 'failed') return row;
  const progress: Progress = async (status, percent) => {
    row.status = status;
    row.progress = percent;
    await em.flush();
  };
  await progress('validating', 0);
  const upload = await storage.localCopy(uploadKey(importId));
  const path = upload.path;
  let zip: PackageZip | undefined;
  try {
    zip = await PackageZip.open(path, limits);
    const { format, root } = recognise(zip);
    const description = await format.describe(zip, root);
    await progress('validating', 100);
    const packageId = await sha256Of(path);
    await unpack(zip, root, storage, packageId, progress);
    const content = description.course({ packageId, locale: row.locale, estimatedMinutes: row.estimatedMinutes });
    content.id = await chooseCourseId(em, content);
    const outcome = await publishCourse(
      em,
      { content, hash: packageId, assets: [], warnings: [] },
      undefined,
      row.organisation?.id ?? null,
    );
    row.status = outcome.status;
    row.progress = 100;
    row.warnings = description.warnings;
    row.courseId = outcome.courseId;
    row.courseVersion = outcome.version;
  } catch (error) {
    if (!(error instanceof PackageRefused) && !(error instanceof CourseOwnedElsewhere)) throw error;
    row.status = 'failed';
    row.problems = error instanceof PackageRefused ? error.problems : [error.message];
  } finally {
    zip?.close();
    await upload.release();
  }
  await em.flush();
  await storage.remove(uploadKey(importId));
  return row;
}
