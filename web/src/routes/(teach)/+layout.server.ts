import { requireViewer } from '#lib/server/guard.ts';
import type { LayoutServerLoad } from './$types';

/** Teachers' pages (`/classes…`): `can.teach`. Partner admins read a class through the api's own rules, not here. */
export const load: LayoutServerLoad = ({ locals, url }) => {
  requireViewer(locals, url, 'teach');
};
