import type { SqlPool } from '../database/sql-pool.js';

/**
 * Everything the platform holds about one person, as they may download it: the account, roles, classes,
 * sessions, courses with every unit's recorded state, reflections, certificates and pending account links.
 * Secrets are left out (password and code hashes, session and link hashes); the PDF of each certificate is
 * downloadable from the certificates page and is named here by its code.
 */
export async function exportPersonalData(db: SqlPool, userId: string): Promise<Record<string, unknown>> {
  const one = async (name: string, sql: string) => db.query<Record<string, unknown>>(`export-${name}`, sql, [userId]);
  const [[account], memberships, classes, sessions, enrolments, units, reflections, certificates, links] = await Promise.all([
    one('account', `select id, email, email_verified_at, display_name, locale, created_at from app_user where id = $1`),
    one(
      'memberships',
      `select o.name as organisation, m.role, m.created_at from membership m join organisation o on o.id = m.organisation_id where m.user_id = $1`,
    ),
    one(
      'classes',
      `select c.name as class, c.term from classroom_student cs join classroom c on c.id = cs.classroom_id where cs.user_id = $1`,
    ),
    one(
      'sessions',
      `select device, created_at as started_at, last_used_at, not persistent as shared_computer from session where user_id = $1`,
    ),
    one(
      'enrolments',
      `select e.course_id as course, v.version, e.enrolled_at, e.completed_at
         from enrolment e join course_version v on v.id = e.course_version_id where e.user_id = $1 order by e.enrolled_at`,
    ),
    one(
      'units',
      `select e.course_id as course, a.unit_id as unit, a.completion_status, a.success_status, a.score_scaled, a.total_seconds,
              a.cmi as recorded_state, a.created_at, a.updated_at
         from attempt a join enrolment e on e.id = a.enrolment_id where e.user_id = $1 order by a.created_at`,
    ),
    one(
      'reflections',
      `select e.course_id as course, a.unit_id as unit, r.text, r.shared_with_teacher, r.updated_at
         from reflection r join attempt a on a.id = r.attempt_id join enrolment e on e.id = a.enrolment_id where e.user_id = $1`,
    ),
    one('certificates', `select code, learner_name, course_title, course_version, issued_at from certificate where user_id = $1`),
    one('links', `select purpose, email, created_at, expires_at, used_at from account_token where user_id = $1`),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    account,
    memberships,
    classes,
    sessions,
    enrolments,
    units,
    reflections,
    certificates,
    accountLinks: links,
  };
}
