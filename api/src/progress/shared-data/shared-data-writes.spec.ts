import { describe, expect, it } from 'vitest';
import { DomainError } from '../../common/domain-error.js';
import { sharedDataElements, SHARED_STORE_MAX, splitSharedDataWrites } from './shared-data-writes.js';

const maps = [
  { targetId: 'com.example.notes', read: false, write: true },
  { targetId: 'com.example.profile', read: true, write: false },
];

function refusal(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.details;
    throw error;
  }
  throw new Error('not refused');
}

describe('SCORM 2004 shared data writes', () => {
  it('takes the stores a SCO may write out of the CMI values, by the bucket its index names', () => {
    const split = splitSharedDataWrites(
      [
        { element: 'cmi.location', value: 'p2' },
        { element: 'adl.data.0.store', value: 'my notes' },
      ],
      maps,
    );
    expect(split.cmi).toEqual([{ element: 'cmi.location', value: 'p2' }]);
    expect([...split.stores]).toEqual([['com.example.notes', 'my notes']]);
  });

  it('refuses a bucket the SCO may not write, its id, one it does not map, and a store over 64,000 characters', () => {
    expect(refusal(() => splitSharedDataWrites([{ element: 'adl.data.1.store', value: 'x' }], maps))).toMatchObject({ cmiErrorCode: 404 });
    expect(refusal(() => splitSharedDataWrites([{ element: 'adl.data.0.id', value: 'other' }], maps))).toMatchObject({ cmiErrorCode: 404 });
    expect(refusal(() => splitSharedDataWrites([{ element: 'adl.data.2.store', value: 'x' }], maps))).toMatchObject({ cmiErrorCode: 401 });
    const long = 'x'.repeat(SHARED_STORE_MAX + 1);
    expect(refusal(() => splitSharedDataWrites([{ element: 'adl.data.0.store', value: long }], maps))).toMatchObject({ cmiErrorCode: 406 });
    expect(splitSharedDataWrites([{ element: 'adl.data.0.store', value: long.slice(1) }], maps).stores.size).toBe(1);
  });

  it('gives a SCO the ids and rights of its buckets, and a stored value only where it may read', () => {
    const stored = new Map([
      ['com.example.notes', 'written by another SCO'],
      ['com.example.profile', 'level=2'],
    ]);
    expect(sharedDataElements(maps, stored)).toEqual({
      'adl.data.0.id': 'com.example.notes',
      'adl.data.0.readSharedData': 'false',
      'adl.data.0.writeSharedData': 'true',
      'adl.data.1.id': 'com.example.profile',
      'adl.data.1.readSharedData': 'true',
      'adl.data.1.writeSharedData': 'false',
      'adl.data.1.store': 'level=2',
    });
  });
});
