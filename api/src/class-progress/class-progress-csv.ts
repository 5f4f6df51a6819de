import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula } from '../roster/formula-cells.js';
import type { ClassProgressView } from './class-progress.types.js';

export interface CsvWords {
  student: string;
  number: string;
  status: (status: string) => string;
  score: string;
  progress: string;
  time: string;
  lastActive: string;
  overdue: string;
  yes: string;
}

/**
 * The grid as CSV for a spreadsheet: one row per student, five columns per course (or unit). Every
 * cell that a spreadsheet would read as a formula (a student's chosen name "=HYPERLINK(...)") is
 * prefixed so that it stays text. A UTF-8 byte-order mark makes Excel read the accents right. Student
 * numbers (`numbers`, by student) only for those who may see them, headed as the organisation's report heads them.
 */
export function progressCsv(grid: ClassProgressView, words: CsvWords, numbers: Map<string, string> | null = null): string {
  const columns = grid.courseId
    ? grid.units.map((u) => ({ id: u.unitId, title: u.title }))
    : grid.courses.map((c) => ({ id: c.courseId, title: c.title }));
  const header = [
    words.student,
    ...(numbers ? [words.number] : []),
    ...columns.flatMap((c) => [
      c.title,
      `${c.title}: ${words.score}`,
      `${c.title}: ${words.progress}`,
      `${c.title}: ${words.time}`,
      `${c.title}: ${words.overdue}`,
    ]),
    words.lastActive,
  ];
  const rows = grid.rows.map((row) => [
    row.displayName,
    ...(numbers ? [numbers.get(row.userId) ?? ''] : []),
    ...row.cells.flatMap((cell) => [
      words.status(cell.status),
      cell.scoreScaled === null ? '' : `${Math.round(cell.scoreScaled * 100)}%`,
      `${cell.completedUnits}/${cell.totalUnits}`,
      String(Math.round(cell.seconds / 60)),
      cell.overdue ? words.yes : '',
    ]),
    row.lastActiveAt ? row.lastActiveAt.toISOString().slice(0, 16).replace('T', ' ') : '',
  ]);
  return (
    '\uFEFF' +
    stringify(
      [header, ...rows].map((r) => r.map(neutraliseFormula)),
      { record_delimiter: '\r\n' },
    )
  );
}

const text = {
  en: {
    student: 'Student',
    number: 'Student number',
    statuses: { not_started: 'Not started', in_progress: 'In progress', completed: 'Completed', passed: 'Passed', failed: 'Failed' },
    score: 'score',
    progress: 'units done',
    time: 'minutes',
    lastActive: 'Last active (UTC)',
    overdue: 'overdue',
    yes: 'yes',
  },
  fr: {
    student: 'Élève',
    number: 'Numéro d’élève',
    statuses: { not_started: 'Pas commencé', in_progress: 'En cours', completed: 'Terminé', passed: 'Réussi', failed: 'Échoué' },
    score: 'score',
    progress: 'unités faites',
    time: 'minutes',
    lastActive: 'Dernière activité (UTC)',
    overdue: 'en retard',
    yes: 'oui',
  },
} as const;

export function csvWords(locale: string): CsvWords {
  const t = locale === 'fr' ? text.fr : text.en;
  return { ...t, status: (s) => t.statuses[s as keyof typeof t.statuses] ?? s };
}
