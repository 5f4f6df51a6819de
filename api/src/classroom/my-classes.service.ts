import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { CourseService } from '../course/course.service.js';
import { isOverdue } from './class-views.js';
import type { MyAssignmentView, StudentClassView } from './classroom.types.js';

interface AssignedRow {
  assignment_id: string;
  course_id: string;
  due_at: Date | null;
  note: string | null;
  class_id: string;
  class_name: string;
  enrolment_id: string | null;
  completed_at: Date | null;
}

interface ClassRow {
  id: string;
  name: string;
  term: string;
  source: string;
  teacher_names: string[];
}

/** What a student sees of their classes: archived classes and withdrawn assignments are left out. */
@Injectable()
export class MyClassesService {
  constructor(
    private readonly em: EntityManager,
    private readonly courses: CourseService,
  ) {}

  /** Assigned courses, soonest due first, each with its class and the enrolment to open. */
  async assignments(viewer: Viewer, locale: string): Promise<MyAssignmentView[]> {
    const rows = await this.em.getConnection().execute<AssignedRow[]>(
      `select a.id as assignment_id, a.course_id, a.due_at, a.note, c.id as class_id, c.name as class_name,
              e.id as enrolment_id, e.completed_at
         from classroom_student s
         join classroom c on c.id = s.classroom_id and c.archived_at is null
         join assignment a on a.classroom_id = c.id and a.withdrawn_at is null
         left join enrolment e on e.user_id = s.user_id and e.course_id = a.course_id
        where s.user_id = ?
        order by a.due_at asc nulls last, a.assigned_at asc`,
      [viewer.userId],
    );
    const titles = new Map<string, string>();
    for (const courseId of new Set(rows.map((r) => r.course_id))) titles.set(courseId, (await this.courses.detail(courseId, locale)).title);
    return rows.map((r) => ({
      assignmentId: r.assignment_id,
      enrolmentId: r.enrolment_id,
      courseId: r.course_id,
      courseTitle: titles.get(r.course_id)!,
      classId: r.class_id,
      className: r.class_name,
      dueAt: r.due_at && new Date(r.due_at),
      note: r.note,
      completed: !!r.completed_at,
      overdue: isOverdue(r.due_at && new Date(r.due_at), !!r.completed_at),
    }));
  }

  async classes(viewer: Viewer, locale: string): Promise<StudentClassView[]> {
    const [rows, assignments] = await Promise.all([
      this.em.getConnection().execute<ClassRow[]>(
        `select c.id, c.name, c.term, s.source,
                coalesce((select array_agg(u.display_name order by u.display_name)
                            from classroom_teacher t join app_user u on u.id = t.user_id where t.classroom_id = c.id), '{}') as teacher_names
           from classroom_student s join classroom c on c.id = s.classroom_id
          where s.user_id = ? and c.archived_at is null
          order by s.joined_at desc`,
        [viewer.userId],
      ),
      this.assignments(viewer, locale),
    ]);
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      term: r.term,
      teacherNames: r.teacher_names,
      canLeave: r.source === 'join_code',
      assignments: assignments.filter((a) => a.classId === r.id),
    }));
  }
}
