import { graphql } from '#lib/graphql/generated/index.ts';
import { request } from '#lib/server/api.ts';
import { barChart, monthsChart } from '#lib/server/charts.ts';
import { callerOf } from '#lib/server/session.ts';
import { catalogues } from '#lib/i18n/catalogues.server.ts';
import { intlOf, isLocale } from '#lib/i18n/index.ts';
import type { PageServerLoad } from './$types';

const Dashboard = graphql(`
  query PartnerDashboard($organisationId: ID!) {
    reportDashboard(organisationId: $organisationId) {
      learners
      enrolled
      completed
      overdue
      overTime {
        month
        completed
        cumulative
      }
      byCourse {
        id
        name
        enrolled
        completed
        overdue
      }
      byClass {
        id
        name
        enrolled
        completed
        overdue
      }
    }
  }
`);

/** The dashboard: the report's rows counted by the api, drawn as SVG here, and the same numbers as tables on the page. */
export const load: PageServerLoad = async (event) => {
  const { data } = await request(callerOf(event), Dashboard, { organisationId: event.params.org });
  const d = data.reportDashboard;
  const locale = isLocale(event.locals.locale) ? event.locals.locale : 'en';
  const intl = intlOf(locale, catalogues[locale]);
  const t = (id: string) => intl.formatMessage({ id });
  const noClass = t('partner.noClass');
  return {
    dashboard: d,
    charts: {
      overTime: d.overTime.length ? monthsChart(d.overTime, t('partner.chart.completions')) : null,
      byCourse: d.byCourse.length
        ? barChart(
            d.byCourse.map((c) => ({ label: c.name ?? c.id ?? '', value: c.completed })),
            t('partner.chart.completed'),
          )
        : null,
      byClass: d.byClass.length
        ? barChart(
            d.byClass.map((c) => ({ label: c.name ?? noClass, value: c.completed })),
            t('partner.chart.completed'),
          )
        : null,
    },
  };
};
