import { describe, expect, it } from 'vitest';
import { byteRange, rangeAnswer } from './course-media.controller.js';

describe('byteRange', () => {
  it('reads the ranges media players ask for', () => {
    expect(byteRange('bytes=0-', 100)).toEqual({ start: 0, end: 99 });
    expect(byteRange('bytes=10-19', 100)).toEqual({ start: 10, end: 19 });
    expect(byteRange('bytes=90-200', 100)).toEqual({ start: 90, end: 99 });
    expect(byteRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
    expect(byteRange('bytes=-500', 100)).toEqual({ start: 0, end: 99 });
  });

  it('refuses ranges it cannot satisfy', () => {
    expect(byteRange('bytes=100-', 100)).toBeNull();
    expect(byteRange('bytes=5-2', 100)).toBeNull();
    expect(byteRange('bytes=-0', 100)).toBeNull();
    expect(byteRange('bytes=0-', 0)).toBeNull();
    expect(byteRange('items=0-1', 100)).toBeNull();
  });
});

describe('rangeAnswer', () => {
  const etag = '"abc"';

  it('answers a single byte range with that range, and one past the end with 416', () => {
    expect(rangeAnswer('bytes=10-19', undefined, etag, 100)).toEqual({ start: 10, end: 19 });
    expect(rangeAnswer('bytes=100-', undefined, etag, 100)).toBe('unsatisfiable');
    expect(rangeAnswer('bytes=-0', undefined, etag, 100)).toBe('unsatisfiable');
  });

  it('answers with the whole file when there is no range it understands', () => {
    expect(rangeAnswer(undefined, undefined, etag, 100)).toBe('whole');
    expect(rangeAnswer('items=0-1', undefined, etag, 100)).toBe('whole');
    expect(rangeAnswer('bytes=0-1,5-6', undefined, etag, 100)).toBe('whole');
    expect(rangeAnswer('bytes=-', undefined, etag, 100)).toBe('whole');
  });

  it('honours If-Range: the range only while the file is the version the client holds', () => {
    expect(rangeAnswer('bytes=10-19', '"abc"', etag, 100)).toEqual({ start: 10, end: 19 });
    expect(rangeAnswer('bytes=10-19', '"other"', etag, 100)).toBe('whole');
    expect(rangeAnswer('bytes=10-19', 'Wed, 21 Oct 2015 07:28:00 GMT', etag, 100)).toBe('whole');
  });
});
