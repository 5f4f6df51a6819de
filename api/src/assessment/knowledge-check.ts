import type { UnitLocaleContent } from '../course/course-content.js';

type Check = Extract<UnitLocaleContent, { type: 'check' }>;

export interface CheckAnswer {
  questionId: string;
  optionIds: string[];
}

export interface QuestionOutcome {
  questionId: string;
  correct: boolean;
  /** Feedback for each option the learner chose, from the course file. */
  chosen: { optionId: string; correct: boolean; feedback: string }[];
}

export interface CheckOutcome {
  correctCount: number;
  total: number;
  scoreScaled: number;
  passed: boolean;
  questions: QuestionOutcome[];
  /** The CMI values that record this result: score, success, completion and one interaction per question. */
  cmi: Record<string, string>;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Scores a knowledge check on the server (the browser never sees which options are correct). A
 * question is right when exactly the correct options were chosen; the check is passed when the share
 * of right questions reaches the pass mark.
 */
export function scoreCheck(check: Check, answers: CheckAnswer[], passMark: number): CheckOutcome {
  const questions = check.questions.map((question): QuestionOutcome => {
    const chosenIds = [...new Set(answers.find((a) => a.questionId === question.id)?.optionIds ?? [])];
    const chosen = question.options.filter((o) => chosenIds.includes(o.id));
    const correctIds = question.options.filter((o) => o.correct).map((o) => o.id);
    return {
      questionId: question.id,
      correct: sameSet(chosenIds, correctIds),
      chosen: chosen.map((o) => ({ optionId: o.id, correct: o.correct, feedback: o.feedback })),
    };
  });
  const correctCount = questions.filter((q) => q.correct).length;
  const total = questions.length;
  const scoreScaled = total ? correctCount / total : 0;
  const passed = scoreScaled >= passMark;
  const cmi: Record<string, string> = {
    'cmi.score.raw': String(correctCount),
    'cmi.score.min': '0',
    'cmi.score.max': String(total),
    'cmi.score.scaled': String(Math.round(scoreScaled * 10_000) / 10_000),
    'cmi.success_status': passed ? 'passed' : 'failed',
    'cmi.completion_status': 'completed',
  };
  questions.forEach((q, n) => {
    const answer = answers.find((a) => a.questionId === q.questionId);
    cmi[`cmi.interactions.${n}.id`] = q.questionId;
    cmi[`cmi.interactions.${n}.type`] = 'choice';
    cmi[`cmi.interactions.${n}.learner_response`] = (answer?.optionIds ?? []).join('[,]');
    cmi[`cmi.interactions.${n}.result`] = q.correct ? 'correct' : 'incorrect';
  });
  return { correctCount, total, scoreScaled, passed, questions, cmi };
}

/** Unknown question or option ids in an answer: refused rather than silently ignored. */
export function unknownAnswerIds(check: Check, answers: CheckAnswer[]): string[] {
  const problems: string[] = [];
  for (const answer of answers) {
    const question = check.questions.find((q) => q.id === answer.questionId);
    if (!question) problems.push(answer.questionId);
    else
      answer.optionIds
        .filter((id) => !question.options.some((o) => o.id === id))
        .forEach((id) => problems.push(`${answer.questionId}.${id}`));
  }
  return problems;
}
