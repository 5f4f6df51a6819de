import { parseManifest } from './manifest.js';
import { packageCourse } from './package-course.js';
import type { PackageFormat } from './package-format.js';
import { PackageRefused, type PackageEntry, type PackageZip } from './package-zip.js';

const MANIFEST = 'imsmanifest.xml';
const MAX_MANIFEST_BYTES = 5 * 1024 * 1024;

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
    return {
      warnings: report.warnings,
      course: ({ packageId, locale, estimatedMinutes }) =>
        packageCourse({
          manifest,
          packageId,
          warnings: report.warnings,
          locale,
          estimatedMinutes,
          storedPath: (p) => inPackage(p)!.path.slice(root.length),
        }),
    };
  },
};
