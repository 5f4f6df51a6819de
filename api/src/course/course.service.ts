import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { invalidInput, notFound } from '../common/domain-error.js';
import { Course } from './course.entity.js';
import type { CourseContent } from './course-content.js';
import { courseModules, courseSummary } from './course-view.js';
import { CourseVersion } from './course-version.entity.js';
import type { CourseDetailView, CourseSummaryView } from './course.types.js';

@Injectable()
export class CourseService {
  // Published versions never change, so their parsed content can be cached for the process's life.
  private readonly contentCache = new Map<string, CourseContent>();

  constructor(private readonly em: EntityManager) {}

  /** The newest version of every course in the catalogue (withdrawn courses are left out). */
  async latestVersions(): Promise<CourseVersion[]> {
    const rows = await this.em.getConnection().execute<{ id: string }[]>(
      `select distinct on (v.course_id) v.id from course_version v join course c on c.id = v.course_id
         where c.withdrawn_at is null order by v.course_id, v.version desc`,
    );
    if (!rows.length) return [];
    return this.em.find(CourseVersion, { id: rows.map((r) => r.id) }, { orderBy: { course: 'asc' } });
  }

  async latestVersionOf(courseId: string): Promise<CourseVersion> {
    const version = await this.em.findOne(CourseVersion, { course: courseId }, { orderBy: { version: 'desc' } });
    if (!version) throw notFound('That course');
    return version;
  }

  /** The version a new learner starts: refused when the course was withdrawn from the catalogue. */
  async offeredVersionOf(courseId: string): Promise<CourseVersion> {
    const course = await this.em.findOne(Course, { id: courseId });
    if (course?.withdrawnAt) throw invalidInput('COURSE_WITHDRAWN', 'This course is no longer offered to new learners.');
    return this.latestVersionOf(courseId);
  }

  async content(versionId: string): Promise<CourseContent> {
    const cached = this.contentCache.get(versionId);
    if (cached) return cached;
    const version = await this.em.fork().findOneOrFail(CourseVersion, { id: versionId }, { populate: ['content'] });
    this.contentCache.set(versionId, version.content);
    return version.content;
  }

  async catalogue(locale: string): Promise<CourseSummaryView[]> {
    const versions = await this.latestVersions();
    return Promise.all(versions.map(async (v) => courseSummary(await this.content(v.id), v.version, locale)));
  }

  async detail(courseId: string, locale: string): Promise<CourseDetailView> {
    const version = await this.latestVersionOf(courseId);
    const content = await this.content(version.id);
    const summary = courseSummary(content, version.version, locale);
    return { ...summary, modules: courseModules(content, summary.locale) };
  }
}
