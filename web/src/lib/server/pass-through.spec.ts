import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PASS_THROUGH_ROUTES } from './pass-through.ts';

describe('pass-through routes', () => {
  it('name endpoints that exist, so that a moved route cannot silently get the Me lookup back', () => {
    for (const id of PASS_THROUGH_ROUTES) {
      expect(existsSync(new URL(`../../routes${id}/+server.ts`, import.meta.url)), id).toBe(true);
    }
  });
});
