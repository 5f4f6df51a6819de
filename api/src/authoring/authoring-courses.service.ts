import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { authoringOrganisations, isPlatformAdmin, mayAuthorCourses } from '../access/permissions.js';
import { forbidden } from '../common/domain-error.js';
import type { Viewer } from '../auth/viewer.js';
import { courseDirs } from '../course/course-roots.js';
import { CourseVersion } from '../course/course-version.entity.js';
import { Course } from '../course/course.entity.js';
import type { AuthoringCourseView } from './authoring.types.js';
import { CourseDraft } from './course-draft.entity.js';

/** The title course.yaml gives in its source language, or the id when it cannot be read. */
function titleOf(courseYaml: string | undefined, fallback: string): string {
  try {
    const course = parse(courseYaml ?? '') as { title?: Record<string, string>; sourceLocale?: string } | null;
    return course?.title?.[course.sourceLocale ?? 'en'] ?? Object.values(course?.title ?? {})[0] ?? fallback;
  } catch {
    return fallback;
  }
}

/** The courses on the authoring pages: the drafts of the viewer's organisations, and the platform's own (read-only). */
@Injectable()
export class AuthoringCoursesService {
  constructor(private readonly em: EntityManager) {}

  async list(viewer: Viewer): Promise<AuthoringCourseView[]> {
    if (!mayAuthorCourses(viewer)) throw forbidden();
    const organisations = isPlatformAdmin(viewer) ? undefined : authoringOrganisations(viewer);
    const drafts = await this.em.find(CourseDraft, organisations ? { organisation: { $in: organisations } } : {}, {
      populate: ['organisation'],
      orderBy: { courseId: 'asc' },
    });
    const shipped = await Promise.all(
      (await courseDirs()).map(async (dir) => ({ id: basename(dir), yaml: await readFile(join(dir, 'course.yaml'), 'utf8') })),
    );
    const ids = [...drafts.map((d) => d.courseId), ...shipped.map((s) => s.id)];
    const courses = new Map((await this.em.find(Course, { id: { $in: ids } })).map((c) => [c.id, c]));
    const versions = await this.latestVersions(ids);
    const mine = drafts.map((d): AuthoringCourseView => ({
      courseId: d.courseId,
      title: titleOf(d.files['course.yaml'], d.courseId),
      organisationName: d.organisation.name,
      readOnly: false,
      hasDraft: true,
      publishedVersion: versions.get(d.courseId) ?? null,
      withdrawn: !!courses.get(d.courseId)?.withdrawnAt,
    }));
    const platform = shipped.map(({ id, yaml }): AuthoringCourseView => ({
      courseId: id,
      title: titleOf(yaml, id),
      organisationName: null,
      readOnly: true,
      hasDraft: false,
      publishedVersion: versions.get(id) ?? null,
      withdrawn: !!courses.get(id)?.withdrawnAt,
    }));
    return [...mine, ...platform];
  }

  private async latestVersions(ids: string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const rows = await this.em.find(CourseVersion, { course: { $in: ids } }, { fields: ['course', 'version'] });
    const latest = new Map<string, number>();
    for (const row of rows) latest.set(row.course.id, Math.max(latest.get(row.course.id) ?? 0, row.version));
    return latest;
  }
}
