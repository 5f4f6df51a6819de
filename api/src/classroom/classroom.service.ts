import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { mayCoTeachIn, mayManageClass, mayReportOn, teachingOrganisations } from '../access/permissions.js';
import { Membership } from '../account/membership.entity.js';
import { User } from '../account/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { invalidInput, notFound } from '../common/domain-error.js';
import { ENV, type Env } from '../config/env.js';
import { classroomView } from './class-views.js';
import { ClassroomStudent } from './classroom-student.entity.js';
import type { ClassroomView, ClassTeacherView } from './classroom.types.js';
import { CLASS_SIGN_IN_CODE_LENGTH, JOIN_CODE_LENGTH, randomCode } from './class-codes.js';
import { ClassroomAccess } from './classroom-access.js';
import { ClassroomTeacher } from './classroom-teacher.entity.js';
import { Classroom } from './classroom.entity.js';

export interface ClassDetails {
  name: string;
  term: string;
  grade?: string | null;
}

function text(value: string | null | undefined, reason: string, max: number, required: boolean): string | null {
  const trimmed = (value ?? '').trim().replace(/\s+/g, ' ');
  if (!trimmed && required)
    throw invalidInput(`${reason}_MISSING`, `Please fill in the class ${reason.toLowerCase().replace('class_', '')}.`);
  if (trimmed.length > max) throw invalidInput(`${reason}_TOO_LONG`, `Please use at most ${max} characters.`, { max });
  return trimmed || null;
}

function checkDetails(details: ClassDetails) {
  return {
    name: text(details.name, 'CLASS_NAME', 120, true)!,
    term: text(details.term, 'CLASS_TERM', 60, true)!,
    grade: text(details.grade, 'CLASS_GRADE', 40, false),
  };
}

