import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type ClassScope, mayManageClass, mayViewClass } from '../access/permissions.js';
import type { Viewer } from '../auth/viewer.js';
import { invalidInput, notFound } from '../common/domain-error.js';
import { ClassroomTeacher } from './classroom-teacher.entity.js';
import { Classroom } from './classroom.entity.js';

/** A class with the ids of its teachers: what the permission rules decide on. */
export interface ScopedClassroom {
  classroom: Classroom;
  scope: ClassScope;
}

/**
 * Loads a class for someone and applies the rules of access/permissions.ts. A class the viewer may not
 * see is "not found", whether or not it exists, so nothing leaks its existence.
 */
@Injectable()
export class ClassroomAccess {
  async load(em: EntityManager, classroomId: string): Promise<ScopedClassroom | null> {
    const classroom = await em.findOne(Classroom, { id: classroomId });
    if (!classroom) return null;
    const teachers = await em.find(ClassroomTeacher, { classroom }, { fields: ['user'] });
    return { classroom, scope: { organisationId: classroom.organisation.id, teacherIds: teachers.map((t) => t.user.id) } };
  }

  /** Read access: its teachers and the partner admins of its organisation. */
  async viewable(em: EntityManager, viewer: Viewer, classroomId: string): Promise<ScopedClassroom> {
    const found = await this.load(em, classroomId);
    if (!found || !mayViewClass(viewer, found.scope)) throw notFound('That class');
    return found;
  }

  /** Teacher access, archived or not (to read it, or to restore it). */
  async managed(em: EntityManager, viewer: Viewer, classroomId: string): Promise<ScopedClassroom> {
    const found = await this.load(em, classroomId);
    if (!found || !mayManageClass(viewer, found.scope)) throw notFound('That class');
    return found;
  }

  /** Teacher access to change it: an archived class is read-only until it is restored. */
  async writable(em: EntityManager, viewer: Viewer, classroomId: string): Promise<Classroom> {
    const { classroom } = await this.managed(em, viewer, classroomId);
    if (classroom.archivedAt) throw invalidInput('CLASS_ARCHIVED', 'This class is archived. Restore it first to change it.');
    return classroom;
  }
}
