import { graphql } from '#lib/graphql/generated/index.ts';
import { request } from '#lib/server/api.ts';
import { callerOf } from '#lib/server/session.ts';
import type { PageServerLoad } from './$types';

const VerifyCertificate = graphql(`
  query VerifyCertificate($code: String!) {
    verifyCertificate(code: $code) {
      code
      learnerName
      courseTitle
      courseVersion
      issuedAt
    }
    certificateRevocation(code: $code) {
      revokedAt
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const { data } = await request(callerOf(event), VerifyCertificate, { code: event.params.code });
  if (!data.verifyCertificate) event.setHeaders({ 'cache-control': 'no-store' });
  return { code: event.params.code, certificate: data.verifyCertificate ?? null, revokedAt: data.certificateRevocation?.revokedAt ?? null };
};
