import { graphql } from '#lib/graphql/generated/index.ts';
import { request } from '#lib/server/api.ts';
import { callerOf } from '#lib/server/session.ts';
import type { PageServerLoad } from './$types';

const Funder = graphql(`
  query FunderReport {
    funderReport {
      threshold
      cells {
        organisationName
        courseTitle
        month
        enrolled {
          kind
          value
        }
        completed {
          kind
          value
        }
      }
      byOrganisation {
        name
        enrolled {
          kind
          value
        }
        completed {
          kind
          value
        }
      }
      byCourse {
        name
        enrolled {
          kind
          value
        }
        completed {
          kind
          value
        }
      }
      total {
        enrolled {
          kind
          value
        }
        completed {
          kind
          value
        }
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const { data } = await request(callerOf(event), Funder);
  return { report: data.funderReport };
};
