import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/domain-error.js';
import { parseReportFilter } from './report-filter.js';

const reason = (input: Parameters<typeof parseReportFilter>[0]) => {
  try {
    parseReportFilter(input);
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.details.reason : error;
  }
};

describe('report filters', () => {
  it('reads real days in UTC, the end day included', () => {
    const filter = parseReportFilter({ from: '2024-02-29', to: '2024-03-01' });
    expect([filter.from?.toISOString(), filter.until?.toISOString()]).toEqual(['2024-02-29T00:00:00.000Z', '2024-03-02T00:00:00.000Z']);
    expect(parseReportFilter({})).toMatchObject({ from: null, until: null, status: null, sort: 'learner', descending: false });
  });

  it('refuses impossible dates, a reversed range, and unknown statuses or sorts', () => {
    expect(reason({ from: '2026-02-30' })).toBe('REPORT_DATE_INVALID');
    expect(reason({ to: '2025-02-29' })).toBe('REPORT_DATE_INVALID');
    expect(reason({ from: '2026-13-01' })).toBe('REPORT_DATE_INVALID');
    expect(reason({ from: '1/2/2026' })).toBe('REPORT_DATE_INVALID');
    expect(reason({ from: '2026-03-02', to: '2026-03-01' })).toBe('REPORT_DATE_RANGE');
    expect(reason({ status: 'done' })).toBe('REPORT_STATUS_UNKNOWN');
    expect(reason({ sort: 'password' })).toBe('REPORT_SORT_UNKNOWN');
    expect(reason({ from: '2026-03-01', to: '2026-03-01', status: 'overdue', sort: 'due' })).toBeNull();
  });
});
