import { isSittingElement, type UnitKind } from './unit-kind.js';

/** A lesson is done when the learner has read it to the end, which only their client can tell. */
export const lessonKind: UnitKind = {
  type: 'lesson',
  clientMayWrite: (element) => isSittingElement(element) || element === 'cmi.completion_status' || element === 'cmi.progress_measure',
  doneRule: () => 'completed',
  contributesToRollup: () => false,
  addToView(view, text) {
    // Versions published before lessons had media carry none.
    if (text.type === 'lesson') view.media = text.media ?? [];
  },
};
