import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula } from '../roster/formula-cells.js';
import type { ClassProgressView } from './class-progress.types.js';

export interface CsvWords {
  student: string;
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
 * prefixed so that it stays text. A UTF-8 byte-order mark makes Excel read the accents right.
 */
export function progressCsv(grid: ClassProgressView, words: CsvWords): string {
  const columns = grid.courseId
    ? grid.units.map((u) => ({ id: u.unitId, title: u.title }))
    : grid.courses.map((c) => ({ id: c.courseId, title: c.title }));
  const header = [
    words.student,
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
