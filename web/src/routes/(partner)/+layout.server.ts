import { requireViewer } from '#lib/server/guard.ts';
import type { LayoutServerLoad } from './$types';

/** Partner pages (`/partner…`): `can.report` (partner admins, platform admins). The api scopes every answer to the organisation. */
export const load: LayoutServerLoad = ({ locals, url }) => {
  requireViewer(locals, url, 'report');
};
