import { describe, expect, it } from 'vitest';
import { parseNavigationRequest } from './sco-navigation-request.js';

describe('navigation requests as pages and SCOs write them', () => {
  it('reads the plain requests and the targeted ones a SCO writes to adl.nav.request', () => {
    expect(parseNavigationRequest('continue')).toEqual({ request: 'continue', targetActivityId: null });
    expect(parseNavigationRequest('suspendAll')).toEqual({ request: 'suspendAll', targetActivityId: null });
    expect(parseNavigationRequest('{target=item_quiz}jump')).toEqual({ request: 'jump', targetActivityId: 'item_quiz' });
    expect(parseNavigationRequest('{target=item-2}choice')).toEqual({ request: 'choice', targetActivityId: 'item-2' });
  });

  it('refuses what the engine does not process', () => {
    for (const raw of ['_none_', 'teleport', '{target=}jump', '{target=x}continue', 'jump{target=x}', '']) {
      expect(parseNavigationRequest(raw)).toBeNull();
    }
  });
});
