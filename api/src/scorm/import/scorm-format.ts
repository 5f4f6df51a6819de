import { metadataFileDescription } from './manifest-metadata.js';
import { readActivityTree, withSequencing } from '../../unit-kinds/sco/activity-tree.js';
import { parseManifest } from './manifest.js';
import { packageCourse } from './package-course.js';
import type { PackageFormat } from './package-format.js';
import { PackageRefused, type PackageEntry, type PackageZip } from './package-zip.js';

const MANIFEST = 'imsmanifest.xml';
const MAX_MANIFEST_BYTES = 5 * 1024 * 1024;

function manifestText(xml: string | Buffer): string {
  if (typeof xml === 'string') return xml;
  return xml.toString(xml[0] === 0xff && xml[1] === 0xfe ? 'utf16le' : 'utf8').replace(/^\uFEFF/, '');
}

/** SCORM 1.2 and 2004 (2nd, 3rd and 4th editions): a zip with an imsmanifest.xml. */
export const scormFormat: PackageFormat = {
  rootOf(zip) {
    if (zip.find(MANIFEST)) return '';
    // Some tools zip the folder that holds the package rather than its contents.
    const nested = zip.entries.filter((e) => /^[^/]+\/imsmanifest\.xml$/i.test(e.path));
    return nested.length === 1 ? nested[0]!.path.slice(0, -MANIFEST.length) : null;
  },

  async describe(zip: PackageZip, root: string) {
    const inPackage = (p: string): PackageEntry | undefined => zip.find(root + p);
    const xml = await zip.readSmall(inPackage(MANIFEST)!, MAX_MANIFEST_BYTES);
    const report = parseManifest(xml, (p) => inPackage(p) !== undefined);
    const manifest = report.manifest;
    if (!manifest) throw new PackageRefused(report.problems);
    // A description is worth a small file at most: a larger one is left unread rather than refusing the package.
    const metadata = manifest.metadataFile === null ? undefined : inPackage(manifest.metadataFile);
    const readable = metadata && metadata.size <= MAX_MANIFEST_BYTES ? metadata : undefined;
    const descriptions = readable ? metadataFileDescription(await zip.readSmall(readable, MAX_MANIFEST_BYTES)) : undefined;
    // SCORM 2004 sequencing is applied by the sequencing engine, from every definition the manifest holds.
    const tree = manifest.version === '2004' ? readActivityTree(manifestText(xml)) : null;
    const warnings = [...report.warnings, ...(tree?.warnings ?? [])];
    return {
      warnings,
      course: ({ packageId, locale, estimatedMinutes }) =>
        withSequencing(
          tree?.definition,
          packageCourse({
            manifest,
            packageId,
            warnings,
            descriptions,
            locale,
            estimatedMinutes,
            storedPath: (p) => inPackage(p)!.path.slice(root.length),
          }),
        ),
    };
  },
};
