import type { CourseContent } from '../../course/course-content.js';
import type { PackageZip } from './package-zip.js';

/** Where a package's course will be unpacked and what the importer knows of the upload. */
export interface CourseDetails {
  /** The SHA-256 of the zip: the folder its files are unpacked to, and the version's content hash. */
  packageId: string;
  locale: string;
  estimatedMinutes: number;
}

/** A package this format understands, read from its zip before anything is unpacked. */
export interface PackageDescription {
  /** What the platform does not support, in words a trainer understands (the package still imports). */
  warnings: string[];
  /** The package as a course, once its files are unpacked under `packageId`. */
  course: (details: CourseDetails) => CourseContent;
}

/**
 * One kind of e-learning package (SCORM 1.2 and 2004 today; cmi5 next): how to recognise it in a zip and
 * how to read it into a course. The importer's zip checks, unpacking and publishing are the same for all.
 */
export interface PackageFormat {
  /** The folder of the zip holding the package (its root, or its only top-level folder), or null when this format does not recognise the zip. */
  rootOf(zip: PackageZip): string | null;
  /** Reads the package, or throws PackageRefused with every problem found. */
  describe(zip: PackageZip, root: string): Promise<PackageDescription>;
}
