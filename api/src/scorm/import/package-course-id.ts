import type { EntityManager } from '@mikro-orm/postgresql';
import type { CourseContent } from '../../course/course-content.js';
import { CourseVersion } from '../../course/course-version.entity.js';
import { legacyPackageCourseId, packageCourseId, variantCourseId } from './package-course.js';

async function latestContent(em: EntityManager, courseId: string): Promise<CourseContent | null> {
  const latest = await em.findOne(CourseVersion, { course: courseId }, { orderBy: { version: 'desc' }, fields: ['content'] });
  return latest?.content ?? null;
}

/**
 * The course a package publishes to. By its manifest identifier (packageCourseId), with two turns:
 * - a course published before long identifiers were hashed keeps its id (cut at 60 characters) for the
 *   identifier that claims it first, so its learners and versions stay one course;
 * - the SCORM 1.2 and 2004 variants of one course (same identifier) are two courses: the variant that
 *   comes second gets the id with its version (`…-scorm-12`, `…-scorm-2004`), so neither replaces the other.
 */
export async function chooseCourseId(importEm: EntityManager, content: CourseContent): Promise<string> {
  // Looked up in a fork of its own, so that nothing read here is flushed with the import.
  const em = importEm.fork();
  const scorm = content.scorm;
  if (!scorm?.manifestIdentifier) return content.id;
  const identifier = scorm.manifestIdentifier;
  let id = packageCourseId(identifier);
  const legacy = legacyPackageCourseId(identifier);
  if (legacy !== id && !(await latestContent(em, id))) {
    const earlier = await latestContent(em, legacy);
    const claimed = earlier?.scorm?.manifestIdentifier;
    if (earlier?.scorm && (claimed === undefined || claimed === identifier)) id = legacy;
  }
  const latest = await latestContent(em, id);
  if (latest?.scorm && latest.scorm.version !== scorm.version) return variantCourseId(id, scorm.version);
  return id;
}
