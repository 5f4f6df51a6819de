import { graphql } from '#lib/graphql/generated/index.ts';
import { request } from '#lib/server/api.ts';
import { callerOf } from '#lib/server/session.ts';
import type { PageServerLoad } from './$types';

const AuditLog = graphql(`
  query AuditLog($targetId: ID) {
    auditLog(targetId: $targetId) {
      id
      at
      actorName
      action
      targetName
      details
      address
    }
  }
`);

/** The newest 50 entries, or those about one person or organisation (`?target=`). */
export const load: PageServerLoad = async (event) => {
  const targetId = event.url.searchParams.get('target');
  const { data } = await request(callerOf(event), AuditLog, { targetId });
  return { entries: data.auditLog };
};
