import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { ClassroomAccess } from '../classroom/classroom-access.js';
import type { Classroom } from '../classroom/classroom.entity.js';
import { StudentAccountService } from '../classroom/student-accounts.service.js';
import { invalidInput, notFound } from '../common/domain-error.js';
import { RosterImport } from './roster-import.entity.js';
import type { RosterApplyResult, RosterCounts, RosterPreviewView } from './roster-import.types.js';
import { ROSTER_LIMITS } from './roster-limits.js';
import { planRoster, type AccountByEmail, type CurrentStudent, type PlanRow, type RosterPlan } from './roster-plan.js';
import { rosterFormatOf } from './roster-file-kind.js';
import { RosterRefused } from './roster-problem.js';
import { readRoster, type ReadRoster } from './roster-reader.js';

const DAY_MS = 24 * 60 * 60 * 1000;

interface Planned {
  parsed: ReadRoster | null;
  plan: RosterPlan;
}

function countRows(rows: PlanRow[]): RosterCounts {
  const counts: RosterCounts = { add: 0, update: 0, unchanged: 0, remove: 0, skip: 0, kept: 0 };
  for (const row of rows) counts[row.action] += 1;
  return counts;
}

/**
 * Roster import for a class's teachers: upload (kept until applied), a dry run listing what would
 * happen line by line, and one transaction that applies exactly that plan, or nothing if the file has
 * any problem. Re-importing the same file finds every student already there and changes nothing.
 */
