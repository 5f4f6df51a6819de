import { describe, expect, it } from 'vitest';
import { parseReportFilter } from '../reports/report-filter.js';
import { scheduleFilterInput, type ScheduleFilters } from './report-schedule-filter.js';

const schedule = (period: ScheduleFilters['period'], status: string | null = null): ScheduleFilters => ({
  courseId: 'getting-started',
  classroomId: null,
  period,
  status,
  createdAt: new Date('2026-01-15T22:30:00Z'),
});
const now = new Date('2026-03-01T08:00:00Z');

describe('a schedule’s filters', () => {
  it('count a period back from the day the file is made, that day included', () => {
    expect(scheduleFilterInput(schedule('last_7_days'), now)).toMatchObject({ from: '2026-02-23', to: '2026-03-01' });
    expect(scheduleFilterInput(schedule('last_30_days'), now)).toMatchObject({ from: '2026-01-31', to: '2026-03-01' });
    expect(scheduleFilterInput(schedule('last_90_days'), now)).toMatchObject({ from: '2025-12-02', to: '2026-03-01' });
  });

  it('read "since start" as every day since the schedule was made, and no period as any date', () => {
    expect(scheduleFilterInput(schedule('since_start'), now)).toMatchObject({ from: '2026-01-15', to: '2026-03-01' });
    expect(scheduleFilterInput(schedule(null, 'overdue'), now)).toEqual({
      courseId: 'getting-started',
      classroomId: null,
      from: null,
      to: null,
      status: 'overdue',
    });
  });

  it('are filters the report accepts, whatever the day', () => {
    for (const period of ['last_7_days', 'last_30_days', 'last_90_days', 'since_start'] as const)
      for (const at of ['2026-01-01T00:00:00Z', '2028-02-29T23:59:59Z', '2026-12-31T12:00:00Z'])
        expect(() => parseReportFilter(scheduleFilterInput(schedule(period, 'completed'), new Date(at)))).not.toThrow();
  });
});
