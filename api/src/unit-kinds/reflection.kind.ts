import { isSittingElement, type UnitKind } from './unit-kind.js';

/** A reflection completes only when the learner's text is saved (saveReflection). */
export const reflectionKind: UnitKind = {
  type: 'reflection',
  clientMayWrite: isSittingElement,
  doneRule: () => 'completed',
  contributesToRollup: () => false,
  addToView(view, text) {
    if (text.type === 'reflection') view.prompt = text.prompt;
  },
};
