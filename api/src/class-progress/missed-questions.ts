import type { CmiValues } from '../tracking/cmi.js';

export interface MissedQuestion {
  unitId: string;
  questionId: string;
  /** Students whose latest answer to it was wrong, of those who answered it. */
  missed: number;
  answered: number;
}

/**
 * Which questions of each knowledge check the class missed most, from the interactions the server's
 * scoring stored (`cmi.interactions.n.id` / `.result`), the latest answer of each student.
 */
export function missedQuestions(attempts: { unitId: string; cmi: CmiValues }[], checkUnits: Set<string>): MissedQuestion[] {
  const tally = new Map<string, MissedQuestion>();
  for (const attempt of attempts) {
    if (!checkUnits.has(attempt.unitId)) continue;
    for (const [key, questionId] of Object.entries(attempt.cmi)) {
      const match = /^cmi\.interactions\.(\d+)\.id$/.exec(key);
      if (!match) continue;
      const result = attempt.cmi[`cmi.interactions.${match[1]}.result`];
      if (result === undefined) continue;
      const id = `${attempt.unitId}\n${questionId}`;
      const row = tally.get(id) ?? { unitId: attempt.unitId, questionId, missed: 0, answered: 0 };
      row.answered += 1;
      if (result === 'incorrect' || result === 'wrong') row.missed += 1;
      tally.set(id, row);
    }
  }
  return [...tally.values()].sort(
    (a, b) => b.missed - a.missed || b.missed / b.answered - a.missed / a.answered || a.questionId.localeCompare(b.questionId),
  );
}
