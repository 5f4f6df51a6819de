import type { ReportRow } from './completion-report-rows.js';

/** The kind of value in a column: how CSV writes it, and what cell type XLSX gives it. */
export type ColumnKind = 'text' | 'date' | 'number' | 'percent';

export interface ReportColumn {
  key: string;
  kind: ColumnKind;
  header: string;
  /** The value, typed: a date, a number (a percent as a ratio 0–1), text, or null for an empty cell. */
  value: (row: ReportRow) => string | number | Date | null;
}

interface Words {
  headers: Record<
    | 'learner'
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

function columnsIn(w: Words): ReportColumn[] {
  const h = w.headers;
  return [
    { key: 'learner', kind: 'text', header: h.learner, value: (r) => r.learnerName },
    { key: 'class', kind: 'text', header: h.className, value: (r) => r.className },
    { key: 'teachers', kind: 'text', header: h.teachers, value: (r) => r.teachers },
    { key: 'course', kind: 'text', header: h.course, value: (r) => r.courseTitle },
    { key: 'version', kind: 'number', header: h.version, value: (r) => r.courseVersion },
    { key: 'enrolled', kind: 'date', header: h.enrolled, value: (r) => r.enrolledAt },
    { key: 'firstLaunched', kind: 'date', header: h.firstLaunched, value: (r) => r.firstLaunchedAt },
    { key: 'completed', kind: 'date', header: h.completed, value: (r) => r.completedAt },
    { key: 'lastActive', kind: 'date', header: h.lastActive, value: (r) => r.lastActiveAt },
    { key: 'completion', kind: 'text', header: h.completion, value: (r) => w.completion[r.completion] },
    { key: 'success', kind: 'text', header: h.success, value: (r) => w.success[r.success] ?? null },
    { key: 'score', kind: 'percent', header: h.score, value: (r) => r.scoreScaled },
    // Minutes rounded as the class grid's CSV rounds them, so the two agree.
    { key: 'minutes', kind: 'number', header: h.minutes, value: (r) => Math.round(r.seconds / 60) },
    { key: 'due', kind: 'date', header: h.due, value: (r) => r.dueAt },
    { key: 'overdue', kind: 'text', header: h.overdue, value: (r) => (r.overdue ? w.yes : null) },
    { key: 'certificate', kind: 'text', header: h.certificate, value: (r) => r.certificateCode },
  ];
}

/** The report's columns, headed in the person's language (English otherwise). */
export function reportColumns(locale: string): ReportColumn[] {
  return columnsIn(locale === 'fr' ? WORDS.fr : WORDS.en);
}
