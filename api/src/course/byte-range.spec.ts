import { describe, expect, it } from 'vitest';
import { byteRange } from './course-media.controller.js';

describe('byteRange', () => {
  it('reads the ranges media players ask for', () => {
    expect(byteRange('bytes=0-', 100)).toEqual({ start: 0, end: 99 });
    expect(byteRange('bytes=10-19', 100)).toEqual({ start: 10, end: 19 });
    expect(byteRange('bytes=90-200', 100)).toEqual({ start: 90, end: 99 });
    expect(byteRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
  });

  it('refuses ranges it cannot satisfy', () => {
    expect(byteRange('bytes=100-', 100)).toBeNull();
    expect(byteRange('bytes=5-2', 100)).toBeNull();
    expect(byteRange('items=0-1', 100)).toBeNull();
  });
});
