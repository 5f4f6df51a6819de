import type { ProgressRowView } from './class-progress.types.js';
import { PROGRESS_STATUSES } from './progress-status.js';

export const GRID_SORTS = ['name', 'status', 'progress', 'time', 'lastActive'] as const;
export type GridSort = (typeof GRID_SORTS)[number];

export interface GridOrder {
  sort: GridSort;
  descending: boolean;
  status: string | null;
  overdueOnly: boolean;
  search: string;
}

const rank = (status: string | undefined) => PROGRESS_STATUSES.indexOf((status ?? 'not_started') as (typeof PROGRESS_STATUSES)[number]);
const progressOf = (row: ProgressRowView) => row.cells.reduce((n, c) => n + (c.totalUnits ? c.completedUnits / c.totalUnits : 0), 0);

function compare(a: ProgressRowView, b: ProgressRowView, sort: GridSort): number {
  switch (sort) {
    case 'name':
      return a.displayName.localeCompare(b.displayName);
    case 'status':
      return rank(a.cells[0]?.status) - rank(b.cells[0]?.status);
    case 'progress':
      return progressOf(a) - progressOf(b);
    case 'time':
      return a.cells.reduce((n, c) => n + c.seconds, 0) - b.cells.reduce((n, c) => n + c.seconds, 0);
    case 'lastActive':
      return (a.lastActiveAt?.getTime() ?? 0) - (b.lastActiveAt?.getTime() ?? 0);
  }
}

/** Filters and sorts the rows on the server, so the page works from its query parameters without JavaScript. */
export function orderGrid(rows: ProgressRowView[], order: GridOrder): ProgressRowView[] {
  const search = order.search.trim().toLocaleLowerCase();
  const kept = rows.filter(
    (row) =>
      (!search || row.displayName.toLocaleLowerCase().includes(search)) &&
      (!order.status || row.cells.some((c) => c.status === order.status)) &&
      (!order.overdueOnly || row.cells.some((c) => c.overdue)),
  );
  const sign = order.descending ? -1 : 1;
  return kept.sort((a, b) => sign * compare(a, b, order.sort) || a.displayName.localeCompare(b.displayName));
}