/** Classes as their teachers make and keep them: details, co-teachers, archive, join code. */
@Injectable()
export class ClassroomService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: ClassroomAccess,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /** A class in one of the organisations where the viewer teaches; they become its first teacher. */
  async create(viewer: Viewer, organisationId: string, details: ClassDetails): Promise<Classroom> {
    if (!teachingOrganisations(viewer).includes(organisationId))
      throw invalidInput('CLASS_ORGANISATION_NOT_YOURS', 'You can make classes only in an organisation where you teach.');
    const checked = checkDetails(details);
    const em = this.em.fork();
    const classroom = em.create(Classroom, {
      ...checked,
      organisation: organisationId,
      signInCode: randomCode(CLASS_SIGN_IN_CODE_LENGTH),
      joinCode: randomCode(JOIN_CODE_LENGTH),
    });
    em.create(ClassroomTeacher, { classroom, user: viewer.userId });
    await em.flush();
    return classroom;
  }

  async update(viewer: Viewer, classroomId: string, details: ClassDetails): Promise<Classroom> {
    const em = this.em.fork();
    const classroom = await this.access.writable(em, viewer, classroomId);
    em.assign(classroom, checkDetails(details));
    await em.flush();
    return classroom;
  }

  /** Archive (read-only, hidden from students) or restore; nothing is deleted either way. */
  async setArchived(viewer: Viewer, classroomId: string, archived: boolean): Promise<Classroom> {
    const em = this.em.fork();
    const { classroom } = await this.access.managed(em, viewer, classroomId);
    classroom.archivedAt = archived ? (classroom.archivedAt ?? new Date()) : null;
    await em.flush();
    return classroom;
  }

  /** The classes the viewer teaches, or (partner admins) those of the organisations they report on. */
  async list(viewer: Viewer, archived: boolean): Promise<Classroom[]> {
    const em = this.em.fork();
    const archivedFilter = archived ? { $ne: null } : null;
    const taught = await em.find(
      Classroom,
      { archivedAt: archivedFilter, organisation: { $in: teachingOrganisations(viewer) }, id: { $in: await this.taughtIds(em, viewer) } },
      { orderBy: { createdAt: 'desc' } },
    );
    const overseen = viewer.memberships.filter((m) => m.role === 'partner_admin' && mayReportOn(viewer, m.organisationId));
    if (!overseen.length) return taught;
    const more = await em.find(
      Classroom,
      { archivedAt: archivedFilter, organisation: { $in: overseen.map((m) => m.organisationId) }, id: { $nin: taught.map((c) => c.id) } },
      { orderBy: { createdAt: 'desc' } },
    );
    return [...taught, ...more];
  }

  private async taughtIds(em: EntityManager, viewer: Viewer): Promise<string[]> {
    const rows = await em.find(ClassroomTeacher, { user: viewer.userId }, { fields: ['classroom'] });
    return rows.map((r) => r.classroom.id);
  }

  /** Adds a co-teacher by e-mail: they must teach in the class's organisation. */
  async addCoTeacher(viewer: Viewer, classroomId: string, email: string): Promise<Classroom> {
    const em = this.em.fork();
    const classroom = await this.access.writable(em, viewer, classroomId);
    const user = await em.findOne(User, { email: email.trim().toLowerCase() });
    const roles = user ? await em.find(Membership, { user }) : [];
    if (
      !user ||
      !mayCoTeachIn(
        roles.map((m) => ({ organisationId: m.organisation.id, role: m.role })),
        classroom.organisation.id,
      )
    )
      throw invalidInput('CO_TEACHER_NOT_A_TEACHER_HERE', "That person is not a teacher in this class's organisation.");
    const teacher = em.create(ClassroomTeacher, { classroom: classroom.id, user: user.id }, { persist: false });
    await em.upsert(teacher, undefined, { onConflictAction: 'ignore', onConflictFields: ['classroom', 'user'] });
    return classroom;
  }

  /** Removes a co-teacher; a class always keeps at least one teacher. */
  async removeCoTeacher(viewer: Viewer, classroomId: string, userId: string): Promise<Classroom> {
    const em = this.em.fork();
    const classroom = await this.access.writable(em, viewer, classroomId);
    const count = await em.count(ClassroomTeacher, { classroom });
    if (count <= 1) throw invalidInput('CLASS_NEEDS_A_TEACHER', 'A class needs at least one teacher.');
    if (!(await em.nativeDelete(ClassroomTeacher, { classroom, user: userId }))) throw notFound('That teacher');
    return classroom;
  }

  /**
   * Joining by code: `reset` makes a new code (the old one stops working at once) and opens it; `open`
   * and `close` keep the code. An expiry (a one-afternoon workshop) applies to what is open.
   */
  async changeJoinCode(
    viewer: Viewer,
    classroomId: string,
    change: { action: 'reset' | 'open' | 'close'; expiresAt?: Date | null },
  ): Promise<Classroom> {
    if (change.action !== 'close' && change.expiresAt && change.expiresAt.getTime() <= Date.now())
      throw invalidInput('JOIN_EXPIRY_IN_PAST', 'Please choose an expiry in the future.');
    const em = this.em.fork();
    const classroom = await this.access.writable(em, viewer, classroomId);
    if (change.action === 'reset') classroom.joinCode = randomCode(JOIN_CODE_LENGTH);
    classroom.joinOpen = change.action !== 'close';
    classroom.joinCodeExpiresAt = change.action === 'close' ? null : (change.expiresAt ?? null);
    await em.flush();
    return classroom;
  }

  /** The class as the viewer may see it (teachers, partner admins), with its student count. */
  async get(viewer: Viewer, classroomId: string): Promise<ClassroomView> {
    const em = this.em.fork();
    const { classroom, scope } = await this.access.viewable(em, viewer, classroomId);
    await em.populate(classroom, ['organisation']);
    return classroomView(classroom, mayManageClass(viewer, scope), await em.count(ClassroomStudent, { classroom }), this.env.WEB_URL);
  }

  async views(viewer: Viewer, archived: boolean): Promise<ClassroomView[]> {
    const classes = await this.list(viewer, archived);
    return Promise.all(classes.map((c) => this.get(viewer, c.id)));
  }

  async teachers(viewer: Viewer, classroomId: string): Promise<ClassTeacherView[]> {
    const em = this.em.fork();
    await this.access.viewable(em, viewer, classroomId);
    const rows = await em.find(ClassroomTeacher, { classroom: classroomId }, { populate: ['user'], orderBy: { addedAt: 'asc' } });
    return rows.map((r) => ({ id: r.user.id, displayName: r.user.displayName }));
  }
}
