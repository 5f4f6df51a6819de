import pg from 'pg';
import type { ReportRow } from './completion-report-rows.js';
import { COMPLETION } from './completion-report-sql.js';

/** The kind of value in a column: how CSV writes it, and what cell type XLSX gives it. */
export type ColumnKind = 'text' | 'date' | 'number' | 'percent';

export interface ReportColumn {
  key: string;
  kind: ColumnKind;
  header: string;
  /** The value, typed: a date, a number (a percent as a ratio 0–1), text, or null for an empty cell. */
  value: (row: ReportRow) => string | number | Date | null;
  /**
   * The same value in SQL, over the report's filtered rows (`r`, completion-report-sql.ts): the CSV is
   * written by PostgreSQL (report-csv.ts). tests/service/report-csv.test.ts holds the two to the same cells.
   */
  sql: string;
}

interface Words {
  headers: Record<
    | 'learner'
    | 'studentNumber'
    | 'className'
    | 'teachers'
    | 'course'
    | 'version'
    | 'enrolled'
    | 'firstLaunched'
    | 'completed'
    | 'lastActive'
    | 'completion'
    | 'success'
    | 'score'
    | 'minutes'
    | 'due'
    | 'overdue'
    | 'certificate',
    string
  >;
  completion: Record<'not_started' | 'in_progress' | 'completed', string>;
  success: Record<string, string>;
  yes: string;
}

const WORDS: Record<'en' | 'fr', Words> = {
  en: {
    headers: {
      learner: 'Learner',
      studentNumber: 'Student number',
      className: 'Class',
      teachers: 'Teacher',
      course: 'Course',
      version: 'Version',
      enrolled: 'Enrolled (UTC)',
      firstLaunched: 'First launched (UTC)',
      completed: 'Completed (UTC)',
      lastActive: 'Last active (UTC)',
      completion: 'Completion',
      success: 'Result',
      score: 'Score (%)',
      minutes: 'Time spent (minutes)',
      due: 'Due (UTC)',
      overdue: 'Overdue',
      certificate: 'Certificate code',
    },
    completion: { not_started: 'Not started', in_progress: 'In progress', completed: 'Completed' },
    success: { passed: 'Passed', failed: 'Failed' },
    yes: 'yes',
  },
  fr: {
    headers: {
      learner: 'Apprenant·e',
      studentNumber: 'Numéro d’élève',
      className: 'Classe',
      teachers: 'Enseignant·e',
      course: 'Cours',
      version: 'Version',
      enrolled: 'Inscription (UTC)',
      firstLaunched: 'Premier lancement (UTC)',
      completed: 'Terminé le (UTC)',
      lastActive: 'Dernière activité (UTC)',
      completion: 'Achèvement',
      success: 'Résultat',
      score: 'Score (%)',
      minutes: 'Temps passé (minutes)',
      due: 'Échéance (UTC)',
      overdue: 'En retard',
      certificate: 'Code du certificat',
    },
    completion: { not_started: 'Pas commencé', in_progress: 'En cours', completed: 'Terminé' },
    success: { passed: 'Réussi', failed: 'Échoué' },
    yes: 'oui',
  },
};

const literal = (text: string) => pg.escapeLiteral(text);
/** `Math.round` in SQL (halves towards +∞), on float8 as JS computes it, so both round every value alike. */
export const jsRound = (x: string) => `(floor(${x}) + case when (${x}) - floor(${x}) >= 0.5 then 1 else 0 end)::bigint`;

function columnsIn(w: Words, numbers: boolean): ReportColumn[] {
  const h = w.headers;
  const completion = `case ${COMPLETION} ${Object.entries(w.completion)
    .map(([k, v]) => `when ${literal(k)} then ${literal(v)}`)
    .join(' ')} end`;
  const success = `case r.success ${Object.entries(w.success)
    .map(([k, v]) => `when ${literal(k)} then ${literal(v)}`)
    .join(' ')} end`;
  const number: ReportColumn = {
    key: 'studentNumber',
    kind: 'text',
    header: h.studentNumber,
    value: (r) => r.studentNumber,
    sql: 'r.student_number',
  };
  return [
    { key: 'learner', kind: 'text', header: h.learner, value: (r) => r.learnerName, sql: 'r.learner_name' },
    ...(numbers ? [number] : []),
    { key: 'class', kind: 'text', header: h.className, value: (r) => r.className, sql: 'r.class_name' },
    { key: 'teachers', kind: 'text', header: h.teachers, value: (r) => r.teachers, sql: 'r.teachers' },
    { key: 'course', kind: 'text', header: h.course, value: (r) => r.courseTitle, sql: 'r.course_title' },
    { key: 'version', kind: 'number', header: h.version, value: (r) => r.courseVersion, sql: 'r.version' },
    { key: 'enrolled', kind: 'date', header: h.enrolled, value: (r) => r.enrolledAt, sql: 'r.enrolled_at' },
    { key: 'firstLaunched', kind: 'date', header: h.firstLaunched, value: (r) => r.firstLaunchedAt, sql: 'r.first_launched_at' },
    { key: 'completed', kind: 'date', header: h.completed, value: (r) => r.completedAt, sql: 'r.completed_at' },
    { key: 'lastActive', kind: 'date', header: h.lastActive, value: (r) => r.lastActiveAt, sql: 'r.last_active_at' },
    { key: 'completion', kind: 'text', header: h.completion, value: (r) => w.completion[r.completion], sql: completion },
    { key: 'success', kind: 'text', header: h.success, value: (r) => w.success[r.success] ?? null, sql: success },
    { key: 'score', kind: 'percent', header: h.score, value: (r) => r.scoreScaled, sql: 'r.score_scaled' },
    // Minutes rounded as the class grid's CSV rounds them, so the two agree.
    {
      key: 'minutes',
      kind: 'number',
      header: h.minutes,
      value: (r) => Math.round(r.seconds / 60),
      sql: jsRound('floor(r.seconds + 0.5)::float8 / 60'),
    },
    { key: 'due', kind: 'date', header: h.due, value: (r) => r.dueAt, sql: 'r.due_at' },
    {
      key: 'overdue',
      kind: 'text',
      header: h.overdue,
      value: (r) => (r.overdue ? w.yes : null),
      sql: `case when r.overdue then ${literal(w.yes)} end`,
    },
    { key: 'certificate', kind: 'text', header: h.certificate, value: (r) => r.certificateCode, sql: 'r.certificate_code' },
  ];
}

/**
 * The report's columns, headed in the person's language (English otherwise). The student number is a
 * column only for those who may see it (access/permissions.ts, `maySeeStudentNumbers`).
 */
export function reportColumns(locale: string, numbers = false): ReportColumn[] {
  return columnsIn(locale === 'fr' ? WORDS.fr : WORDS.en, numbers);
}
