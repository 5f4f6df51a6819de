import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CourseOwnedElsewhere, publishCourse } from '../course/course-publisher.js';
import type { PackageStorage } from '../storage/package-storage.js';
import { parseManifest } from './manifest.js';
import { packageCourse } from './package-course.js';
import { PackageImport } from './package-import.entity.js';
import { PackageRefused, PackageZip, type PackageEntry, type ZipLimits } from './package-zip.js';

const MAX_MANIFEST_BYTES = 5 * 1024 * 1024;

export const uploadKey = (importId: string) => `uploads/${importId}.zip`;
export const packageFolder = (packageId: string) => `packages/${packageId}`;
/** Written last when a package is unpacked, so that a half-unpacked folder is never taken as done. */
const unpackedMarker = (packageId: string) => `package-index/${packageId}.json`;

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The folder holding imsmanifest.xml: the zip's root, or its only top-level folder (some tools zip the folder). */
function packageRoot(zip: PackageZip): string {
  if (zip.find('imsmanifest.xml')) return '';
  const nested = zip.entries.filter((e) => /^[^/]+\/imsmanifest\.xml$/i.test(e.path));
  if (nested.length === 1) return nested[0]!.path.slice(0, -'imsmanifest.xml'.length);
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
    const root = packageRoot(zip);
    const inPackage = (p: string): PackageEntry | undefined => zip!.find(root + p);
    const xml = await zip.readSmall(inPackage('imsmanifest.xml')!, MAX_MANIFEST_BYTES);
    const report = parseManifest(xml, (p) => inPackage(p) !== undefined);
    if (!report.manifest) throw new PackageRefused(report.problems);
    await progress('validating', 100);
    const packageId = await sha256Of(path);
    await unpack(zip, root, storage, packageId, progress);
    const content = packageCourse({
      manifest: report.manifest,
      packageId,
      warnings: report.warnings,
      locale: row.locale,
      estimatedMinutes: row.estimatedMinutes,
      storedPath: (p) => inPackage(p)!.path.slice(root.length),
    });
    const outcome = await publishCourse(
      em,
      { content, hash: packageId, assets: [], warnings: [] },
      undefined,
      row.organisation?.id ?? null,
    );
    row.status = outcome.status;
    row.progress = 100;
    row.warnings = report.warnings;
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
