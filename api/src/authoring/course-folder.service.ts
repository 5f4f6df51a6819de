import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { parse } from 'yaml';
import { mayAuthorCourses } from '../access/permissions.js';
import type { Viewer } from '../auth/viewer.js';
import { forbidden, invalidInput, notFound } from '../common/domain-error.js';
import { CourseProblems } from '../course/course-loader.js';
import { shippedCourseDir } from '../course/course-roots.js';
import { byteLimit, StorageLimitError, type PackageStorage } from '../storage/package-storage.js';
import { PACKAGE_STORAGE } from '../storage/storage.module.js';
import { CourseFolderRefused } from './authoring.errors.js';
import { courseFolderZip, readCourseFolderZip, type FolderEntry } from './course-folder-zip.js';
import { folderPaths } from './course-folder-sources.js';
import type { CourseDraft } from './course-draft.entity.js';
import { owningOrganisation, writableDraft } from './draft-access.js';
import { draftMediaKey } from './draft-course-files.js';
import type { DraftFolder } from './draft-files.types.js';
import { DraftService } from './draft.service.js';
import { PublishService, type FolderCheck } from './publish.service.js';

const MAX_ZIP_BYTES = 2 * 1024 ** 3;

/** Course folders in and out as zips: the browser and git exchange courses in the format `pnpm courses:check` reads. */
@Injectable()
export class CourseFolderService {
  constructor(
    private readonly em: EntityManager,
    @Inject(PACKAGE_STORAGE) private readonly storage: PackageStorage,
    private readonly drafts: DraftService,
    private readonly publishing: PublishService,
  ) {}

  /** Receives a zip into a temporary file (zip directories need random access), runs `work` on it, then deletes it. */
  private async withZip<T>(body: Readable, work: (path: string) => Promise<T>): Promise<T> {
    const dir = await mkdtemp(join(tmpdir(), 'kinship-folder-'));
    try {
      const path = join(dir, 'course.zip');
      try {
        await pipeline(body, byteLimit(MAX_ZIP_BYTES, { bytes: 0 }), createWriteStream(path));
      } catch (error) {
        if (error instanceof StorageLimitError)
          throw invalidInput('UPLOAD_TOO_LARGE', 'The zip is larger than the 2 GB allowed.', { max: '2 GB' });
        throw invalidInput('UPLOAD_INCOMPLETE', 'The upload did not finish. Please try again.');
      }
      return await work(path);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** Reads the zip's folder, refusing it with every problem (file and line) when it does not load. */
  private async loadedFolder(path: string, storage: PackageStorage | null): Promise<{ folder: DraftFolder; check: FolderCheck }> {
    let folder: DraftFolder;
    try {
      folder = await readCourseFolderZip(path, storage);
    } catch (error) {
      if (error instanceof CourseProblems) throw new CourseFolderRefused(error.problems);
      throw error;
    }
    const check = await this.publishing.check(folder);
    if (!check.loaded) throw new CourseFolderRefused(check.problems);
    return { folder, check };
  }

  /** A new draft from a course folder zip; a folder with errors is refused whole and nothing is kept or published. */
  async upload(viewer: Viewer, body: Readable, organisationId: string | null): Promise<CourseDraft> {
    const organisation = owningOrganisation(viewer, organisationId);
    return this.withZip(body, async (path) => {
      const { folder } = await this.loadedFolder(path, this.storage);
      const { id } = parse(folder.files['course.yaml']!) as { id: string };
      return this.drafts.insert(viewer, organisation, id, folder);
    });
  }

  /** What the loader says of a zip, without keeping anything: its problems and the content hash it would publish. */
  async check(viewer: Viewer, body: Readable): Promise<{ problems: FolderCheck['problems']; contentHash: string | null }> {
    if (!mayAuthorCourses(viewer)) throw forbidden();
    return this.withZip(body, async (path) => {
      const { check } = await this.loadedFolder(path, null);
      return { problems: check.problems, contentHash: check.loaded?.hash ?? null };
    });
  }

  /** The course folder as a zip: a draft's files, or a shipped course's files exactly as they are in courses/. */
  async download(viewer: Viewer, courseId: string): Promise<Readable> {
    if (!mayAuthorCourses(viewer)) throw forbidden();
    const dir = await shippedCourseDir(courseId);
    if (dir) {
      const entries: FolderEntry[] = await Promise.all(
        (await folderPaths(dir)).map(async (path) => ({
          path,
          data: path.startsWith('media/') ? () => Promise.resolve(createReadStream(join(dir, path))) : await readFile(join(dir, path)),
        })),
      );
      return courseFolderZip(courseId, entries);
    }
    const draft = await writableDraft(this.em, viewer, courseId).catch(() => null);
    if (!draft) throw notFound('That course');
    const entries: FolderEntry[] = [
      ...Object.entries(draft.files).map(([path, text]) => ({ path, data: Buffer.from(text, 'utf8') })),
      ...Object.entries(draft.media).map(([path, media]) => ({
        path,
        data: async () => {
          const stream = await this.storage.read(draftMediaKey(path, media));
          if (!stream) throw new Error(`media ${path} of ${courseId} is not in storage`);
          return stream;
        },
      })),
    ];
    return courseFolderZip(courseId, entries);
  }
}
