export const SORTS = ['name', 'status', 'progress', 'time', 'lastActive'] as const;
export const STATUSES = ['not_started', 'in_progress', 'completed', 'passed', 'failed'] as const;

export interface GridParams {
  course: string;
  sort: (typeof SORTS)[number];
  dir: 'asc' | 'desc';
  status: string;
  overdue: boolean;
  q: string;
}

/** The grid's query parameters, with anything unknown dropped. */
export function gridParams(search: URLSearchParams): GridParams {
  const sort = search.get('sort') ?? 'name';
  const status = search.get('status') ?? '';
  return {
    course: search.get('course') ?? '',
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as GridParams['sort']) : 'name',
    dir: search.get('dir') === 'desc' ? 'desc' : 'asc',
    status: (STATUSES as readonly string[]).includes(status) ? status : '',
    overdue: search.get('overdue') === '1',
    q: (search.get('q') ?? '').slice(0, 80),
  };
}

/** The address of the grid with some parameters changed (empty ones left out). */
export function gridHref(params: GridParams, change: Partial<GridParams>): string {
  const next = { ...params, ...change };
  const query = new URLSearchParams();
  if (next.course) query.set('course', next.course);
  if (next.sort !== 'name') query.set('sort', next.sort);
  if (next.dir === 'desc') query.set('dir', 'desc');
  if (next.status) query.set('status', next.status);
  if (next.overdue) query.set('overdue', '1');
  if (next.q) query.set('q', next.q);
  const text = query.toString();
  return text ? `?${text}` : '?';
}
