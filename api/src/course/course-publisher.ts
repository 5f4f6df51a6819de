import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../common/domain-error.js';
import type { PackageStorage } from '../storage/package-storage.js';
import type { LoadedCourse } from './course-loader.js';
import { CourseAsset } from './course-asset.entity.js';
import { storeCourseMedia } from './course-media-store.js';
import { CourseVersion } from './course-version.entity.js';
import { Course } from './course.entity.js';

export type PublishOutcome = { courseId: string; version: number; status: 'published' | 'unchanged' };

/** A course id already taken by a course that another owner publishes. */
export class CourseOwnedElsewhere extends DomainError {
  constructor(courseId: string) {
    super(
      'FORBIDDEN',
      `A course with the id "${courseId}" already belongs to another organisation, so this cannot publish a version of it.`,
      {
        reason: 'COURSE_OWNED_ELSEWHERE',
        courseId,
      },
    );
  }
}

/**
 * Publishes a loaded course as a new immutable version when its content changed. All in one
 * transaction: a failure leaves the published versions exactly as they were. Its media files are
 * streamed to `media` storage first (`media` may be left out only for a course without media, a SCORM package).
 * A new course belongs to `owner` (an organisation id, or null for the platform's own courses); a new
 * version of an existing course is refused unless it already belongs to the same owner.
 */
export async function publishCourse(
  em: EntityManager,
  loaded: LoadedCourse,
  media?: PackageStorage,
  owner: string | null = null,
): Promise<PublishOutcome> {
  if (loaded.assets.length) {
    if (!media) throw new Error(`course ${loaded.content.id} has media files but no storage was given`);
    // Outside the transaction, so that it is not held open while a video uploads; a file already stored is not sent again.
    for (const asset of loaded.assets) await storeCourseMedia(media, asset);
  }
  return em.transactional(async (tx) => {
    const courseId = loaded.content.id;
    await tx.upsert(tx.create(Course, { id: courseId, organisation: owner }, { persist: false }), undefined, {
      onConflictAction: 'ignore',
    });
    // Locked, so that two uploads of a new id cannot both take it.
    const course = await tx.findOneOrFail(Course, { id: courseId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if ((course.organisation?.id ?? null) !== owner) throw new CourseOwnedElsewhere(courseId);
    const latest = await tx.findOne(CourseVersion, { course: courseId }, { orderBy: { version: 'desc' } });
    if (latest?.contentHash === loaded.hash) return { courseId, version: latest.version, status: 'unchanged' as const };
    for (const asset of loaded.assets) {
      const candidate = tx.create(
        CourseAsset,
        { fileName: asset.fileName, contentType: asset.contentType, size: asset.size },
        { persist: false },
      );
      await tx.upsert(candidate, undefined, { onConflictAction: 'ignore' });
    }
    const version = (latest?.version ?? 0) + 1;
    tx.create(CourseVersion, { course: courseId, version, contentHash: loaded.hash, content: loaded.content });
    await tx.flush();
    return { courseId, version, status: 'published' as const };
  });
}
