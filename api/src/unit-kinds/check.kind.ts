import { isSittingElement, type UnitKind } from './unit-kind.js';

/** A knowledge check: its success, score and answers come only from the server's scoring (submitCheck). */
export const checkKind: UnitKind = {
  type: 'check',
  clientMayWrite: isSittingElement,
  doneRule: () => 'passed',
  contributesToRollup: () => true,
  addToView(view, text) {
    if (text.type !== 'check') return;
    view.questions = text.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      prompt: q.prompt,
      options: q.options.map((o) => ({ id: o.id, text: o.text })),
    }));
  },
};