@Injectable()
export class RosterImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: ClassroomAccess,
    private readonly students: StudentAccountService,
  ) {}

  async upload(viewer: Viewer, classroomId: string, fileName: string, bytes: Buffer): Promise<RosterPreviewView> {
    const classroom = await this.access.writable(this.em, viewer, classroomId);
    if (bytes.length === 0) throw invalidInput('ROSTER_EMPTY', 'The file is empty.', { file: fileName });
    if (bytes.length > ROSTER_LIMITS.maxUploadBytes) throw invalidInput('ROSTER_TOO_LARGE', 'The file is larger than 10 MB.');
    // A file none of the readers can read (an .xls, a workbook with a password) is refused here, and not kept.
    const format = await rosterFormatOf(bytes);
    // Uploads nobody applied name minors; they do not outlive a day.
    await this.em.nativeDelete(RosterImport, { createdAt: { $lt: new Date(Date.now() - DAY_MS) } });
    const row = this.em.create(RosterImport, { classroom, uploadedBy: viewer.userId, fileName, format, bytes });
    await this.em.flush();
    return this.view(row, classroom, await this.planFor(this.em, row, classroom));
  }

  async preview(viewer: Viewer, importId: string): Promise<RosterPreviewView> {
    const { row, classroom } = await this.load(this.em, viewer, importId);
    return this.view(row, classroom, await this.planFor(this.em, row, classroom));
  }

  /** The teacher's choice among the classes of a OneRoster file. */
  async chooseClass(viewer: Viewer, importId: string, sourcedId: string): Promise<RosterPreviewView> {
    const { row, classroom } = await this.load(this.em, viewer, importId);
    const planned = await this.planFor(this.em, row, classroom, sourcedId);
    if (!planned.parsed?.chosenClass) throw invalidInput('ROSTER_UNKNOWN_CLASS', 'That class is not in the roster.');
    row.rosterClass = sourcedId;
    await this.em.flush();
    return this.view(row, classroom, planned);
  }

  async apply(viewer: Viewer, importId: string): Promise<RosterApplyResult> {
    return this.em.transactional(async (em) => {
      const { row, classroom } = await this.load(em, viewer, importId);
      if (row.appliedAt) throw invalidInput('ROSTER_ALREADY_APPLIED', 'This roster was imported already; upload it again to compare.');
      // Two imports into one class wait for each other, so each plans against what the other left.
      await em
        .getConnection()
        .execute('select id from classroom where id = ? for update', [classroom.id], 'all', em.getTransactionContext());
      const { parsed, plan } = await this.planFor(em, row, classroom);
      if (parsed && parsed.classes.length > 0 && !parsed.chosenClass)
        throw invalidInput('ROSTER_CHOOSE_CLASS', 'Choose which class of the roster to import.');
      if (plan.problems.length)
        throw invalidInput('ROSTER_HAS_PROBLEMS', 'The file has problems; nothing was imported.', { count: plan.problems.length });
      const newStudentIds = await this.applyPlan(em, classroom, plan.rows);
      row.appliedAt = new Date();
      row.bytes = null;
      await em.flush();
      return { counts: countRows(plan.rows), newStudentIds };
    });
  }

  private async applyPlan(em: EntityManager, classroom: Classroom, rows: PlanRow[]): Promise<string[]> {
    const fresh = rows.filter((r) => r.action === 'add' && r.userId === null);
    const added = await this.students.addNamedStudents(
      em,
      classroom,
      fresh.map((r) => ({ displayName: r.displayName, externalId: r.externalId })),
      'roster',
      { issueCodes: false },
    );
    for (const row of rows) {
      if (row.action === 'add' && row.userId) await this.students.addMember(em, classroom, row.userId, 'roster', row.externalId);
      if (row.action === 'remove' && row.userId) await this.students.remove(em, classroom, row.userId);
      if (row.action === 'update' && row.userId) {
        if (row.previousName !== null) await this.students.rename(em, classroom, row.userId, row.displayName);
        if (row.externalId !== null)
          await em
            .getConnection()
            .execute(
              'update classroom_student set external_id = ? where classroom_id = ? and user_id = ?',
              [row.externalId, classroom.id, row.userId],
              'run',
              em.getTransactionContext(),
            );
      }
    }
    return added.map((s) => s.userId);
  }

  private async load(em: EntityManager, viewer: Viewer, importId: string) {
    const row = await em.findOne(RosterImport, { id: importId }, { populate: ['bytes'] });
    if (!row) throw notFound('That roster upload');
    const classroom = await this.access.writable(em, viewer, row.classroom.id);
    return { row, classroom };
  }

  /** Reads the file and plans it against the class as it is now; a file that cannot be read is one problem. */
  private async planFor(
    em: EntityManager,
    row: RosterImport,
    classroom: Classroom,
    rosterClass = row.rosterClass ?? null,
  ): Promise<Planned> {
    if (!row.bytes) return { parsed: null, plan: { rows: [], problems: [] } };
    let parsed: ReadRoster;
    try {
      parsed = await readRoster(row.bytes, row.fileName, row.format, rosterClass);
    } catch (error) {
      if (error instanceof RosterRefused) return { parsed: null, plan: { rows: [], problems: [error.problem] } };
      throw error;
    }
    const emails = [...new Set(parsed.people.flatMap((p) => (p.email ? [p.email] : [])))];
    const [students, accounts] = await Promise.all([this.currentStudents(em, classroom.id), this.accountsByEmail(em, classroom, emails)]);
    return { parsed, plan: planRoster(parsed.people, parsed.problems, students, accounts) };
  }

  private async currentStudents(em: EntityManager, classroomId: string): Promise<CurrentStudent[]> {
    const rows = await em
      .getConnection()
      .execute<{ user_id: string; display_name: string; external_id: string | null; email: string | null }[]>(
        `select s.user_id, u.display_name, s.external_id, u.email
         from classroom_student s join app_user u on u.id = s.user_id
        where s.classroom_id = ? order by s.joined_at, u.display_name`,
        [classroomId],
        'all',
        em.getTransactionContext(),
      );
    return rows.map((r) => ({
      userId: r.user_id,
      displayName: r.display_name,
      externalId: r.external_id,
      email: r.email,
      nameManagedByClass: r.email === null,
    }));
  }

  /** Accounts the file names by e-mail, and whether each is a student of another organisation and not of this one. */
  private async accountsByEmail(em: EntityManager, classroom: Classroom, emails: string[]): Promise<Map<string, AccountByEmail>> {
    if (!emails.length) return new Map();
    const rows = await em.getConnection().execute<{ id: string; email: string; elsewhere: boolean }[]>(
      `select u.id, u.email,
              exists (select 1 from classroom_student s join classroom c on c.id = s.classroom_id
                       where s.user_id = u.id and c.organisation_id <> ?)
          and not exists (select 1 from membership m where m.user_id = u.id and m.organisation_id = ?) as elsewhere
         from app_user u where u.email = any(?::text[])`,
      [classroom.organisation.id, classroom.organisation.id, `{${emails.map((e) => `"${e.replace(/["\\]/g, '')}"`).join(',')}}`],
      'all',
      em.getTransactionContext(),
    );
    return new Map(rows.map((r) => [r.email, { userId: r.id, inAnotherSchool: r.elsewhere }]));
  }

  private view(row: RosterImport, classroom: Classroom, { parsed, plan }: Planned): RosterPreviewView {
    const counts = countRows(plan.rows);
    const needsClassChoice = !!parsed && parsed.classes.length > 0 && !parsed.chosenClass;
    const changes = counts.add + counts.update + counts.remove;
    return {
      id: row.id,
      classroomId: classroom.id,
      fileName: row.fileName,
      format: row.format,
      encoding: parsed?.encoding ?? null,
      sheetName: parsed?.sheet?.name ?? null,
      otherSheets: parsed?.sheet?.otherSheets ?? [],
      classes: parsed?.classes ?? [],
      chosenClass: parsed?.chosenClass ?? null,
      needsClassChoice,
      rows: plan.rows.map((r) => ({
        file: r.file,
        line: r.line,
        action: r.action,
        displayName: r.displayName,
        previousName: r.previousName,
        externalId: r.externalId,
      })),
      problems: plan.problems.map((p) => ({ ...p, params: JSON.stringify(p.params) })),
      counts,
      canApply: !row.appliedAt && !needsClassChoice && plan.problems.length === 0 && changes > 0,
      appliedAt: row.appliedAt ?? null,
    };
  }
}
