import { describe, expect, it } from 'vitest';
import type { UnitLocaleContent } from '../course/course-content.js';
import { scoreCheck, unknownAnswerIds } from './knowledge-check.js';

const check = {
  type: 'check',
  title: 'Check',
  html: '',
  questions: [
    {
      id: 'q1',
      kind: 'single',
      prompt: 'One?',
      options: [
        { id: 'a', text: 'A', correct: true, feedback: 'Yes, A.' },
        { id: 'b', text: 'B', correct: false, feedback: 'Not B.' },
      ],
    },
    {
      id: 'q2',
      kind: 'multiple',
      prompt: 'Two?',
      options: [
        { id: 'a', text: 'A', correct: true, feedback: 'A is one.' },
        { id: 'b', text: 'B', correct: true, feedback: 'B is one.' },
        { id: 'c', text: 'C', correct: false, feedback: 'C is not.' },
      ],
    },
  ],
} satisfies Extract<UnitLocaleContent, { type: 'check' }>;

describe('scoreCheck', () => {
  it('passes when every question is exactly right', () => {
    const outcome = scoreCheck(
      check,
      [
        { questionId: 'q1', optionIds: ['a'] },
        { questionId: 'q2', optionIds: ['b', 'a'] },
      ],
      0.75,
    );
    expect(outcome).toMatchObject({ correctCount: 2, total: 2, scoreScaled: 1, passed: true });
    expect(outcome.cmi).toMatchObject({
      'cmi.success_status': 'passed',
      'cmi.score.scaled': '1',
      'cmi.interactions.1.learner_response': 'b[,]a',
    });
  });

  it('needs exactly the right options on a multiple-choice question, and gives each chosen option its feedback', () => {
    const outcome = scoreCheck(
      check,
      [
        { questionId: 'q1', optionIds: ['a'] },
        { questionId: 'q2', optionIds: ['a'] },
      ],
      0.75,
    );
    expect(outcome).toMatchObject({ correctCount: 1, scoreScaled: 0.5, passed: false });
    expect(outcome.questions[1]).toEqual({
      questionId: 'q2',
      correct: false,
      chosen: [{ optionId: 'a', correct: true, feedback: 'A is one.' }],
    });
    expect(outcome.cmi['cmi.success_status']).toBe('failed');
    expect(outcome.cmi['cmi.interactions.1.result']).toBe('incorrect');
  });

  it('counts unanswered questions as wrong and names unknown ids', () => {
    expect(scoreCheck(check, [], 0.5).passed).toBe(false);
    expect(
      unknownAnswerIds(check, [
        { questionId: 'q9', optionIds: [] },
        { questionId: 'q1', optionIds: ['z'] },
      ]),
    ).toEqual(['q9', 'q1.z']);
  });
});
