/** The report's filters and order as they travel in the page's address (and on to the downloads). */
export interface ReportParams {
  course: string;
  class: string;
  from: string;
  to: string;
  status: string;
  sort: string;
  dir: 'asc' | 'desc';
  page: number;
}

export const REPORT_STATUSES = ['not_started', 'in_progress', 'completed', 'overdue'] as const;
export const REPORT_SORTS = ['learner', 'course', 'class', 'enrolled', 'completed', 'lastActive', 'due', 'time'] as const;
export const PAGE_SIZE = 25;

export function reportParams(search: URLSearchParams): ReportParams {
  const page = Number(search.get('page') ?? '1');
  return {
    course: search.get('course') ?? '',
    class: search.get('class') ?? '',
    from: search.get('from') ?? '',
    to: search.get('to') ?? '',
    status: search.get('status') ?? '',
    sort: search.get('sort') ?? 'learner',
    dir: search.get('dir') === 'desc' ? 'desc' : 'asc',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** The address of the same report with some parameters changed (empty ones left out); page 1 unless given. */
export function reportQuery(params: ReportParams, change: Partial<ReportParams> = {}): string {
  const next = { ...params, page: 1, ...change };
  const entries = Object.entries(next).filter(
    ([key, value]) => value !== '' && !(key === 'page' && value === 1) && !(key === 'dir' && value === 'asc'),
  );
  const query = new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString();
  return query ? `?${query}` : '';
}
