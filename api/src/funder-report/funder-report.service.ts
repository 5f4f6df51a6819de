import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { isPlatformAdmin } from '../access/permissions.js';
import type { Viewer } from '../auth/viewer.js';
import { notFound } from '../common/domain-error.js';
import type { FunderReportView, FunderTotalView } from './funder-report.types.js';
import { shownCell, shownTotal, THRESHOLD } from './small-cells.js';

interface Cell {
  organisation_name: string;
  course_title: string;
  month: string;
  enrolled: number;
  completed: number;
}

/**
 * Enrolments begun and completions per organisation, course and month (UTC) across every partner, from
 * what progress stored (enrolled_at, completed_at), for platform admins only, and only as counts.
 */
const CELLS = `
with e as (
  select e.organisation_id, e.course_id, e.enrolled_at, e.completed_at from enrolment e where e.organisation_id is not null),
months as (
  select organisation_id, course_id, to_char(enrolled_at at time zone 'UTC', 'YYYY-MM') as month, 1 as enrolled, 0 as completed from e
  union all
  select organisation_id, course_id, to_char(completed_at at time zone 'UTC', 'YYYY-MM'), 0, 1 from e where completed_at is not null)
select o.name as organisation_name,
       coalesce((select v.content->'title'->>?
                   from course_version v where v.course_id = m.course_id order by v.version desc limit 1),
                (select v.content->'title'->>(v.content->>'sourceLocale')
                   from course_version v where v.course_id = m.course_id order by v.version desc limit 1)) as course_title,
       m.month, sum(m.enrolled)::int as enrolled, sum(m.completed)::int as completed
  from months m join organisation o on o.id = m.organisation_id
 group by o.name, m.organisation_id, m.course_id, m.month
 order by lower(o.name), 2, m.month`;

function totals(cells: Cell[], key: (c: Cell) => string): FunderTotalView[] {
  const groups = new Map<string, Cell[]>();
  for (const c of cells) groups.set(key(c), [...(groups.get(key(c)) ?? []), c]);
  return [...groups].map(([name, group]) => total(name, group));
}

const total = (name: string, group: Cell[]): FunderTotalView => ({
  name,
  enrolled: shownTotal(group.map((c) => c.enrolled)),
  completed: shownTotal(group.map((c) => c.completed)),
});

@Injectable()
export class FunderReportService {
  constructor(private readonly em: EntityManager) {}

  async report(viewer: Viewer): Promise<FunderReportView> {
    if (!isPlatformAdmin(viewer)) throw notFound('That report');
    const cells = await this.em.getConnection().execute<Cell[]>(CELLS, [viewer.locale]);
    return {
      threshold: THRESHOLD,
      cells: cells.map((c) => ({
        organisationName: c.organisation_name,
        courseTitle: c.course_title,
        month: c.month,
        enrolled: shownCell(c.enrolled),
        completed: shownCell(c.completed),
      })),
      byOrganisation: totals(cells, (c) => c.organisation_name),
      byCourse: totals(cells, (c) => c.course_title),
      total: total('', cells),
    };
  }
}
