import { isSittingElement, type UnitKind } from './unit-kind.js';

/** A scenario completes only when the learner makes a choice (chooseScenario). */
export const scenarioKind: UnitKind = {
  type: 'scenario',
  clientMayWrite: isSittingElement,
  doneRule: () => 'completed',
  contributesToRollup: () => false,
  addToView(view, text) {
    if (text.type === 'scenario') view.choices = text.choices.map((c) => ({ id: c.id, text: c.text }));
  },
};
